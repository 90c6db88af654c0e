package com.dangjian.transform.rules;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What the rules read, in silver form.
 *
 * @param organisations silver organisations
 * @param membership    member_id, day, org_code, is_full for every month end of the window
 * @param meetings      silver meetings (latest version, not deleted) with held_on
 * @param periods       the assessment window
 */
public record RuleInputs(SparkSession spark, Dataset<Row> organisations, Dataset<Row> membership,
                         Dataset<Row> meetings, Periods periods) {

    /** org_code, day, members, full_members on each month end. */
    public Dataset<Row> branchSizes() {
        return membership.groupBy("org_code", "day")
                .agg(count("*").as("members"), sum(when(col("is_full"), 1).otherwise(0)).as("full_members"));
    }

    /**
     * Organisations of the given types assessed in each period: for MONTH/QUARTER/YEAR those that existed
     * for the whole period; for POINT those that exist on the period's last day.
     */
    public Dataset<Row> assessed(PeriodType type, String... orgTypes) {
        Dataset<Row> p = periods.of(spark, type);
        var existsFrom = type == PeriodType.POINT ? col("period_end") : col("period_start");
        return organisations.where(col("org_type").isin((Object[]) orgTypes))
                .crossJoin(p)
                .where(col("established_on").leq(existsFrom)
                        .and(col("dissolved_on").isNull().or(col("dissolved_on").gt(col("period_end")))));
    }
}
