package com.dangjian.transform.scorecard;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

import com.dangjian.transform.rules.Periods;

/**
 * The monthly scorecard of each branch (rules.md "Scorecards"). A rule's status in month M is the result of
 * its latest complete natural period ending on or before M's last day: monthly and POINT rules M itself;
 * quarterly rules the quarter ending in M, else the one before; yearly rules the previous year unless M is
 * December. Compliance = 100 × mean score of the applicable rules. Overall = 0.4 × compliance + 0.3 ×
 * engagement + 0.3 × evaluation, re-normalised over the parts present (engagement and evaluation need the
 * study and evaluation sources, which this build does not read yet, so they are empty, not zero).
 * Ranks are computed here, in Spark, never in ClickHouse.
 */
public final class OrgScorecardMonthly {

    static final double W_COMPLIANCE = 0.4;
    static final double W_ENGAGEMENT = 0.3;
    static final double W_EVALUATION = 0.3;

    private OrgScorecardMonthly() {
    }

    /** rule_result rows repeated for each month whose status they give. */
    static Dataset<Row> statusByMonth(Dataset<Row> ruleResults, Periods window) {
        Column months = when(col("period_type").equalTo("QUARTER"),
                expr("sequence(add_months(period_start, 2), add_months(period_start, 4), interval 1 month)"))
                .when(col("period_type").equalTo("YEAR"),
                        expr("sequence(add_months(period_start, 11), add_months(period_start, 22), interval 1 month)"))
                .otherwise(array(col("period_start")));
        return ruleResults.withColumn("month", explode(months))
                .where(col("month").between(Date.valueOf(window.from().atDay(1)), Date.valueOf(window.to().atDay(1))));
    }

    /** With equal rule weights (the rules.md default). */
    public static Dataset<Row> build(Dataset<Row> ruleResults, Dataset<Row> organisations, Periods window) {
        Dataset<Row> weights = ruleResults.select("rule_id").distinct().withColumn("weight", lit(1.0));
        return build(ruleResults, organisations, window, weights);
    }

    /** @param weights rule_id, weight of the switched-on rules: compliance is their weighted mean score */
    public static Dataset<Row> build(Dataset<Row> ruleResults, Dataset<Row> organisations, Periods window,
                                     Dataset<Row> weights) {
        Dataset<Row> branches = organisations.where(col("org_type").equalTo("BRANCH")).select("org_code", "category", "region");
        Dataset<Row> compliance = statusByMonth(ruleResults, window)
                .where(col("status").notEqual("NOT_APPLICABLE"))
                .join(weights, "rule_id")
                .join(branches, "org_code")
                .groupBy("org_code", "month", "category", "region")
                .agg(sum(col("score").multiply(col("weight"))).divide(sum("weight")).multiply(100).as("compliance_index"),
                        count("*").as("rules_assessed"));
        Column engagement = lit(null).cast("double");
        Column evaluation = lit(null).cast("double");
        Dataset<Row> scored = compliance
                .withColumn("engagement_index", engagement)
                .withColumn("evaluation_score", evaluation)
                .withColumn("overall_score", overall(col("compliance_index"), col("engagement_index"), col("evaluation_score")));
        Dataset<Row> ranked = scored
                .withColumn("rank_overall", row_number().over(Window.partitionBy("month").orderBy(rankOrder())))
                .withColumn("rank_in_category", row_number().over(Window.partitionBy("month", "category").orderBy(rankOrder())));
        Dataset<Row> previous = ranked.select(col("org_code").as("p_org"), add_months(col("month"), 1).as("p_month"),
                col("rank_overall").as("previous_rank"));
        return ranked.join(previous, col("org_code").equalTo(col("p_org")).and(col("month").equalTo(col("p_month"))), "left")
                .withColumn("rank_change", col("previous_rank").minus(col("rank_overall")))
                .select("org_code", "month", "compliance_index", "engagement_index", "evaluation_score", "overall_score",
                        "rank_overall", "rank_in_category", "rank_change", "category", "region", "rules_assessed");
    }

    /** Weighted mean over the parts present, so an empty part is left out rather than counted as zero. */
    static Column overall(Column compliance, Column engagement, Column evaluation) {
        Column num = compliance.multiply(W_COMPLIANCE)
                .plus(when(engagement.isNull(), 0.0).otherwise(engagement.multiply(W_ENGAGEMENT)))
                .plus(when(evaluation.isNull(), 0.0).otherwise(evaluation.multiply(W_EVALUATION)));
        Column den = lit(W_COMPLIANCE)
                .plus(when(engagement.isNull(), 0.0).otherwise(W_ENGAGEMENT))
                .plus(when(evaluation.isNull(), 0.0).otherwise(W_EVALUATION));
        return num.divide(den);
    }

    private static Column[] rankOrder() {
        return new Column[]{col("overall_score").desc(), col("compliance_index").desc(), col("org_code").asc()};
    }
}
