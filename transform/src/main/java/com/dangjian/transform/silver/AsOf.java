package com.dangjian.transform.silver;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.to_date;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The version of a record in force at the end of a day, from the versions the nightly extracts saw: a version
 * counts from the (China-time) day of its {@code validFrom} until the day the next one starts. Before the
 * first version the lake holds, that first version stands: the system's history begins with its first night,
 * and what the registry said before is unknown (docs/rules-decisions.md). Used wherever a rule asks for a state
 * "on that day", so that a later version is never applied backwards.
 */
public final class AsOf {

    private AsOf() {
    }

    /**
     * @param versions  every version (one row each; duplicates of a version must be removed by the caller)
     * @param key       the record's key column
     * @param validFrom the column the version counts from (a timestamp or a date)
     * @param days      rows with a {@code day} column (and any other columns to keep, e.g. the key to join on)
     * @param dayKey    the column of {@code days} to match with {@code key}
     * @return the rows of {@code days} with the columns of the version in force on their day (key and validFrom
     * included)
     */
    public static Dataset<Row> onDays(Dataset<Row> versions, String key, String validFrom, Dataset<Row> days, String dayKey) {
        Column from = to_date(col(validFrom));
        var byKey = Window.partitionBy(key).orderBy(col(validFrom));
        Dataset<Row> spans = versions
                .withColumn("_from", from)
                .withColumn("_to", lead(from, 1).over(byKey))
                .withColumn("_first", row_number().over(byKey).equalTo(1));
        Dataset<Row> d = days.withColumnRenamed(dayKey, "_day_key");
        return d.join(spans, col("_day_key").equalTo(col(key))
                        .and(col("_from").leq(col("day")).or(col("_first")))
                        .and(col("_to").isNull().or(col("_to").gt(col("day")))))
                .drop("_day_key", "_from", "_to", "_first");
    }
}
