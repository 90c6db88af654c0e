package com.dangjian.transform.silver;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.to_date;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Meetings as they finally stand: one row per meeting_id, the version with the latest updated_at
 * (ties: the later export file and line), dropped when that version is deleted. held_on is the day in
 * China time (the session time zone).
 */
public final class Meetings {

    private Meetings() {
    }

    public static Dataset<Row> latest(Dataset<Row> bronzeMeetings) {
        return bronzeMeetings
                .withColumn("version", row_number().over(Window.partitionBy("meeting_id")
                        .orderBy(col("updated_at").desc(), col("source_file").desc(), col("source_line").desc())))
                .where(col("version").equalTo(1).and(col("deleted").unary_$bang()))
                .drop("version", "deleted")
                .withColumn("held_on", to_date(col("held_at")));
    }
}
