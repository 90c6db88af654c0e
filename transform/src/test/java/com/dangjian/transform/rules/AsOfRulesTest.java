package com.dangjian.transform.rules;

import static com.dangjian.transform.TestSpark.d;
import static com.dangjian.transform.TestSpark.member;
import static com.dangjian.transform.TestSpark.meetingWith;
import static com.dangjian.transform.TestSpark.orgVersion;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

import com.dangjian.transform.SparkSchemas;
import com.dangjian.transform.TestSpark;
import com.dangjian.transform.silver.FileSourcesSilver;
import com.dangjian.transform.silver.Membership;
import com.dangjian.transform.silver.OrganisationHistory;
import com.dangjian.contracts.bronze.BronzeSchemas;

/**
 * Rules checked at a month's end see the state on that day, from the records' own dates — never a later
 * version applied backwards (docs/rules-decisions.md, "as of the day assessed"). Each case is worked by hand.
 */
class AsOfRulesTest {

    static final Periods H1_2024 = new Periods(YearMonth.of(2024, 1), YearMonth.of(2024, 6));

    /** B1 with three full members; the organisation's versions as given (the latest is the current row). */
    static RuleInputs inputs(Periods window, Dataset<Row> meetings, Row... versions) {
        Dataset<Row> units = TestSpark.orgUnits(versions);
        Dataset<Row> history = OrganisationHistory.build(units);
        Dataset<Row> current = history.where("is_current").drop("valid_from", "valid_to", "is_current");
        Dataset<Row> members = TestSpark.members(TestSpark.fullMembers("B1", 3));
        Dataset<Row> membership = Membership.onDays(members, TestSpark.transfers(), window.monthEnds(TestSpark.spark()));
        RuleInputs in = RuleInputs.of(TestSpark.spark(), current, membership, meetings, window)
                .with(members, TestSpark.groups(), TestSpark.dues(), TestSpark.study(), TestSpark.ledger());
        return in.withHistory(history, in.ledgerSnapshots());
    }

    static List<String> results(ComplianceRule rule, RuleInputs in) {
        return rule.evaluate(in).collectAsList().stream()
                .map(r -> r.getDate(3).toString().substring(0, 7) + " " + r.getString(5))
                .sorted().toList();
    }

    @Test
    void anElectionIsJudgedByTheRegistryVersionInForceOnTheDay() {
        // v1 (seen 2024-01-01): elected 2021-01-10 for 3 years → expired 2024-01-10. v2 (seen 2024-04-05): re-elected
        // 2024-04-01. January–March ends: v1 in force → FAIL. April–June: v2 → PASS. The re-election does not pass
        // the months in which the term had run out.
        RuleInputs in = inputs(H1_2024, TestSpark.meetings(),
                orgVersion("B1", "2021-01-10", 3, null, "2024-01-01T09:00:00+08:00"),
                orgVersion("B1", "2024-04-01", 3, null, "2024-04-05T09:00:00+08:00"));
        assertThat(results(new ElectionOnTimeRule(), in)).containsExactly(
                "2024-01 FAIL", "2024-02 FAIL", "2024-03 FAIL", "2024-04 PASS", "2024-05 PASS", "2024-06 PASS");
    }

    @Test
    void anElectionAfterTheDayInTheOnlyVersionKnownSaysNothingAboutThatDay() {
        // The first night sees only the re-election of 2024-04-01: the term running on 31 January–31 March is unknown
        // → NOT_APPLICABLE (never a pass invented from the later election, never a fail invented from nothing).
        RuleInputs in = inputs(H1_2024, TestSpark.meetings(),
                orgVersion("B1", "2024-04-01", 3, null, "2024-06-30T09:00:00+08:00"));
        assertThat(results(new ElectionOnTimeRule(), in)).containsExactly(
                "2024-01 NOT_APPLICABLE", "2024-02 NOT_APPLICABLE", "2024-03 NOT_APPLICABLE",
                "2024-04 PASS", "2024-05 PASS", "2024-06 PASS");
    }

    @Test
    void aLectureCountsForTheSecretaryOfTheDayItWasGiven() {
        // P1 was secretary until the registry showed P2 on 2024-09-01; P1 lectured on 2024-05-10 → 2024 PASS.
        // Judged by today's secretary (P2) it would fail.
        Periods year = new Periods(YearMonth.of(2024, 1), YearMonth.of(2024, 12));
        RuleInputs in = inputs(year, TestSpark.meetings(meetingWith("L1", "B1", null, "LECTURE", "2024-05-10T09:00:00+08:00",
                        "P1", List.of(), List.of(), List.of(), true)),
                orgVersion("B1", "2023-01-01", 3, "P1", "2024-01-01T09:00:00+08:00"),
                orgVersion("B1", "2023-01-01", 3, "P2", "2024-09-01T09:00:00+08:00"));
        assertThat(results(new SecretaryLectureRule(), in)).containsExactly("2024-01 PASS");
        assertThat(new SecretaryLectureRule().evidence(in).orElseThrow().collectAsList())
                .extracting(r -> r.getString(3)).containsExactly("L1");
    }

    @Test
    void aDeadlineExtendedLaterLeavesTheMonthItFellDueFailed() {
        // Snapshot of 2024-02-01: Q1 due 2024-03-31. Snapshot of 2024-04-10: due 2024-06-30. Snapshot of 2024-06-25
        // (the newest): due 2024-06-30, completed 2024-06-20. March: due then, not done by 31 March → FAIL 0/1.
        // April, May: nothing due → N.A. June: due 30 June, done 20 June → PASS.
        RuleInputs base = inputs(H1_2024, TestSpark.meetings(), orgVersion("B1", "2023-01-01", 3, null, "2024-01-01T09:00:00+08:00"));
        Row latest = TestSpark.ledgerItem("Q1", "B1", "2024-06-30", "2024-06-20");
        Dataset<Row> snapshots = TestSpark.spark().createDataFrame(List.of(
                RowFactory.create("Q1", d("2024-03-31"), d("2024-02-01")),
                RowFactory.create("Q1", d("2024-06-30"), d("2024-04-10")),
                RowFactory.create("Q1", d("2024-06-30"), d("2024-06-25"))),
                new org.apache.spark.sql.types.StructType().add("item_id", "string").add("deadline", "date").add("snapshot_on", "date"));
        RuleInputs in = base.with(base.members(), base.groups(), base.dues(), base.study(), TestSpark.ledger(latest))
                .withHistory(base.organisationHistory(), snapshots);
        assertThat(results(new RectificationOnTimeRule(), in)).containsExactly(
                "2024-01 NOT_APPLICABLE", "2024-02 NOT_APPLICABLE", "2024-03 FAIL", "2024-04 NOT_APPLICABLE",
                "2024-05 NOT_APPLICABLE", "2024-06 PASS");
    }

    @Test
    void duesPaidBackLateLeaveTheMonthsWhenTheyWereUnpaidAsTheyWere() {
        // P1 pays nothing January–June (the June file lists the six months unpaid); the July file repeats the six rows
        // with all of them paid on 5 July. The night of 30 June: June's end has six months unpaid → FAIL. The night of
        // 31 July (the repayment landed): June's end still had six unpaid months → FAIL, unchanged; July PASS.
        // B1-P1 and B1-P2 pay every month on the 5th.
        List<Row> june = new ArrayList<>();
        List<Row> july = new ArrayList<>();
        for (int m = 1; m <= 7; m++) {
            String month = String.format("2024-%02d", m);
            for (String paying : List.of("B1-P1", "B1-P2")) {
                (m < 7 ? june : july).add(RowFactory.create(paying, "B1", d(month + "-01"), 1000L, 1000L, d(month + "-05"), "线上",
                        "dues-2024" + month.substring(5) + ".csv", (long) m));
            }
            if (m < 7) {
                june.add(RowFactory.create("B1-P0", "B1", d(month + "-01"), 1000L, null, null, null, "dues-202406.csv", (long) m));
                july.add(RowFactory.create("B1-P0", "B1", d(month + "-01"), 1000L, 1000L, d("2024-07-05"), "线上", "dues-202407.csv",
                        (long) m));
            }
        }
        Dataset<Row> juneDues = bronzeDues(june);
        List<Row> both = new ArrayList<>(june);
        both.addAll(july);
        Dataset<Row> julyDues = bronzeDues(both);
        RuleInputs night1 = withDues(inputs(H1_2024, TestSpark.meetings(), orgVersion("B1", "2023-01-01", 3, null,
                "2024-01-01T09:00:00+08:00")), juneDues);
        RuleInputs night2 = withDues(inputs(new Periods(YearMonth.of(2024, 1), YearMonth.of(2024, 7)), TestSpark.meetings(),
                orgVersion("B1", "2023-01-01", 3, null, "2024-01-01T09:00:00+08:00")), julyDues);
        assertThat(results(MemberStreakRule.duesArrears(), night1)).endsWith("2024-06 FAIL");
        assertThat(results(MemberStreakRule.duesArrears(), night2)).endsWith("2024-06 FAIL", "2024-07 PASS");
        assertThat(results(MemberShareRule.duesOnTime(), night2)).startsWith("2024-01 FAIL");
    }

    private static Dataset<Row> bronzeDues(List<Row> rows) {
        return FileSourcesSilver.dues(TestSpark.spark().createDataFrame(rows, SparkSchemas.of(BronzeSchemas.DUES)));
    }

    private static RuleInputs withDues(RuleInputs in, Dataset<Row> dues) {
        return in.with(in.members(), in.groups(), dues, in.study(), in.ledger()).withHistory(in.organisationHistory(),
                in.ledgerSnapshots());
    }

    @Test
    void aBackdatedTransferCountsFromItsOwnDateAndRegistryVersionsFromTheirs() {
        // P1: the registry first showed B1; a transfer B1 → B2 effective 1 March arrives later (recorded 10 June):
        // it says the member belonged to B2 from 1 March, so the months from March's end count P1 in B2 (documented:
        // a transfer's own date governs). P2: no transfer record; the registry showed B1 until 20 April, then B2
        // → B1 at January–March's ends, B2 from April's. P3: shown LEFT on 10 March, the row edited again on 2 May
        // → counted at January's and February's end only (the first day it said LEFT, not the later edit).
        Dataset<Row> versions = TestSpark.members(
                member("P1", "2010-01-01", "2011-01-01", "FULL", "B1", "2024-01-01"),
                member("P1", "2010-01-01", "2011-01-01", "FULL", "B2", "2024-06-10"),
                member("P2", "2010-01-01", "2011-01-01", "FULL", "B1", "2024-01-01"),
                member("P2", "2010-01-01", "2011-01-01", "FULL", "B2", "2024-04-20"),
                member("P3", "2010-01-01", "2011-01-01", "FULL", "B1", "2024-01-01"),
                member("P3", "2010-01-01", "2011-01-01", "LEFT", "B1", "2024-03-10"),
                member("P3", "2010-01-01", "2011-01-01", "LEFT", "B1", "2024-05-02"));
        Dataset<Row> current = TestSpark.members(
                member("P1", "2010-01-01", "2011-01-01", "FULL", "B2", "2024-06-10"),
                member("P2", "2010-01-01", "2011-01-01", "FULL", "B2", "2024-04-20"),
                member("P3", "2010-01-01", "2011-01-01", "LEFT", "B1", "2024-05-02"));
        Dataset<Row> transfers = TestSpark.transfers(TestSpark.transfer("T1", "P1", "B1", "B2", "2024-03-01"));
        List<String> r = Membership.onDays(current, versions, transfers, H1_2024.monthEnds(TestSpark.spark())).collectAsList()
                .stream().map(x -> x.getString(0) + " " + x.getDate(1).toString().substring(0, 7) + " " + x.getString(2))
                .sorted().toList();
        assertThat(r).containsExactly(
                "P1 2024-01 B1", "P1 2024-02 B1", "P1 2024-03 B2", "P1 2024-04 B2", "P1 2024-05 B2", "P1 2024-06 B2",
                "P2 2024-01 B1", "P2 2024-02 B1", "P2 2024-03 B1", "P2 2024-04 B2", "P2 2024-05 B2", "P2 2024-06 B2",
                "P3 2024-01 B1", "P3 2024-02 B1");
    }
}
