package com.dangjian.transform.rules;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import com.dangjian.contracts.rules.PeriodType;
import com.dangjian.contracts.rules.RuleId;
import com.dangjian.contracts.rules.Status;

/**
 * SECRETARY_LECTURE_YEARLY: at least one LECTURE in the year whose lecturer was the branch secretary on the day
 * it was held — the secretary of the registry version in force that day ({@link RuleInputs#organisationsOn}), so
 * a secretary replaced later does not undo the lectures they gave. A branch without a recorded secretary fails.
 */
public record SecretaryLectureRule() implements ComplianceRule {

    @Override
    public String ruleId() {
        return RuleId.SECRETARY_LECTURE_YEARLY.id();
    }

    @Override
    public PeriodType periodType() {
        return PeriodType.YEAR;
    }

    /** Lectures given by the branch's secretary of that day: org_code, held_on, meeting_id. */
    Dataset<Row> bySecretary(RuleInputs in) {
        Dataset<Row> lectures = in.meetings().where(col("type").equalTo("LECTURE"))
                .select(col("meeting_id"), col("org_code").as("l_org"), col("held_on"), col("lecturer_member_id"));
        Dataset<Row> secretaries = in.organisationsOn(lectures.select(col("l_org").as("org_code"), col("held_on").as("day")).distinct())
                .select(col("org_code"), col("day"), col("secretary_member_id"));
        return lectures.join(secretaries, col("org_code").equalTo(col("l_org")).and(col("day").equalTo(col("held_on")))
                        .and(col("secretary_member_id").equalTo(col("lecturer_member_id"))))
                .select("org_code", "held_on", "meeting_id");
    }

    @Override
    public Dataset<Row> evaluate(RuleInputs in) {
        Dataset<Row> assessed = in.assessed(PeriodType.YEAR, "BRANCH")
                .select("org_code", "period_start", "period_end", "secretary_member_id").as("a");
        Dataset<Row> counted = assessed
                .join(bySecretary(in).as("m"), col("m.org_code").equalTo(col("a.org_code"))
                        .and(col("m.held_on").between(col("a.period_start"), col("a.period_end"))), "left")
                .groupBy(col("a.org_code").as("org_code"), col("a.period_start").as("period_start"),
                        col("a.period_end").as("period_end"), col("a.secretary_member_id").as("secretary"))
                .agg(count(col("m.meeting_id")).as("held"));
        return Results.of(counted, ruleId(), PeriodType.YEAR,
                when(col("held").geq(1), Status.PASS.name()).otherwise(Status.FAIL.name()),
                when(col("held").geq(1), 1.0).otherwise(0.0),
                lit(1), col("held"),
                when(col("secretary").isNull().and(col("held").equalTo(0)), lit("登记系统中无支部书记"))
                        .otherwise(concat(lit("书记讲党课 "), col("held").cast("string"), lit(" 次，应不少于 1 次"))));
    }

    /** The secretary's lectures counted: kind MEETING, ref meeting_id. */
    @Override
    public java.util.Optional<Dataset<Row>> evidence(RuleInputs in) {
        return java.util.Optional.of(in.assessed(PeriodType.YEAR, "BRANCH").select("org_code", "period_start", "period_end").as("a")
                .join(bySecretary(in).as("m"), col("m.org_code").equalTo(col("a.org_code"))
                        .and(col("m.held_on").between(col("a.period_start"), col("a.period_end"))))
                .select(col("a.org_code").as("org_code"), col("a.period_start").as("period_start"), lit("MEETING").as("kind"),
                        col("m.meeting_id").as("ref")));
    }
}
