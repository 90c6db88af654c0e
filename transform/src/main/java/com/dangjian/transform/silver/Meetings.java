package com.dangjian.transform.silver;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_date;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import com.dangjian.contracts.bronze.BronzeTable;

/**
 * Meetings as they finally stand: one row per meeting_id, the latest version ({@link LatestVersion}: the latest
 * updated_at, ties the later export file and line), dropped when that version is deleted. held_on is the day in
 * China time (the session time zone).
 */
public final class Meetings {

    private Meetings() {
    }

    public static Dataset<Row> latest(Dataset<Row> bronzeMeetings) {
        return LatestVersion.of(bronzeMeetings, BronzeTable.MEETING)
                .where(col("deleted").unary_$bang())
                .drop("deleted")
                .withColumn("held_on", to_date(col("held_at")));
    }
}
