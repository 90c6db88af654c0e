package com.dangjian.transform.rules;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * PROBATION_REVIEW_ON_TIME (POINT): no member of the branch on the month's last day is still probationary
 * (not a full member by that day) more than 3 months (configurable) after the one-year probation ended,
 * i.e. joined_on + 12 + 3 months is before the day. required = 0, actual = overdue members.
 */
public record ProbationReviewRule() implements ComplianceRule {

    @Override
    public String ruleId() {
        return RuleIds.PROBATION_REVIEW_ON_TIME;
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
        Dataset<Row> counted = overdue(in).groupBy("org_code", "period_start").agg(count("*").as("overdue"));
        Dataset<Row> all = in.assessed(PeriodType.POINT, "BRANCH").select("org_code", "period_start", "period_end")
                .join(counted, new String[]{"org_code", "period_start"}, "left");
        Column k = coalesce(col("overdue"), lit(0L));
        return Results.of(all, ruleId(), PeriodType.POINT,
                when(k.equalTo(0), "PASS").otherwise("FAIL"), when(k.equalTo(0), 1.0).otherwise(0.0),
                lit(0), k, concat(lit("预备期满逾期未转正 "), k.cast("string"), lit(" 人")));
    }

    /** Members overdue: kind MEMBER, ref member_id. */
    @Override
    public java.util.Optional<Dataset<Row>> evidence(RuleInputs in) {
        return java.util.Optional.of(overdue(in).select(col("org_code"), col("period_start"), lit("MEMBER").as("kind"),
                col("member_id").as("ref")));
    }
}
