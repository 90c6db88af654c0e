package com.dangjian.transform.rules;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.last_day;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.util.function.Function;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import com.dangjian.contracts.rules.Status;
import com.dangjian.contracts.rules.PeriodType;
import com.dangjian.contracts.rules.RuleId;

/**
 * "No member has N consecutive bad months ending with this one" (POINT, checked at each month's end):
 * DUES_ARREARS_6M (dues for each of the N months still unpaid at this month's end) and ABSENCE_6M (each of
 * the N months had an organisational-life meeting the member was expected at, and the member was neither
 * present nor on leave at any). Members are the branch's on the month's last day. Only a full run of N months
 * inside the data window counts. required = 0 members, actual = members in that state.
 */
public record MemberStreakRule(String ruleId, String label, Function<RuleInputs, Dataset<Row>> badMonths)
        implements ComplianceRule {

    static final String[] ORG_LIFE = {"BRANCH_ASSEMBLY", "GROUP", "LECTURE", "THEME_DAY", "ORG_LIFE"};

    @Override
    public PeriodType periodType() {
        return PeriodType.POINT;
    }

    /** Months whose dues are unpaid at a month end: member_id, period_start (the point), month (each bad month). */
    public static MemberStreakRule duesArrears() {
        return new MemberStreakRule(RuleId.DUES_ARREARS_6M.id(), "连续未缴党费", in -> {
            int n = in.catalogue().rule(RuleId.DUES_ARREARS_6M.id()).integer("months", 6);
            Dataset<Row> points = in.assessedMembers(PeriodType.POINT).select("member_id", "period_start", "period_end").distinct();
            Dataset<Row> months = points.withColumn("back", explode(org.apache.spark.sql.functions.sequence(lit(0), lit(n - 1))))
                    .withColumn("month", add_months(col("period_start"), col("back").multiply(-1)));
            Dataset<Row> paid = in.dues().where(col("paid_on").isNotNull())
                    .select(col("member_id").as("p_member"), col("dues_month").as("p_month"), col("paid_on"));
            // No dues are owed for months before a member joined.
            Dataset<Row> joined = in.members().select(col("member_id").as("j_member"), trunc(col("joined_on"), "month").as("joined_month"));
            return months.join(paid, col("p_member").equalTo(col("member_id")).and(col("p_month").equalTo(col("month")))
                            .and(col("paid_on").leq(col("period_end"))), "left_anti")
                    .join(joined, col("j_member").equalTo(col("member_id")))
                    .where(col("month").geq(col("joined_month")))
                    .select("member_id", "period_start", "month");
        });
    }

    public static MemberStreakRule absence() {
        return new MemberStreakRule(RuleId.ABSENCE_6M.id(), "连续不参加组织生活", in -> {
            int n = in.catalogue().rule(RuleId.ABSENCE_6M.id()).integer("months", 6);
            Dataset<Row> expected = in.meetings().where(col("type").isin((Object[]) ORG_LIFE))
                    .select(explode(col("expected")).as("member_id"), trunc(col("held_on"), "month").as("month"),
                            col("present"), col("on_leave"));
            Dataset<Row> absentMonths = expected
                    .withColumn("took_part", array_contains(col("present"), col("member_id"))
                            .or(array_contains(col("on_leave"), col("member_id"))))
                    .groupBy("member_id", "month")
                    .agg(max(when(col("took_part"), 1).otherwise(0)).as("took_part"))
                    .where(col("took_part").equalTo(0))
                    .select(col("member_id").as("a_member"), col("month").as("a_month"));
            Dataset<Row> points = in.assessedMembers(PeriodType.POINT).select("member_id", "period_start").distinct();
            return points.join(absentMonths, col("a_member").equalTo(col("member_id"))
                            .and(col("a_month").between(add_months(col("period_start"), -(n - 1)), col("period_start"))))
                    .select(col("member_id"), col("period_start"), col("a_month").as("month"));
        });
    }

    /** Members in the state at each point: org_code, period_start, member_id, since (first month of the run). */
    public Dataset<Row> membersInState(RuleInputs in) {
        int n = in.catalogue().rule(ruleId).integer("months", 6);
        Date windowStart = Date.valueOf(in.periods().from().atDay(1));
        Dataset<Row> streaks = badMonths.apply(in)
                .groupBy("member_id", "period_start")
                .agg(countDistinct("month").as("bad"), org.apache.spark.sql.functions.min("month").as("since"))
                .where(col("bad").geq(n).and(add_months(col("period_start"), -(n - 1)).geq(lit(windowStart))));
        return in.assessedMembers(PeriodType.POINT).join(streaks, new String[]{"member_id", "period_start"})
                .select("org_code", "period_start", "member_id", "since");
    }

    @Override
    public Dataset<Row> evaluate(RuleInputs in) {
        return Results.noMemberInState(in, membersInState(in), ruleId, label + "的党员");
    }

    /** Members in the state: kind MEMBER, ref member_id. */
    @Override
    public java.util.Optional<Dataset<Row>> evidence(RuleInputs in) {
        return java.util.Optional.of(Evidence.members(membersInState(in)));
    }

    @Override
    public RuleOutcome outcome(RuleInputs in) {
        return RuleOutcome.fromState(ruleId, membersInState(in), s -> Results.noMemberInState(in, s, ruleId, label + "的党员"),
                Evidence::members);
    }
}
