package com.dangjian.transform.rules;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * RECTIFICATION_ON_TIME: every ledger item whose deadline falls in the month was completed by its deadline;
 * score = share; not applicable when none falls due. required = items due, actual = completed on time.
 */
public record RectificationOnTimeRule() implements ComplianceRule {

    @Override
    public String ruleId() {
        return RuleIds.RECTIFICATION_ON_TIME;
    }

    @Override
    public PeriodType periodType() {
        return PeriodType.MONTH;
    }

    /** Items due in the month and not completed by their deadline: org_code, period_start, item_id. */
    public Dataset<Row> late(RuleInputs in) {
        return due(in).where(col("l.completed_on").isNull().or(col("l.completed_on").gt(col("l.deadline"))))
                .select(col("a.org_code").as("org_code"), col("a.period_start").as("period_start"), col("l.item_id").as("item_id"));
    }

    private Dataset<Row> due(RuleInputs in) {
        return in.assessed(PeriodType.MONTH, "BRANCH").select("org_code", "period_start", "period_end").as("a")
                .join(in.ledger().as("l"), col("l.org_code").equalTo(col("a.org_code"))
                        .and(col("l.deadline").between(col("a.period_start"), col("a.period_end"))));
    }

    @Override
    public Dataset<Row> evaluate(RuleInputs in) {
        Dataset<Row> counted = due(in)
                .groupBy(col("a.org_code").as("org_code"), col("a.period_start").as("period_start"))
                .agg(count("*").as("due"), sum(when(col("l.completed_on").isNotNull()
                        .and(col("l.completed_on").leq(col("l.deadline"))), 1).otherwise(0)).as("on_time"));
        Dataset<Row> all = in.assessed(PeriodType.MONTH, "BRANCH").select("org_code", "period_start", "period_end")
                .join(counted, new String[]{"org_code", "period_start"}, "left");
        Column due = coalesce(col("due"), lit(0L));
        Column onTime = coalesce(col("on_time"), lit(0L));
        Column none = due.equalTo(0);
        return Results.of(all, ruleId(), PeriodType.MONTH,
                when(none, "NOT_APPLICABLE").when(onTime.equalTo(due), "PASS").otherwise("FAIL"),
                when(none, lit(null)).otherwise(onTime.divide(due)),
                when(none, lit(null)).otherwise(due), onTime,
                when(none, lit("当月无到期整改问题")).otherwise(concat(lit("按期完成整改 "), onTime.cast("string"),
                        lit(" 项 / 到期 "), due.cast("string"), lit(" 项"))));
    }

    /** Items not completed by their deadline: kind LEDGER_ITEM, ref item_id. */
    @Override
    public java.util.Optional<Dataset<Row>> evidence(RuleInputs in) {
        return java.util.Optional.of(late(in).select(col("org_code"), col("period_start"), lit("LEDGER_ITEM").as("kind"),
                col("item_id").as("ref")));
    }
}
