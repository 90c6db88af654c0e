package com.dangjian.transform.rules;

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
 * "At least one meeting of type T in each period" for branches (三会一课 and 主题党日). Meetings count once per
 * meeting_id, by the China-time day they were held. Optionally not applicable below a number of full
 * members on the period's last day (COMMITTEE_MONTHLY: a branch with fewer than 7 has a secretary, no
 * committee).
 */
public record MeetingCountRule(String ruleId, PeriodType periodType, String meetingType, String label,
                               Integer minimumFullMembers) implements ComplianceRule {

    public static MeetingCountRule committeeMonthly() {
        return committeeMonthly(7);
    }

    public static MeetingCountRule committeeMonthly(int minimumFullMembers) {
        return new MeetingCountRule(RuleIds.COMMITTEE_MONTHLY, PeriodType.MONTH, "COMMITTEE", "支部委员会会议", minimumFullMembers);
    }

    public static MeetingCountRule themeDayMonthly() {
        return new MeetingCountRule(RuleIds.THEME_DAY_MONTHLY, PeriodType.MONTH, "THEME_DAY", "主题党日", null);
    }

    public static MeetingCountRule assemblyQuarterly() {
        return new MeetingCountRule(RuleIds.ASSEMBLY_QUARTERLY, PeriodType.QUARTER, "BRANCH_ASSEMBLY", "支部党员大会", null);
    }

    public static MeetingCountRule lectureQuarterly() {
        return new MeetingCountRule(RuleIds.LECTURE_QUARTERLY, PeriodType.QUARTER, "LECTURE", "党课", null);
    }

    public static MeetingCountRule orgLifeYearly() {
        return new MeetingCountRule(RuleIds.ORG_LIFE_YEARLY, PeriodType.YEAR, "ORG_LIFE", "组织生活会", null);
    }

    public static MeetingCountRule democraticReviewYearly() {
        return new MeetingCountRule(RuleIds.DEMOCRATIC_REVIEW_YEARLY, PeriodType.YEAR, "DEMOCRATIC_REVIEW", "民主评议党员", null);
    }

    /** Assessed branches and periods ("a") joined with their meetings of this type ("m"). */
    private Dataset<Row> meetingsIn(RuleInputs in, String joinType) {
        return in.assessed(periodType, "BRANCH").select("org_code", "period_start", "period_end").as("a")
                .join(in.meetings().where(col("type").equalTo(meetingType)).as("m"),
                        col("m.org_code").equalTo(col("a.org_code"))
                                .and(col("m.held_on").between(col("a.period_start"), col("a.period_end"))), joinType);
    }

    /** The meetings counted: kind MEETING, ref meeting_id. */
    @Override
    public java.util.Optional<Dataset<Row>> evidence(RuleInputs in) {
        return java.util.Optional.of(meetingsIn(in, "inner")
                .select(col("a.org_code").as("org_code"), col("a.period_start").as("period_start"), lit("MEETING").as("kind"),
                        col("m.meeting_id").as("ref")));
    }

    @Override
    public Dataset<Row> evaluate(RuleInputs in) {
        Dataset<Row> held = meetingsIn(in, "left")
                .groupBy(col("a.org_code").as("org_code"), col("a.period_start").as("period_start"),
                        col("a.period_end").as("period_end"))
                .agg(count(col("m.meeting_id")).as("held"));
        Dataset<Row> withSize = held.as("h").join(in.branchSizes().as("s"),
                col("s.org_code").equalTo(col("h.org_code")).and(col("s.day").equalTo(col("h.period_end"))), "left");
        Column fullMembers = coalesce(col("s.full_members"), lit(0L));
        Column notApplicable = minimumFullMembers == null ? lit(false) : fullMembers.lt(minimumFullMembers);
        Column passed = col("held").geq(1);
        return withSize.select(
                col("h.org_code").as("org_code"),
                lit(ruleId).as("rule_id"),
                lit(periodType.name()).as("period_type"),
                col("h.period_start").as("period_start"),
                col("h.period_end").as("period_end"),
                when(notApplicable, "NOT_APPLICABLE").when(passed, "PASS").otherwise("FAIL").as("status"),
                when(notApplicable, lit(null)).when(passed, 1.0).otherwise(0.0).cast("double").as("score"),
                when(notApplicable, lit(null)).otherwise(1.0).cast("double").as("required"),
                col("held").cast("double").as("actual"),
                when(notApplicable, concat(lit("正式党员 "), fullMembers.cast("string"),
                        lit(" 人，少于 " + minimumFullMembers + " 人不设支部委员会")))
                        .otherwise(concat(lit("召开" + label + " "), col("held").cast("string"), lit(" 次，应不少于 1 次")))
                        .as("note"));
    }
}
