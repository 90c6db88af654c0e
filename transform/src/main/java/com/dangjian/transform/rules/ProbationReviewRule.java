package com.dangjian.transform.rules;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import com.dangjian.contracts.rules.PeriodType;
import com.dangjian.contracts.rules.RuleId;
import com.dangjian.contracts.rules.Status;

/**
 * PROBATION_REVIEW_ON_TIME (POINT): no member of the branch on the month's last day is still probationary
 * (not a full member by that day) more than 3 months (configurable) after the one-year probation ended,
 * i.e. joined_on + 12 + 3 months is before the day. required = 0, actual = overdue members.
 */
public record ProbationReviewRule() implements ComplianceRule {

    @Override
    public String ruleId() {
        return RuleId.PROBATION_REVIEW_ON_TIME.id();
    }

    @Override
    public PeriodType periodType() {
        return PeriodType.POINT;
    }

    /** Overdue members: org_code, period_start, member_id, since (the day the grace ended). */
    public Dataset<Row> overdue(RuleInputs in) {
        int grace = in.catalogue().rule(ruleId()).integer("graceMonths", 3);
        Column graceEnded = add_months(col("p.joined_on"), 12 + grace);
        return in.assessedMembers(PeriodType.POINT).as("m")
                .join(in.members().as("p"), col("p.member_id").equalTo(col("m.member_id")))
                .where(col("p.full_member_on").isNull().or(col("p.full_member_on").gt(col("m.period_end")))
                        .and(graceEnded.lt(col("m.period_end"))))
                .select(col("m.org_code").as("org_code"), col("m.period_start").as("period_start"),
                        col("m.member_id").as("member_id"), graceEnded.as("since"));
    }

    @Override
    public Dataset<Row> evaluate(RuleInputs in) {
        return Results.noMemberInState(in, overdue(in), ruleId(), "预备期满逾期未转正");
    }

    /** Members overdue: kind MEMBER, ref member_id. */
    @Override
    public java.util.Optional<Dataset<Row>> evidence(RuleInputs in) {
        return java.util.Optional.of(Evidence.members(overdue(in)));
    }

    @Override
    public RuleOutcome outcome(RuleInputs in) {
        return RuleOutcome.fromState(ruleId(), overdue(in), s -> Results.noMemberInState(in, s, ruleId(), "预备期满逾期未转正"),
                Evidence::members);
    }
}
