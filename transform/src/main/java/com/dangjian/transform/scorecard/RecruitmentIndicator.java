package com.dangjian.transform.scorecard;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * RECRUITMENT_PLAN (发展党员计划 completion), an indicator and not a pass/fail rule: new probationary members
 * admitted in the year (distinct candidates reaching stage PROBATIONARY) ÷ planned, capped at 1; empty when
 * nothing was planned.
 */
public final class RecruitmentIndicator {

    private RecruitmentIndicator() {
    }

    /** org_code, year, planned, new_probationary, completion. */
    public static Dataset<Row> build(Dataset<Row> plans, Dataset<Row> events) {
        Dataset<Row> admitted = events.where(col("stage").equalTo("PROBATIONARY"))
                .groupBy(col("org_code"), year(col("stage_on")).as("year"))
                .agg(countDistinct("candidate_id").as("new_probationary"));
        return plans.select("org_code", "year", "planned")
                .join(admitted, new String[]{"org_code", "year"}, "left")
                .withColumn("new_probationary", coalesce(col("new_probationary"), lit(0L)))
                .withColumn("completion", when(col("planned").gt(0),
                        least(lit(1.0), col("new_probationary").divide(col("planned")))));
    }
}
