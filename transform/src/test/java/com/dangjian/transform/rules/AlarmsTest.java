package com.dangjian.transform.rules;

import static com.dangjian.transform.TestSpark.meetingWith;
import static com.dangjian.transform.TestSpark.org;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import com.dangjian.transform.TestSpark;
import com.dangjian.transform.silver.Membership;

class AlarmsTest {

    @Test
    void openAlarmsNameTheOrganisationRuleSubjectAndSinceWhen() {
        // Window January–June 2024; alarms as of June.
        // B1: elected 2021-06-20 for 3 years → expired 2024-06-20 → ELECTION_OVERDUE since 2024-06-20.
        // B2: elected 2021-08-15 → expires 2024-08-15, within 90 days of 30 June → ELECTION_DUE_SOON.
        // B1: committee meetings (7 full members) in January and February only → NO_COMMITTEE_MEETING since March.
        // B1: ledger item Q1 due 2024-05-31, not completed → RECTIFICATION_OVERDUE since 2024-05-31.
        // B1: P1 never pays January–June → DUES_ARREARS since 2024-01-01 (others pay).
        var orgs = TestSpark.orgs(org("B1", "BRANCH", "2020-01-01", null, "2021-06-20", 3),
                org("B2", "BRANCH", "2020-01-01", null, "2021-08-15", 3));
        Periods window = new Periods(YearMonth.of(2024, 1), YearMonth.of(2024, 6));
        Row[] b1 = TestSpark.fullMembers("B1", 7);
        Dataset<Row> members = TestSpark.members(MeetingCountRuleTest.concat(b1, TestSpark.fullMembers("B2", 3)));
        Dataset<Row> membership = Membership.onDays(members, TestSpark.transfers(), window.monthEnds(TestSpark.spark()));
        Dataset<Row> meetings = TestSpark.meetings(
                meetingWith("c1", "B1", null, "COMMITTEE", "2024-01-10T09:00:00+08:00", null, List.of(), List.of(), List.of(), true),
                meetingWith("c2", "B1", null, "COMMITTEE", "2024-02-10T09:00:00+08:00", null, List.of(), List.of(), List.of(), true));
        List<Row> dues = new ArrayList<>();
        for (int m = 1; m <= 6; m++) {
            String month = String.format("2024-%02d", m);
            for (int i = 0; i < 7; i++) {
                dues.add(TestSpark.dues("B1-P" + i, "B1", month, i == 1 ? null : month + "-05"));
            }
            for (int i = 0; i < 3; i++) {
                dues.add(TestSpark.dues("B2-P" + i, "B2", month, month + "-05"));
            }
        }
        RuleInputs in = RuleInputs.of(TestSpark.spark(), orgs, membership, meetings, window)
                .with(members, TestSpark.groups(), TestSpark.dues(dues.toArray(Row[]::new)), TestSpark.study(),
                        TestSpark.ledger(TestSpark.ledgerItem("Q1", "B1", "2024-05-31", null),
                                TestSpark.ledgerItem("Q2", "B1", "2024-05-31", "2024-05-30")));
        Dataset<Row> results = MeetingCountRule.committeeMonthly().evaluate(in);

        List<String> alarms = Alarms.open(in, results).collectAsList().stream()
                .map(r -> r.getString(0) + " " + r.getString(2) + " " + (r.isNullAt(3) ? "-" : r.getString(3)) + " " + r.getDate(4))
                .sorted().toList();

        assertThat(alarms).containsExactly(
                "B1 DUES_ARREARS B1-P1 2024-01-01",
                "B1 ELECTION_OVERDUE - 2024-06-20",
                "B1 NO_COMMITTEE_MEETING - 2024-03-01",
                "B1 RECTIFICATION_OVERDUE Q1 2024-05-31",
                "B2 ELECTION_DUE_SOON - 2024-08-15");
    }

}
