package com.dangjian.transform.scorecard;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import com.dangjian.contracts.rules.RuleCatalogue;

/**
 * The evaluation score of each organisation and month (rules.md): 0.6 × the latest 党建考核 score for a quarter
 * ending on or before the month's last day + 0.4 × the latest 述职评议 score for a year before the month's
 * year; one part alone when the other is missing; empty (not zero) when both are.
 */
public final class Evaluation {

    /** The columns of a month's evaluation: its two parts (0–100) and the score. */
    static final java.util.List<String> PARTS = java.util.List.of("quarterly_assessment", "secretary_review", "evaluation_score");

    private Evaluation() {
    }

    /**
     * @param months    org_code, month
     * @param quarterly silver party_building_assessment (org_code, quarter_start, score)
     * @param yearly    silver secretary_review (org_code, year, score)
     * @return org_code, month, quarterly_assessment, secretary_review, evaluation_score (null when no evaluation)
     */
    public static Dataset<Row> monthly(Dataset<Row> months, Dataset<Row> quarterly, Dataset<Row> yearly, RuleCatalogue catalogue) {
        double wq = catalogue.scorecardWeight("evaluation.quarterly", 0.6);
        double wy = catalogue.scorecardWeight("evaluation.secretaryReview", 0.4);
        Dataset<Row> q = months.as("m").join(quarterly.as("q"), col("q.org_code").equalTo(col("m.org_code"))
                        .and(add_months(col("q.quarter_start"), 3).leq(add_months(col("m.month"), 1))), "left")
                .groupBy(col("m.org_code").as("org_code"), col("m.month").as("month"))
                .agg(max_by(col("q.score"), col("q.quarter_start")).as("quarterly_assessment"));
        Dataset<Row> y = months.as("m").join(yearly.as("y"), col("y.org_code").equalTo(col("m.org_code"))
                        .and(col("y.year").lt(year(col("m.month")))), "left")
                .groupBy(col("m.org_code").as("org_code"), col("m.month").as("month"))
                .agg(max_by(col("y.score"), col("y.year")).as("secretary_review"));
        Column qs = col("quarterly_assessment");
        Column ys = col("secretary_review");
        return q.join(y, new String[]{"org_code", "month"})
                .withColumn("evaluation_score", when(qs.isNotNull().and(ys.isNotNull()), qs.multiply(wq).plus(ys.multiply(wy)).divide(wq + wy))
                        .when(qs.isNotNull(), qs).when(ys.isNotNull(), ys))
                .select("org_code", "month", "quarterly_assessment", "secretary_review", "evaluation_score");
    }

}
