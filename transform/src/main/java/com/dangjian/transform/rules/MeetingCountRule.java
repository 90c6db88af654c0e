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
import com.dangjian.contracts.rules.PeriodType;
import com.dangjian.contracts.rules.RuleId;
import com.dangjian.contracts.rules.Status;

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
        return new MeetingCountRule(RuleId.COMMITTEE_MONTHLY.id(), PeriodType.MONTH, "COMMITTEE", "支部委员会会议", minimumFullMembers);
    }

    public static MeetingCountRule themeDayMonthly() {
        return new MeetingCountRule(RuleId.THEME_DAY_MONTHLY.id(), PeriodType.MONTH, "THEME_DAY", "主题党日", null);
    }

    public static MeetingCountRule assemblyQuarterly() {
        return new MeetingCountRule(RuleId.ASSEMBLY_QUARTERLY.id(), PeriodType.QUARTER, "BRANCH_ASSEMBLY", "支部党员大会", null);
    }

    public static MeetingCountRule lectureQuarterly() {
        return new MeetingCountRule(RuleId.LECTURE_QUARTERLY.id(), PeriodType.QUARTER, "LECTURE", "党课", null);
    }

    public static MeetingCountRule orgLifeYearly() {
        return new MeetingCountRule(RuleId.ORG_LIFE_YEARLY.id(), PeriodType.YEAR, "ORG_LIFE", "组织生活会", null);
    }

    public static MeetingCountRule democraticReviewYearly() {
        return new MeetingCountRule(RuleId.DEMOCRATIC_REVIEW_YEARLY.id(), PeriodType.YEAR, "DEMOCRATIC_REVIEW", "民主评议党员", null);
    }

    /** Assessed branches and periods ("a") joined with their meetings of this type ("m"). */
    private Dataset<Row> meetingsIn(RuleInputs in, String joinType) {
        return in.assessed(periodType, "BRANCH").select("org_code", "period_start", "period_end").as("a")
                .join(in.meetings().where(col("type").equalTo(meetingType)).as("m"),
                        col("m.org_code").equalTo(col("a.org_code"))
                                .and(col("m.held_on").between(col("a.period_start"), col("a.period_end"))), joinType);
    }

    /**
     * The period in progress on {@code asOf} (the month or quarter holding it; yearly rules are not a branch's
     * "this month and this quarter", users.md): the meetings of this type held from its first day to {@code asOf},
     * against the one required — for the branches assessed in the window's last month, and not where that month
     * found no committee due (fewer full members than the minimum).
     */
    @Override
    public java.util.Optional<Dataset<Row>> progress(RuleInputs in, java.time.LocalDate asOf) {
        if (periodType != PeriodType.MONTH && periodType != PeriodType.QUARTER) {
            return java.util.Optional.empty();
        }
        java.sql.Date start = java.sql.Date.valueOf(periodType.startOf(asOf));
        java.sql.Date lastMonth = java.sql.Date.valueOf(in.periods().to().atDay(1));
        Dataset<Row> branches = in.assessed(PeriodType.MONTH, "BRANCH").where(col("period_start").equalTo(lit(lastMonth)))
                .select(col("org_code"), col("period_end").as("size_day"));
        if (minimumFullMembers != null) {
            branches = branches.join(in.branchSizes().where(col("full_members").geq(minimumFullMembers)).select(col("org_code"),
                    col("day").as("size_day")), new String[]{"org_code", "size_day"}, "left_semi");
        }
        Dataset<Row> held = in.meetings().where(col("type").equalTo(meetingType)
                        .and(col("held_on").between(lit(start), lit(java.sql.Date.valueOf(asOf)))))
                .groupBy("org_code").agg(count("meeting_id").as("held"));
        return java.util.Optional.of(branches.join(held, new String[]{"org_code"}, "left").select(col("org_code"),
                lit(ruleId).as("rule_id"), lit(periodType.name()).as("period_type"), lit(start).as("period_start"),
                lit(java.sql.Date.valueOf(periodType.endOf(start.toLocalDate()))).as("period_end"),
                lit(java.sql.Date.valueOf(asOf)).as("as_of"), lit(1.0).as("required"),
                coalesce(col("held"), lit(0L)).cast("double").as("actual")));
    }

    /** The meetings counted: kind MEETING, ref meeting_id. */
    @Override
    public java.util.Optional<Dataset<Row>> evidence(RuleInputs in) {
        return java.util.Optional.of(counted(meetingsIn(in, "inner")));
    }

    /** Each meeting counted, from the assessed periods and their meetings (an inner join's rows, or a left join's with one). */
    private static Dataset<Row> counted(Dataset<Row> meetingsIn) {
        return meetingsIn.where(col("m.meeting_id").isNotNull())
                .select(col("a.org_code").as("org_code"), col("a.period_start").as("period_start"), lit("MEETING").as("kind"),
                        col("m.meeting_id").as("ref"));
    }

    @Override
    public RuleOutcome outcome(RuleInputs in) {
        return RuleOutcome.fromState(ruleId, meetingsIn(in, "left"), s -> results(in, s), MeetingCountRule::counted);
    }

    @Override
    public Dataset<Row> evaluate(RuleInputs in) {
        return results(in, meetingsIn(in, "left"));
    }

    private Dataset<Row> results(RuleInputs in, Dataset<Row> meetingsIn) {
        Dataset<Row> held = meetingsIn
                .groupBy(col("a.org_code").as("org_code"), col("a.period_start").as("period_start"),
                        col("a.period_end").as("period_end"))
                .agg(count(col("m.meeting_id")).as("held"));
        Dataset<Row> withSize = held.as("h").join(in.branchSizes().as("s"),
                col("s.org_code").equalTo(col("h.org_code")).and(col("s.day").equalTo(col("h.period_end"))), "left");
        Column fullMembers = coalesce(col("s.full_members"), lit(0L));
        Column notApplicable = minimumFullMembers == null ? lit(false) : col("full_members").lt(minimumFullMembers);
        Column passed = col("held").geq(1);
        return Results.of(withSize.select(col("h.org_code").as("org_code"), col("h.period_start").as("period_start"),
                        col("h.period_end").as("period_end"), col("held"), fullMembers.as("full_members")), ruleId, periodType,
                when(notApplicable, Status.NOT_APPLICABLE.name()).when(passed, Status.PASS.name()).otherwise(Status.FAIL.name()),
                when(notApplicable, lit(null)).when(passed, 1.0).otherwise(0.0),
                when(notApplicable, lit(null)).otherwise(1.0),
                col("held"),
                when(notApplicable, concat(lit("正式党员 "), col("full_members").cast("string"),
                        lit(" 人，少于 " + minimumFullMembers + " 人不设支部委员会")))
                        .otherwise(concat(lit("召开" + label + " "), col("held").cast("string"), lit(" 次，应不少于 1 次"))));
    }
}
