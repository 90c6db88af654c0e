package com.dangjian.transform.rules;

import static com.dangjian.transform.TestSpark.meetingWith;
import static com.dangjian.transform.TestSpark.member;
import static com.dangjian.transform.TestSpark.org;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import com.dangjian.transform.TestSpark;
import com.dangjian.transform.silver.Membership;
import com.dangjian.contracts.rules.RuleCatalogue;
import com.dangjian.contracts.rules.RuleId;

/**
 * Every rule over a whole year for two hand-built branches: B1 does everything the rules ask (so every rule
 * passes, or is not applicable where nothing fell due), including for a member who transferred in on
 * 16 June; B9 has no members at all, so it is not assessed by any rule (rules.md "Who is assessed": a branch is
 * assessed in a period when it exists for the whole period and has members on its last day).
 */
class WholeYearTest {

    static final Periods YEAR = new Periods(YearMonth.of(2024, 1), YearMonth.of(2024, 12));

    @Test
    void aBranchThatDoesEverythingPassesEveryRuleAndAnEmptyOneIsNotAssessed() {
        var orgs = TestSpark.orgs(org("B1", "BRANCH", "2020-01-01", null, "2023-01-01", 3),
                        org("B2", "BRANCH", "2020-01-01", null, "2023-01-01", 3),
                        org("B9", "BRANCH", "2020-01-01", null, "2023-01-01", 3))
                .withColumn("secretary_member_id", org.apache.spark.sql.functions.when(
                        org.apache.spark.sql.functions.col("org_code").equalTo("B1"), "P0"));
        List<String> b1 = new ArrayList<>();
        List<Row> members = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            b1.add("P" + i);
            members.add(member("P" + i, "2010-01-01", "2011-01-01", "FULL", "B1", "2023-01-01"));
        }
        // P7 moves from B2 to B1 on 16 June: a B1 member from June's end (registry now says B1).
        members.add(member("P7", "2010-01-01", "2011-01-01", "FULL", "B1", "2024-06-16"));
        List<String> all = new ArrayList<>(b1);
        all.add("P7");
        List<Row> meetings = new ArrayList<>();
        List<Row> dues = new ArrayList<>();
        List<Row> study = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            String month = String.format("2024-%02d", m);
            List<String> present = m >= 7 ? all : b1;
            meetings.add(meetingWith("C" + m, "B1", null, "COMMITTEE", month + "-03T09:00:00+08:00", null, present, present, List.of(), true));
            meetings.add(meetingWith("T" + m, "B1", null, "THEME_DAY", month + "-10T09:00:00+08:00", null, present, present, List.of(), true));
            meetings.add(meetingWith("G" + m, "B1", "G1", "GROUP", month + "-12T09:00:00+08:00", null, present, present, List.of(), true));
            if (m % 3 == 2) {
                meetings.add(meetingWith("A" + m, "B1", null, "BRANCH_ASSEMBLY", month + "-15T09:00:00+08:00", null, present, present, List.of(), true));
                meetings.add(meetingWith("L" + m, "B1", null, "LECTURE", month + "-16T09:00:00+08:00", "P0", present, present, List.of(), true));
            }
            for (String p : all) {
                dues.add(TestSpark.dues(p, "B1", month, month + "-05"));
                study.add(TestSpark.study(p, month + "-20", 125));
            }
        }
        meetings.add(meetingWith("OL", "B1", null, "ORG_LIFE", "2024-12-20T09:00:00+08:00", null, all, all, List.of(), true));
        meetings.add(meetingWith("DR", "B1", null, "DEMOCRATIC_REVIEW", "2024-12-21T09:00:00+08:00", null, all, all, List.of(), true));
        meetings.add(meetingWith("TK", "B1", null, "TALK", "2024-11-05T09:00:00+08:00", null, all, all, List.of(), true));
        Dataset<Row> memberRows = TestSpark.members(members.toArray(Row[]::new));
        Dataset<Row> membership = Membership.onDays(memberRows, TestSpark.transfers(TestSpark.transfer("T1", "P7", "B2", "B1", "2024-06-16")),
                YEAR.monthEnds(TestSpark.spark()));
        RuleInputs in = RuleInputs.of(TestSpark.spark(), orgs, membership, TestSpark.meetings(meetings.toArray(Row[]::new)), YEAR)
                .with(memberRows, TestSpark.groups(TestSpark.group("G1", "B1", null)), TestSpark.dues(dues.toArray(Row[]::new)),
                        TestSpark.study(study.toArray(Row[]::new)),
                        TestSpark.ledger(TestSpark.ledgerItem("Q1", "B1", "2024-09-30", "2024-09-20")));

        Map<String, java.util.TreeSet<String>> b1Seen = new TreeMap<>();
        Map<String, java.util.TreeSet<String>> b9Seen = new TreeMap<>();
        for (ComplianceRule rule : RuleBook.enabled(RuleCatalogue.defaults())) {
            for (Row r : rule.evaluate(in).collectAsList()) {
                var target = r.getString(0).equals("B1") ? b1Seen : r.getString(0).equals("B9") ? b9Seen : null;
                if (target != null) {
                    target.computeIfAbsent(rule.ruleId(), k -> new java.util.TreeSet<>()).add(r.getString(5));
                }
            }
        }
        Map<String, String> b1Statuses = new TreeMap<>();
        b1Seen.forEach((k, v) -> b1Statuses.put(k, String.join("+", v)));
        Map<String, String> b9Statuses = new TreeMap<>();
        b9Seen.forEach((k, v) -> b9Statuses.put(k, String.join("+", v)));
        // B1: 12 × 125 = 1,500 minutes ≥ 32 × 45 = 1,440 → study passes; P7's talk counts for the year-end member.
        Map<String, String> expectedB1 = RuleId.ids().stream().collect(Collectors.toMap(id -> id, id -> "PASS", (a, b) -> a, TreeMap::new));
        expectedB1.put(RuleId.RECTIFICATION_ON_TIME.id(), "NOT_APPLICABLE+PASS");
        assertThat(b1Statuses).isEqualTo(expectedB1);
        assertThat(b9Statuses).isEmpty();
    }
}
