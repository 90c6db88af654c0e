package com.dangjian.transform.scorecard;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
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
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import com.dangjian.transform.rules.Periods;
import com.dangjian.transform.rules.RuleCatalogue;

/**
 * The monthly scorecard of each organisation (rules.md "Scorecards"). A rule's status in month M is the
 * result of its latest complete natural period ending on or before M's last day: monthly and POINT rules M
 * itself; quarterly rules the quarter ending in M, else the one before; yearly rules the previous year unless
 * M is December. Compliance = 100 × weighted mean score of the applicable rules. Overall = 0.4 × compliance +
 * 0.3 × engagement + 0.3 × evaluation, re-normalised over the parts present. A general branch's or
 * committee's scorecard aggregates the branches beneath it, weighted by their members. Ranks are computed
 * here, in Spark (never in ClickHouse), among organisations of the same type: overall, within the category,
 * and within the region for prefecture organs (region ≠ PROVINCE); ties by compliance, then org_code.
 */
public final class OrgScorecardMonthly {

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

    /** With equal rule weights and no engagement or evaluation data (focused tests). */
    public static Dataset<Row> build(Dataset<Row> ruleResults, Dataset<Row> organisations, Periods window) {
        return build(ruleResults, organisations, window, ruleResults.select("rule_id").distinct().withColumn("weight", lit(1.0)));
    }

    public static Dataset<Row> build(Dataset<Row> ruleResults, Dataset<Row> organisations, Periods window, Dataset<Row> weights) {
        SparkSession spark = ruleResults.sparkSession();
        StructType none = new StructType().add("org_code", DataTypes.StringType).add("month", DataTypes.DateType);
        return build(ruleResults, organisations, window, weights,
                spark.createDataFrame(java.util.List.of(), none.add("engagement_index", DataTypes.DoubleType)),
                spark.createDataFrame(java.util.List.of(), none.add("evaluation_score", DataTypes.DoubleType)),
                spark.createDataFrame(java.util.List.of(), none.add("members", DataTypes.LongType)),
                RuleCatalogue.defaults());
    }

    /**
     * @param weights    rule_id, weight of the switched-on rules
     * @param engagement org_code, month, engagement_index
     * @param evaluation org_code, month, evaluation_score
     * @param members    org_code, month, members (branch members on the month's last day)
     */
    public static Dataset<Row> build(Dataset<Row> ruleResults, Dataset<Row> organisations, Periods window,
                                     Dataset<Row> weights, Dataset<Row> engagement, Dataset<Row> evaluation,
                                     Dataset<Row> members, RuleCatalogue catalogue) {
        Dataset<Row> orgs = organisations.select("org_code", "org_type", "parent_code", "category", "region");
        Dataset<Row> branches = statusByMonth(ruleResults, window)
                .where(col("status").notEqual("NOT_APPLICABLE"))
                .join(weights, "rule_id")
                .join(orgs.where(col("org_type").equalTo("BRANCH")).select("org_code"), "org_code")
                .groupBy("org_code", "month")
                .agg(sum(col("score").multiply(col("weight"))).divide(sum("weight")).multiply(100).as("compliance_index"),
                        count("*").as("rules_assessed"))
                .join(engagement.select("org_code", "month", "engagement_index"), new String[]{"org_code", "month"}, "left")
                .join(evaluation.select("org_code", "month", "evaluation_score"), new String[]{"org_code", "month"}, "left")
                .join(members.select("org_code", "month", "members"), new String[]{"org_code", "month"}, "left")
                .withColumn("members", coalesce(col("members"), lit(0L)));
        Dataset<Row> all = branches.unionByName(Aggregates.aboveBranches(branches, orgs))
                .join(orgs, "org_code");
        Dataset<Row> scored = all.withColumn("overall_score", overall(catalogue, col("compliance_index"),
                col("engagement_index"), col("evaluation_score")));
        Column prefecture = col("region").isNotNull().and(col("region").notEqual("PROVINCE"));
        Dataset<Row> ranked = scored
                .withColumn("rank_overall", row_number().over(Window.partitionBy("month", "org_type").orderBy(rankOrder())))
                .withColumn("rank_in_category", row_number().over(Window.partitionBy("month", "org_type", "category").orderBy(rankOrder())))
                .withColumn("rank_in_region", when(prefecture,
                        row_number().over(Window.partitionBy(col("month"), col("org_type"), prefecture, col("region")).orderBy(rankOrder()))));
        Dataset<Row> previous = ranked.select(col("org_code").as("p_org"), add_months(col("month"), 1).as("p_month"),
                col("rank_overall").as("previous_rank"));
        return ranked.join(previous, col("org_code").equalTo(col("p_org")).and(col("month").equalTo(col("p_month"))), "left")
                .withColumn("rank_change", col("previous_rank").minus(col("rank_overall")))
                .select("org_code", "month", "compliance_index", "engagement_index", "evaluation_score", "overall_score",
                        "rank_overall", "rank_in_category", "rank_change", "category", "region", "rules_assessed",
                        "org_type", "rank_in_region", "members");
    }

    /** Weighted mean over the parts present, so an empty part is left out rather than counted as zero. */
    static Column overall(RuleCatalogue c, Column compliance, Column engagement, Column evaluation) {
        double wc = c.scorecardWeight("weights.compliance", 0.4);
        double we = c.scorecardWeight("weights.engagement", 0.3);
        double wv = c.scorecardWeight("weights.evaluation", 0.3);
        Column num = compliance.multiply(wc)
                .plus(when(engagement.isNull(), 0.0).otherwise(engagement.multiply(we)))
                .plus(when(evaluation.isNull(), 0.0).otherwise(evaluation.multiply(wv)));
        Column den = lit(wc).plus(when(engagement.isNull(), 0.0).otherwise(we)).plus(when(evaluation.isNull(), 0.0).otherwise(wv));
        return num.divide(den);
    }

    private static Column[] rankOrder() {
        return new Column[]{col("overall_score").desc_nulls_last(), col("compliance_index").desc_nulls_last(), col("org_code").asc()};
    }
}
