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
import com.dangjian.contracts.rules.PeriodType;
import com.dangjian.contracts.rules.RuleId;
import com.dangjian.contracts.rules.Status;

/**
 * RECTIFICATION_ON_TIME: every ledger item whose deadline falls in the month was completed by its deadline;
 * score = share; not applicable when none falls due. required = items due, actual = completed on time.
 * The deadline is the one the ledger gave at the month's end (the latest snapshot landed by then; before the
 * first snapshot, the first): a deadline extended later does not erase the month in which the item fell due.
 * The items are those of the newest snapshot, with its completion date (a date of its own).
 */
public record RectificationOnTimeRule() implements ComplianceRule {

    @Override
    public String ruleId() {
        return RuleId.RECTIFICATION_ON_TIME.id();
    }

    @Override
    public PeriodType periodType() {
        return PeriodType.MONTH;
    }

    /** Items due in the month and not completed by their deadline: org_code, period_start, item_id. */
    public Dataset<Row> late(RuleInputs in) {
        return due(in).where(col("completed_on").isNull().or(col("completed_on").gt(col("deadline"))))
                .select("org_code", "period_start", "item_id");
    }

    /** Items due in each assessed month: org_code, period_start, period_end, item_id, deadline (as of the month's end), completed_on. */
    private Dataset<Row> due(RuleInputs in) {
        Dataset<Row> items = in.assessed(PeriodType.MONTH, "BRANCH").select("org_code", "period_start", "period_end").as("a")
                .join(in.ledger().as("l"), col("l.org_code").equalTo(col("a.org_code")))
                .select(col("a.org_code").as("org_code"), col("a.period_start").as("period_start"), col("a.period_end").as("period_end"),
                        col("l.item_id").as("item_id"), col("l.deadline").as("latest_deadline"), col("l.completed_on").as("completed_on"));
        Dataset<Row> deadlines = com.dangjian.transform.silver.AsOf.onDays(
                        in.ledgerSnapshots().select("item_id", "deadline", "snapshot_on").dropDuplicates("item_id", "snapshot_on"),
                        "item_id", "snapshot_on", items.select(col("item_id").as("i_item"), col("period_end").as("day")).distinct(), "i_item")
                .select(col("item_id").as("d_item"), col("day").as("d_day"), col("deadline").as("deadline_then"));
        return items.join(deadlines, col("d_item").equalTo(col("item_id")).and(col("d_day").equalTo(col("period_end"))), "left")
                .withColumn("deadline", coalesce(col("deadline_then"), col("latest_deadline")))
                .where(col("deadline").between(col("period_start"), col("period_end")))
                .select("org_code", "period_start", "period_end", "item_id", "deadline", "completed_on");
    }

    @Override
    public Dataset<Row> evaluate(RuleInputs in) {
        Dataset<Row> counted = due(in)
                .groupBy("org_code", "period_start")
                .agg(count("*").as("due"), sum(when(col("completed_on").isNotNull()
                        .and(col("completed_on").leq(col("deadline"))), 1).otherwise(0)).as("on_time"));
        Dataset<Row> all = in.assessed(PeriodType.MONTH, "BRANCH").select("org_code", "period_start", "period_end")
                .join(counted, new String[]{"org_code", "period_start"}, "left");
        Column due = coalesce(col("due"), lit(0L));
        Column onTime = coalesce(col("on_time"), lit(0L));
        Column none = due.equalTo(0);
        return Results.of(all, ruleId(), PeriodType.MONTH,
                when(none, Status.NOT_APPLICABLE.name()).when(onTime.equalTo(due), Status.PASS.name()).otherwise(Status.FAIL.name()),
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
