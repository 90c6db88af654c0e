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
import com.dangjian.contracts.rules.RuleCatalogue;
import com.dangjian.contracts.rules.Status;

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
                .where(col("month").between(Date.valueOf(window.computeFrom().atDay(1)), Date.valueOf(window.to().atDay(1))));
    }

    /** With equal rule weights and no engagement or evaluation data (focused tests). */
    public static Dataset<Row> build(Dataset<Row> ruleResults, Dataset<Row> organisations, Periods window) {
        return build(ruleResults, organisations, window, ruleResults.select("rule_id").distinct().withColumn("weight", lit(1.0)));
    }

    /** Without engagement or evaluation data: every branch existing for the whole month is scored (focused tests). */
    public static Dataset<Row> build(Dataset<Row> ruleResults, Dataset<Row> organisations, Periods window, Dataset<Row> weights) {
        SparkSession spark = ruleResults.sparkSession();
        StructType none = new StructType().add("org_code", DataTypes.StringType).add("month", DataTypes.DateType);
        Dataset<Row> scored = window.of(spark, com.dangjian.contracts.rules.PeriodType.MONTH).crossJoin(
                        organisations.where(col("org_type").equalTo("BRANCH")).select("org_code", "established_on", "dissolved_on"))
                .where(existedAllMonth(col("period_start")))
                .select(col("org_code"), col("period_start").as("month"));
        return fromBreakdown(breakdown(ruleResults, window, weights, scored), organisations,
                scored.withColumn("engagement_index", lit(null).cast("double")),
                spark.createDataFrame(java.util.List.of(), none.add("evaluation_score", DataTypes.DoubleType)),
                spark.createDataFrame(java.util.List.of(), none.add("members", DataTypes.LongType)),
                RuleCatalogue.defaults());
    }

    /**
     * Each applicable rule's part in a scored branch's compliance index of a month (gold compliance_breakdown):
     * org_code, month, rule_id, period_type, period_start, period_end, status, score, weight and deduction — the
     * points the rule takes off 100 (weight × (1 − score) ÷ Σ weights × 100), so the index is 100 − Σ deductions.
     *
     * @param weights rule_id, weight of the switched-on rules
     * @param scored  org_code, month of the branches scored that month (rules.md "Who is assessed")
     */
    public static Dataset<Row> breakdown(Dataset<Row> ruleResults, Periods window, Dataset<Row> weights, Dataset<Row> scored) {
        Column totalWeight = sum("weight").over(Window.partitionBy("org_code", "month"));
        return statusByMonth(ruleResults, window)
                .where(col("status").notEqual(Status.NOT_APPLICABLE.name()))
                .join(weights, "rule_id")
                .join(scored.select("org_code", "month"), new String[]{"org_code", "month"})
                .withColumn("deduction", col("weight").multiply(lit(1.0).minus(col("score"))).divide(totalWeight).multiply(100))
                .select("org_code", "month", "rule_id", "period_type", "period_start", "period_end", "status", "score", "weight",
                        "deduction");
    }

    /**
     * Scorecards of the branches scored in each month — those of {@code engagement}, which holds every branch
     * that existed all month with members on its last day, and only those — and, aggregated from them, of the
     * general branches and committees that existed all month.
     *
     * @param breakdown  {@link #breakdown} of the same branches and months
     * @param engagement org_code, month, engagement_index (and attendance, study, service when known)
     * @param evaluation org_code, month, evaluation_score (and quarterly, secretary_review when known)
     * @param members    org_code, month, members (branch members on the month's last day)
     */
    public static Dataset<Row> fromBreakdown(Dataset<Row> breakdown, Dataset<Row> organisations, Dataset<Row> engagement,
                                             Dataset<Row> evaluation, Dataset<Row> members, RuleCatalogue catalogue) {
        return fromBreakdown(breakdown, organisations, engagement, evaluation, members, catalogue, null);
    }

    /**
     * As above, on an incremental night: {@code earlierRanks} (org_code, month, rank_overall) are the stored
     * scorecards of the month before the first one computed, so that month's rank_change is against them.
     */
    public static Dataset<Row> fromBreakdown(Dataset<Row> breakdown, Dataset<Row> organisations, Dataset<Row> engagement,
                                             Dataset<Row> evaluation, Dataset<Row> members, RuleCatalogue catalogue,
                                             Dataset<Row> earlierRanks) {
        Dataset<Row> orgs = organisations.select("org_code", "org_type", "parent_code", "category", "region", "established_on",
                "dissolved_on");
        Dataset<Row> compliance = breakdown.groupBy("org_code", "month")
                .agg(sum(col("score").multiply(col("weight"))).divide(sum("weight")).multiply(100).as("compliance_index"),
                        count("*").as("rules_assessed"));
        Dataset<Row> branches = withParts(engagement, Engagement.PARTS).join(compliance, new String[]{"org_code", "month"})
                .join(withParts(evaluation, Evaluation.PARTS), new String[]{"org_code", "month"}, "left")
                .join(members.select("org_code", "month", "members"), new String[]{"org_code", "month"}, "left")
                .withColumn("members", coalesce(col("members"), lit(0L)))
                .select(Aggregates.columns());
        Dataset<Row> all = branches.unionByName(Aggregates.aboveBranches(branches, orgs))
                .join(orgs, "org_code")
                .where(existedAllMonth(col("month")));
        // A committee is ranked among committees of its own level: the top committees (no parent the registry knows)
        // among themselves, a committee under a committee among those — never against its own parent.
        Dataset<Row> known = orgs.select(col("org_code").as("_parent_known"));
        Dataset<Row> levelled = all.join(known, col("parent_code").equalTo(col("_parent_known")), "left")
                .withColumn("rank_level", when(col("org_type").equalTo("COMMITTEE").and(col("_parent_known").isNull()), lit("TOP"))
                        .otherwise(lit("")))
                .drop("_parent_known");
        return ranked(levelled.withColumn("overall_score", overall(catalogue, col("compliance_index"),
                col("engagement_index"), col("evaluation_score"))), earlierRanks);
    }

    /** Full build: breakdown, then scorecards (the night writes the breakdown too and uses {@link #fromBreakdown}). */
    public static Dataset<Row> build(Dataset<Row> ruleResults, Dataset<Row> organisations, Periods window,
                                     Dataset<Row> weights, Dataset<Row> engagement, Dataset<Row> evaluation,
                                     Dataset<Row> members, RuleCatalogue catalogue) {
        return fromBreakdown(breakdown(ruleResults, window, weights, engagement), organisations, engagement, evaluation,
                members, catalogue);
    }

    /** The organisation existed for the whole month starting on {@code month} (established_on, dissolved_on in scope). */
    static Column existedAllMonth(Column month) {
        return col("established_on").leq(month)
                .and(col("dissolved_on").isNull().or(col("dissolved_on").gt(org.apache.spark.sql.functions.last_day(month))));
    }

    /** The rows with each of {@code parts} present (null where the input lacks it). */
    private static Dataset<Row> withParts(Dataset<Row> rows, java.util.List<String> parts) {
        java.util.List<String> have = java.util.Arrays.asList(rows.columns());
        Dataset<Row> out = rows;
        for (String p : parts) {
            if (!have.contains(p)) {
                out = out.withColumn(p, lit(null).cast("double"));
            }
        }
        return out;
    }

    private static Dataset<Row> ranked(Dataset<Row> scored, Dataset<Row> earlierRanks) {
        Column prefecture = col("region").isNotNull().and(col("region").notEqual("PROVINCE"));
        Dataset<Row> ranked = scored
                .withColumn("rank_overall", row_number().over(Window.partitionBy("month", "org_type", "rank_level").orderBy(rankOrder())))
                .withColumn("rank_in_category", row_number().over(Window.partitionBy("month", "org_type", "rank_level", "category")
                        .orderBy(rankOrder())))
                .withColumn("rank_in_region", when(prefecture, row_number().over(Window.partitionBy(col("month"), col("org_type"),
                        col("rank_level"), prefecture, col("region")).orderBy(rankOrder()))));
        Dataset<Row> ranks = ranked.select("org_code", "month", "rank_overall");
        if (earlierRanks != null) {
            ranks = ranks.unionByName(earlierRanks.select("org_code", "month", "rank_overall"));
        }
        Dataset<Row> previous = ranks.select(col("org_code").as("p_org"), add_months(col("month"), 1).as("p_month"),
                col("rank_overall").as("previous_rank"));
        return ranked.join(previous, col("org_code").equalTo(col("p_org")).and(col("month").equalTo(col("p_month"))), "left")
                .withColumn("rank_change", col("previous_rank").minus(col("rank_overall")))
                .select("org_code", "month", "compliance_index", "engagement_index", "evaluation_score", "overall_score",
                        "rank_overall", "rank_in_category", "rank_change", "category", "region", "rules_assessed",
                        "org_type", "rank_in_region", "members", "attendance", "study", "service", "quarterly_assessment",
                        "secretary_review");
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
