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
 * MINUTES_RECORDED (全程纪实): every meeting the branch held in the month has minutes; score = share; not
 * applicable when it held none. required = meetings held, actual = meetings with minutes.
 */
public record MinutesRecordedRule() implements ComplianceRule {

    @Override
    public String ruleId() {
        return RuleId.MINUTES_RECORDED.id();
    }

    @Override
    public PeriodType periodType() {
        return PeriodType.MONTH;
    }

    @Override
    public Dataset<Row> evaluate(RuleInputs in) {
        Dataset<Row> counted = in.assessed(PeriodType.MONTH, "BRANCH").select("org_code", "period_start", "period_end").as("a")
                .join(in.meetings().as("m"), col("m.org_code").equalTo(col("a.org_code"))
                        .and(col("m.held_on").between(col("a.period_start"), col("a.period_end"))), "left")
                .groupBy(col("a.org_code").as("org_code"), col("a.period_start").as("period_start"), col("a.period_end").as("period_end"))
                .agg(count(col("m.meeting_id")).as("held"),
                        sum(when(col("m.minutes_recorded"), 1).otherwise(0)).as("recorded"));
        Column held = col("held");
        Column recorded = coalesce(col("recorded"), lit(0L));
        Column none = held.equalTo(0);
        return Results.of(counted, ruleId(), PeriodType.MONTH,
                when(none, Status.NOT_APPLICABLE.name()).when(recorded.equalTo(held), Status.PASS.name()).otherwise(Status.FAIL.name()),
                when(none, lit(null)).otherwise(recorded.divide(held)),
                when(none, lit(null)).otherwise(held), recorded,
                when(none, lit("当月未召开会议")).otherwise(concat(lit("有记录的会议 "), recorded.cast("string"),
                        lit(" 次 / 共 "), held.cast("string"), lit(" 次"))));
    }
}
