package com.dangjian.transform.rules;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import com.dangjian.contracts.rules.Status;
import com.dangjian.contracts.rules.RuleCatalogue;
import com.dangjian.contracts.rules.PeriodType;
import com.dangjian.contracts.rules.RuleId;

/**
 * The open alarms as of the window's last month (the list leadership acts on, rules.md "Alarms"): election
 * overdue or due within 90 days; a month with no committee meeting; each member in DUES_ARREARS_6M or
 * ABSENCE_6M; ledger items past their deadline and not completed; probation reviews overdue. Each names the
 * organisation, the rule, since when, the record behind it (subject) and a note. Only switched-on rules raise
 * alarms.
 */
public final class Alarms {

    private Alarms() {
    }

    /** org_code, rule_id, alarm_type, subject, since, as_of, note. */
    public static Dataset<Row> open(RuleInputs in, Dataset<Row> ruleResults) {
        RuleCatalogue c = in.catalogue();
        Date monthStart = Date.valueOf(in.periods().to().atDay(1));
        Date monthEnd = Date.valueOf(in.periods().to().atEndOfMonth());
        List<Dataset<Row>> alarms = new ArrayList<>();
        if (c.enabled(RuleId.ELECTION_ON_TIME.id())) {
            Column term = coalesce(col("term_years"), when(col("org_type").equalTo("COMMITTEE"), 5).otherwise(3));
            Column expiry = add_months(col("committee_elected_on"), term.multiply(12));
            alarms.add(in.assessed(PeriodType.POINT, "BRANCH", "GENERAL_BRANCH", "COMMITTEE")
                    .where(col("period_start").equalTo(lit(monthStart)))
                    .where(col("committee_elected_on").isNull().or(expiry.leq(date_add(lit(monthEnd), c.electionDueWithinDays()))))
                    .select(col("org_code"), lit(RuleId.ELECTION_ON_TIME.id()).as("rule_id"),
                            when(col("committee_elected_on").isNull().or(expiry.leq(lit(monthEnd))), "ELECTION_OVERDUE")
                                    .otherwise("ELECTION_DUE_SOON").as("alarm_type"),
                            lit(null).cast("string").as("subject"), expiry.as("since"),
                            when(col("committee_elected_on").isNull(), lit("登记系统中无换届日期"))
                                    .otherwise(concat(lit("任期届满日 "), expiry.cast("string"))).as("note")));
        }
        if (c.enabled(RuleId.COMMITTEE_MONTHLY.id())) {
            // Since the first month of the current run of months without a committee meeting.
            Dataset<Row> results = ruleResults.where(col("rule_id").equalTo(RuleId.COMMITTEE_MONTHLY.id()));
            Dataset<Row> lastPass = results.where(col("status").notEqual(Status.FAIL.name())).groupBy("org_code")
                    .agg(max("period_start").as("last_ok"));
            alarms.add(results.where(col("status").equalTo(Status.FAIL.name()).and(col("period_start").equalTo(lit(monthStart))))
                    .join(lastPass, new String[]{"org_code"}, "left")
                    .select(col("org_code"), lit(RuleId.COMMITTEE_MONTHLY.id()).as("rule_id"), lit("NO_COMMITTEE_MEETING").as("alarm_type"),
                            lit(null).cast("string").as("subject"),
                            coalesce(add_months(col("last_ok"), 1), lit(Date.valueOf(in.periods().from().atDay(1)))).as("since"),
                            lit("当月未召开支部委员会会议").as("note")));
        }
        members(in, MemberStreakRule.duesArrears(), "DUES_ARREARS", "连续 6 个月未缴党费", monthStart).ifPresent(alarms::add);
        members(in, MemberStreakRule.absence(), "ABSENCE", "连续 6 个月未参加组织生活", monthStart).ifPresent(alarms::add);
        if (c.enabled(RuleId.RECTIFICATION_ON_TIME.id())) {
            alarms.add(in.ledger().where(col("completed_on").isNull().and(col("deadline").lt(lit(monthEnd))))
                    .join(in.organisations().select("org_code"), "org_code")
                    .select(col("org_code"), lit(RuleId.RECTIFICATION_ON_TIME.id()).as("rule_id"), lit("RECTIFICATION_OVERDUE").as("alarm_type"),
                            col("item_id").as("subject"), col("deadline").as("since"),
                            // The issue itself, not only its ledger code: what leadership acts on.
                            concat_ws("：", concat(lit("整改时限 "), col("deadline").cast("string"), lit(" 已过，尚未完成")),
                                    col("description")).as("note")));
        }
        if (c.enabled(RuleId.PROBATION_REVIEW_ON_TIME.id())) {
            alarms.add(new ProbationReviewRule().overdue(in).where(col("period_start").equalTo(lit(monthStart)))
                    .select(col("org_code"), lit(RuleId.PROBATION_REVIEW_ON_TIME.id()).as("rule_id"), lit("PROBATION_OVERDUE").as("alarm_type"),
                            col("member_id").as("subject"), col("since"), lit("预备期满逾期未转正").as("note")));
        }
        return alarms.stream().reduce(Dataset::unionByName).orElseThrow()
                .withColumn("as_of", lit(monthStart))
                .select("org_code", "rule_id", "alarm_type", "subject", "since", "as_of", "note");
    }

    private static Optional<Dataset<Row>> members(RuleInputs in, MemberStreakRule rule, String type, String note, Date monthStart) {
        if (!in.catalogue().enabled(rule.ruleId())) {
            return Optional.empty();
        }
        return Optional.of(rule.membersInState(in).where(col("period_start").equalTo(lit(monthStart)))
                .select(col("org_code"), lit(rule.ruleId()).as("rule_id"), lit(type).as("alarm_type"),
                        col("member_id").as("subject"), col("since"), lit(note).as("note")));
    }
}
