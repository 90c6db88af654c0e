package com.dangjian.transform.rules;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.last_day;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.function.Function;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import com.dangjian.contracts.rules.PeriodType;
import com.dangjian.contracts.rules.RuleId;
import com.dangjian.contracts.rules.Status;

/**
 * "Every member did X in the period; score = share": TALK_YEARLY, STUDY_HOURS_YEARLY, DUES_ON_TIME. The members
 * are the branch's members on the period's last day; PASS when all did, score the share that did; not
 * applicable when the branch had no members. required = members, actual = members who did.
 *
 * @param done members who did X within each period: member_id, period_start
 */
public record MemberShareRule(String ruleId, PeriodType periodType, String label,
                              Function<RuleInputs, Dataset<Row>> done) implements ComplianceRule {

    public static MemberShareRule talkYearly() {
        return new MemberShareRule(RuleId.TALK_YEARLY.id(), PeriodType.YEAR, "参加谈心谈话", in -> {
            Dataset<Row> years = in.periods().of(in.spark(), PeriodType.YEAR);
            Dataset<Row> talks = in.meetings().where(col("type").equalTo("TALK"))
                    .select(explode(col("present")).as("member_id"), col("held_on"));
            return talks.join(years, col("held_on").between(col("period_start"), col("period_end")))
                    .select("member_id", "period_start").distinct();
        });
    }

    public static MemberShareRule studyHoursYearly() {
        return new MemberShareRule(RuleId.STUDY_HOURS_YEARLY.id(), PeriodType.YEAR, "学习学时达标", in -> {
            var settings = in.catalogue().rule(RuleId.STUDY_HOURS_YEARLY.id());
            int requiredMinutes = settings.integer("requiredClassHours", 32) * settings.integer("minutesPerClassHour", 45);
            Dataset<Row> years = in.periods().of(in.spark(), PeriodType.YEAR);
            return in.study().join(years, col("study_date").between(col("period_start"), col("period_end")))
                    .groupBy("member_id", "period_start").agg(sum("minutes").as("minutes"))
                    .where(col("minutes").geq(requiredMinutes))
                    .select("member_id", "period_start");
        });
    }

    public static MemberShareRule duesOnTime() {
        return new MemberShareRule(RuleId.DUES_ON_TIME.id(), PeriodType.MONTH, "按时缴纳党费", in -> in.dues()
                .where(col("paid_on").isNotNull().and(col("paid_on").leq(last_day(col("dues_month")))))
                .select(col("member_id"), col("dues_month").as("period_start")));
    }

    /** Each assessed member ("m") with "d.did" true when the member did X in the period, null when not. */
    private Dataset<Row> marked(RuleInputs in) {
        Dataset<Row> did = done.apply(in).withColumn("did", lit(true)).as("d");
        return in.assessedMembers(periodType).as("m").join(did, col("d.member_id").equalTo(col("m.member_id"))
                .and(col("d.period_start").equalTo(col("m.period_start"))), "left");
    }

    @Override
    public Dataset<Row> evaluate(RuleInputs in) {
        return results(in, marked(in));
    }

    private Dataset<Row> results(RuleInputs in, Dataset<Row> marked) {
        Dataset<Row> perBranch = marked.groupBy(col("m.org_code").as("org_code"), col("m.period_start").as("period_start"),
                        col("m.period_end").as("period_end"))
                .agg(count("*").as("members"), sum(when(col("d.did"), 1).otherwise(0)).as("done"));
        Dataset<Row> all = in.assessed(periodType, "BRANCH").select("org_code", "period_start", "period_end")
                .join(perBranch, new String[]{"org_code", "period_start", "period_end"}, "left");
        Column members1 = coalesce(col("members"), lit(0L));
        Column done1 = coalesce(col("done"), lit(0L));
        Column none = members1.equalTo(0);
        return Results.of(all, ruleId, periodType,
                when(none, Status.NOT_APPLICABLE.name()).when(done1.equalTo(members1), Status.PASS.name()).otherwise(Status.FAIL.name()),
                when(none, lit(null)).otherwise(done1.divide(members1)),
                when(none, lit(null)).otherwise(members1),
                done1,
                when(none, lit("期末无党员")).otherwise(concat(lit(label + " "), done1.cast("string"), lit(" 人 / 党员 "),
                        members1.cast("string"), lit(" 人"))));
    }

    /** Members who did not: org_code, period_start, member_id (the evidence behind a share below 1). */
    private static Dataset<Row> missing(Dataset<Row> marked) {
        return marked.where(col("d.did").isNull()).select(col("m.org_code").as("org_code"), col("m.period_start").as("period_start"),
                col("m.member_id").as("member_id"));
    }

    /** Members who did not: kind MEMBER, ref member_id. */
    @Override
    public java.util.Optional<Dataset<Row>> evidence(RuleInputs in) {
        return java.util.Optional.of(Evidence.members(missing(marked(in))));
    }

    @Override
    public RuleOutcome outcome(RuleInputs in) {
        return RuleOutcome.fromState(ruleId, marked(in), m -> results(in, m), m -> Evidence.members(missing(m)));
    }
}
