package com.dangjian.transform.silver;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import java.util.Arrays;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/** Keeps one row per key: the first by the given order (the latest version). */
final class LatestVersion {

    private LatestVersion() {
    }

    static Dataset<Row> of(Dataset<Row> rows, String[] key, Column... newestFirst) {
        return rows.withColumn("_v", row_number().over(Window.partitionBy(Arrays.stream(key).map(k -> col(k)).toArray(Column[]::new))
                        .orderBy(newestFirst)))
                .where(col("_v").equalTo(1))
                .drop("_v");
    }
}
