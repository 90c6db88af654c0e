package com.dangjian.transform.silver;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

import com.dangjian.contracts.bronze.BronzeTable;

/**
 * The one rule of "which copy stands": one row per key of a bronze table, the first by the table's
 * {@link BronzeTable#newestFirst} columns, each descending (the registry by updated_at, meetings by updated_at
 * then file and line, file sources by file and line, evaluations by workbook version first).
 */
public final class LatestVersion {

    private LatestVersion() {
    }

    public static Dataset<Row> of(Dataset<Row> rows, BronzeTable table) {
        Column[] key = table.key().stream().map(k -> col(k)).toArray(Column[]::new);
        Column[] newestFirst = table.newestFirst().stream().map(c -> col(c).desc()).toArray(Column[]::new);
        return rows.withColumn("_v", row_number().over(Window.partitionBy(key).orderBy(newestFirst)))
                .where(col("_v").equalTo(1))
                .drop("_v");
    }
}
