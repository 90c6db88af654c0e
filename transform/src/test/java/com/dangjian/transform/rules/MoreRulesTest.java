package com.dangjian.transform.rules;

import static com.dangjian.transform.TestSpark.member;
import static com.dangjian.transform.TestSpark.meetingWith;
import static com.dangjian.transform.TestSpark.org;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import com.dangjian.contracts.rules.RuleCatalogue;
import com.dangjian.transform.TestSpark;
import com.dangjian.transform.silver.Membership;

/** The rules beyond 三会一课, each on hand-built rows; expectations worked out in the comments. */
class MoreRulesTest {

    static final Periods H1_2024 = new Periods(YearMonth.of(2024, 1), YearMonth.of(2024, 6));
    static final Periods YEAR_2024 = new Periods(YearMonth.of(2024, 1), YearMonth.of(2024, 12));

    static RuleInputs inputs(Periods window, Dataset<Row> meetings, Row... members) {
        var orgs = TestSpark.orgs(org("B1", "BRANCH", "2020-01-01", null, "2023-01-01", 3));
        Dataset<Row> memberRows = TestSpark.members(members);
        Dataset<Row> membership = Membership.onDays(memberRows, TestSpark.transfers(), window.monthEnds(TestSpark.spark()));
        return RuleInputs.of(TestSpark.spark(), orgs, membership, meetings, window)
                .with(memberRows, TestSpark.groups(), TestSpark.dues(), TestSpark.study(), TestSpark.ledger());
    }

    static List<String> results(ComplianceRule rule, RuleInputs in) {
        return rule.evaluate(in).collectAsList().stream()
                .map(r -> r.getDate(3).toString().substring(0, 7) + " " + r.getString(5) + " "
                        + (r.isNullAt(6) ? "-" : String.format("%.2f", r.getDouble(6))))
                .sorted().toList();
    }

    static Row full(String id) {
        return member(id, "2010-01-01", "2011-01-01", "FULL", "B1", "2023-01-01");
    }

    @Test
    void groupMonthlyScoresTheShareOfGroupsThatMet() {
        // Groups G1, G2; G3 dissolved on 15 February (exists in January only). January: G1 met → 1 of 3.
        // February: G1, G2 met → 2 of 2 (G3 dissolved within the month does not count) → PASS.
        RuleInputs in = inputs(H1_2024, TestSpark.meetings(
                meetingWith("g1", "B1", "G1", "GROUP", "2024-01-10T09:00:00+08:00", null, List.of(), List.of(), List.of(), true),
                meetingWith("g2", "B1", "G1", "GROUP", "2024-02-10T09:00:00+08:00", null, List.of(), List.of(), List.of(), true),
                meetingWith("g3", "B1", "G2", "GROUP", "2024-02-11T09:00:00+08:00", null, List.of(), List.of(), List.of(), true)),
                full("P1"));
        in = in.with(in.members(), TestSpark.groups(TestSpark.group("G1", "B1", null), TestSpark.group("G2", "B1", null),
                TestSpark.group("G3", "B1", "2024-02-15")), in.dues(), in.study(), in.ledger());
        assertThat(results(new GroupMonthlyRule(), in)).startsWith("2024-01 FAIL 0.33", "2024-02 PASS 1.00", "2024-03 FAIL 0.00");
    }

    @Test
    void secretaryLectureCountsOnlyTheSecretarysLectures() {
        // B1's secretary is P1 (set below). 2024: a lecture by P2 only → FAIL; then one by P1 → PASS.
        var orgs = TestSpark.orgs(org("B1", "BRANCH", "2020-01-01", null, "2023-01-01", 3)).withColumn("secretary_member_id",
                org.apache.spark.sql.functions.lit("P1"));
        RuleInputs byOther = inputs(YEAR_2024, TestSpark.meetings(meetingWith("l1", "B1", null, "LECTURE",
                "2024-05-10T09:00:00+08:00", "P2", List.of(), List.of(), List.of(), true)), full("P1"), full("P2"));
        RuleInputs bySecretary = inputs(YEAR_2024, TestSpark.meetings(meetingWith("l2", "B1", null, "LECTURE",
                "2024-05-10T09:00:00+08:00", "P1", List.of(), List.of(), List.of(), true)), full("P1"), full("P2"));
        assertThat(results(new SecretaryLectureRule(), new RuleInputs(byOther.spark(), orgs, byOther.membership(), byOther.meetings(),
                byOther.periods(), byOther.members(), byOther.groups(), byOther.dues(), byOther.study(), byOther.ledger(),
                byOther.catalogue()))).containsExactly("2024-01 FAIL 0.00");
        assertThat(results(new SecretaryLectureRule(), new RuleInputs(bySecretary.spark(), orgs, bySecretary.membership(),
                bySecretary.meetings(), bySecretary.periods(), bySecretary.members(), bySecretary.groups(), bySecretary.dues(),
                bySecretary.study(), bySecretary.ledger(), bySecretary.catalogue()))).containsExactly("2024-01 PASS 1.00");
    }

    @Test
    void talkAndStudyAreSharesOfTheMembersAtYearEnd() {
        // Members P1, P2, P3 at 31 Dec. Talks: P1 and P2 took part → 2/3. Study: P1 1440 min (= 32 × 45) → meets;
        // P2 1439 → does not; P3 none → 1/3.
        RuleInputs in = inputs(YEAR_2024, TestSpark.meetings(meetingWith("t1", "B1", null, "TALK", "2024-06-01T09:00:00+08:00",
                null, List.of(), List.of("P1", "P2"), List.of(), true)), full("P1"), full("P2"), full("P3"));
        in = in.with(in.members(), in.groups(), in.dues(), TestSpark.study(TestSpark.study("P1", "2024-03-01", 1000),
                TestSpark.study("P1", "2024-12-31", 440), TestSpark.study("P2", "2024-04-01", 1439)), in.ledger());
        assertThat(results(MemberShareRule.talkYearly(), in)).containsExactly("2024-01 FAIL 0.67");
        assertThat(results(MemberShareRule.studyHoursYearly(), in)).containsExactly("2024-01 FAIL 0.33");
    }

    @Test
    void duesOnTimeAndSixMonthsOfArrears() {
        // P1 pays every month on the 5th. P2 never pays January–June. P3 pays January late (on 3 February).
        // DUES_ON_TIME January: P1 only → 1/3. DUES_ARREARS_6M: first full 6-month run ends in June → P2 → FAIL in June.
        RuleInputs in = inputs(H1_2024, TestSpark.meetings(), full("P1"), full("P2"), full("P3"));
        List<Row> dues = new java.util.ArrayList<>();
        for (int m = 1; m <= 6; m++) {
            String month = String.format("2024-%02d", m);
            dues.add(TestSpark.dues("P1", "B1", month, month + "-05"));
            dues.add(TestSpark.dues("P2", "B1", month, null));
            dues.add(TestSpark.dues("P3", "B1", month, m == 1 ? "2024-02-03" : month + "-05"));
        }
        in = in.with(in.members(), in.groups(), TestSpark.dues(dues.toArray(Row[]::new)), in.study(), in.ledger());
        assertThat(results(MemberShareRule.duesOnTime(), in)).startsWith("2024-01 FAIL 0.33", "2024-02 FAIL 0.67");
        assertThat(results(MemberStreakRule.duesArrears(), in)).containsExactly(
                "2024-01 PASS 1.00", "2024-02 PASS 1.00", "2024-03 PASS 1.00", "2024-04 PASS 1.00", "2024-05 PASS 1.00",
                "2024-06 FAIL 0.00");
        assertThat(MemberStreakRule.duesArrears().membersInState(in).collectAsList())
                .extracting(r -> r.getString(2) + " since " + r.getDate(3)).containsExactly("P2 since 2024-01-01");
    }

    @Test
    void absenceNeedsSixMonthsEachWithAMeetingMissedWithoutLeave() {
        // Monthly theme days January–June expecting P1 and P2. P1 attends none; P2 attends none but is on leave in March.
        List<Row> meetings = new java.util.ArrayList<>();
        for (int m = 1; m <= 6; m++) {
            meetings.add(meetingWith("t" + m, "B1", null, "THEME_DAY", String.format("2024-%02d-10T09:00:00+08:00", m), null,
                    List.of("P1", "P2"), List.of(), m == 3 ? List.of("P2") : List.of(), true));
        }
        RuleInputs in = inputs(H1_2024, TestSpark.meetings(meetings.toArray(Row[]::new)), full("P1"), full("P2"));
        assertThat(results(MemberStreakRule.absence(), in)).endsWith("2024-05 PASS 1.00", "2024-06 FAIL 0.00");
        assertThat(MemberStreakRule.absence().membersInState(in).collectAsList()).extracting(r -> r.getString(2))
                .containsExactly("P1");
    }

    @Test
    void minutesRectificationBranchSizeAndProbation() {
        // Minutes: January two meetings, one recorded → 0.5; February none → N.A.
        // Ledger: Q1 due in January done on time, Q2 due in January done late → 0.5; nothing due in February → N.A.
        // Size: 2 full + 1 probationary → FAIL (needs 3 full).
        // Probation: P3 joined 2022-06-01, still probationary: grace ends 2023-09-01 < 31 Jan 2024 → overdue → FAIL.
        RuleInputs in = inputs(H1_2024, TestSpark.meetings(
                meetingWith("m1", "B1", null, "THEME_DAY", "2024-01-10T09:00:00+08:00", null, List.of(), List.of(), List.of(), true),
                meetingWith("m2", "B1", null, "COMMITTEE", "2024-01-11T09:00:00+08:00", null, List.of(), List.of(), List.of(), false)),
                full("P1"), full("P2"), member("P3", "2022-06-01", null, "PROBATIONARY", "B1", "2023-01-01"));
        in = in.with(in.members(), in.groups(), in.dues(), in.study(), TestSpark.ledger(
                TestSpark.ledgerItem("Q1", "B1", "2024-01-31", "2024-01-20"), TestSpark.ledgerItem("Q2", "B1", "2024-01-15", "2024-01-16")));
        assertThat(results(new MinutesRecordedRule(), in)).startsWith("2024-01 FAIL 0.50", "2024-02 NOT_APPLICABLE -");
        assertThat(results(new RectificationOnTimeRule(), in)).startsWith("2024-01 FAIL 0.50", "2024-02 NOT_APPLICABLE -");
        assertThat(results(new BranchSizeRule(), in)).startsWith("2024-01 FAIL 0.00");
        assertThat(results(new ProbationReviewRule(), in)).startsWith("2024-01 FAIL 0.00");
        assertThat(new ProbationReviewRule().overdue(in).collectAsList()).extracting(r -> r.getString(2) + " " + r.getDate(3))
                .contains("P3 2023-09-01");
    }

    @Test
    void aRuleSwitchedOffInTheCatalogueLeavesTheResultsAndTheComplianceIndex() throws Exception {
        // B1 January: committee meeting none (FAIL, 7 full members), theme day held (PASS). Only these two rules on:
        // compliance 50. With COMMITTEE_MONTHLY switched off in the YAML: no COMMITTEE rows, compliance 100.
        java.nio.file.Path both = java.nio.file.Files.createTempFile("rules", ".yaml");
        java.nio.file.Files.writeString(both, """
                rules:
                  COMMITTEE_MONTHLY: {enabled: true, weight: 1, minimumFullMembers: 7}
                  THEME_DAY_MONTHLY: {enabled: true, weight: 1}
                """);
        java.nio.file.Path themeOnly = java.nio.file.Files.createTempFile("rules", ".yaml");
        java.nio.file.Files.writeString(themeOnly, """
                rules:
                  COMMITTEE_MONTHLY: {enabled: false, weight: 1, minimumFullMembers: 7}
                  THEME_DAY_MONTHLY: {enabled: true, weight: 1}
                """);
        Row[] seven = TestSpark.fullMembers("B1", 7);
        RuleInputs in = inputs(new Periods(YearMonth.of(2024, 1), YearMonth.of(2024, 1)), TestSpark.meetings(
                meetingWith("t1", "B1", null, "THEME_DAY", "2024-01-10T09:00:00+08:00", null, List.of(), List.of(), List.of(), true)),
                seven);
        assertThat(compliance(in, RuleCatalogue.load(both))).containsExactly("COMMITTEE_MONTHLY THEME_DAY_MONTHLY 50");
        assertThat(compliance(in, RuleCatalogue.load(themeOnly))).containsExactly("THEME_DAY_MONTHLY 100");
    }

    @Test
    void eachRulesOutcomeComputedOnceEqualsItsResultsAndEvidenceComputedApart() {
        // Half a year of B1 with something for every kind of evidence: P2 never pays and P3 has no dues rows (both in
        // arrears in June, both unpaid every month), P1 misses every theme day without leave (absence in June), P3 is
        // an overdue probationer every month, only P1 studies, committee meetings in January and March only. A
        // meeting rule's evidence is the meetings it counted: six theme days, two committee meetings. Study and
        // talks are yearly: no evidence in a half-year window. The night computes each rule's results and evidence
        // from one cached state (RuleOutcome); they must be the rows evaluate() and evidence() give apart.
        List<Row> meetings = new java.util.ArrayList<>();
        List<Row> dues = new java.util.ArrayList<>();
        for (int m = 1; m <= 6; m++) {
            String month = String.format("2024-%02d", m);
            meetings.add(meetingWith("t" + m, "B1", null, "THEME_DAY", month + "-10T09:00:00+08:00", null,
                    List.of("P1", "P2"), List.of("P2"), List.of(), m % 2 == 0));
            if (m % 2 == 1 && m != 5) {
                meetings.add(meetingWith("c" + m, "B1", null, "COMMITTEE", month + "-12T09:00:00+08:00", null,
                        List.of(), List.of(), List.of(), true));
            }
            dues.add(TestSpark.dues("P1", "B1", month, month + "-05"));
            dues.add(TestSpark.dues("P2", "B1", month, null));
        }
        RuleInputs in = inputs(H1_2024, TestSpark.meetings(meetings.toArray(Row[]::new)), full("P1"), full("P2"),
                member("P3", "2022-06-01", null, "PROBATIONARY", "B1", "2023-01-01"));
        in = in.with(in.members(), in.groups(), TestSpark.dues(dues.toArray(Row[]::new)),
                TestSpark.study(TestSpark.study("P1", "2024-03-01", 1500)), in.ledger());
        java.util.Map<String, Long> evidenceRows = new java.util.TreeMap<>();
        for (ComplianceRule rule : RuleBook.enabled(RuleCatalogue.defaults())) {
            RuleOutcome outcome = rule.outcome(in);
            try {
                assertThat(sorted(outcome.results())).as(rule.ruleId() + " results").isEqualTo(sorted(rule.evaluate(in)));
                assertThat(outcome.evidence().map(MoreRulesTest::sorted)).as(rule.ruleId() + " evidence")
                        .isEqualTo(rule.evidence(in).map(MoreRulesTest::sorted));
                outcome.evidence().map(Dataset::count).filter(n -> n > 0).ifPresent(n -> evidenceRows.put(rule.ruleId(), n));
            } finally {
                outcome.release();
            }
        }
        assertThat(evidenceRows).isEqualTo(java.util.Map.of("ABSENCE_6M", 1L, "COMMITTEE_MONTHLY", 2L,
                "DUES_ARREARS_6M", 2L, "DUES_ON_TIME", 12L, "PROBATION_REVIEW_ON_TIME", 6L, "THEME_DAY_MONTHLY", 6L));
    }

    private static List<String> sorted(Dataset<Row> rows) {
        return rows.collectAsList().stream().map(Row::toString).sorted().toList();
    }

    private static List<String> compliance(RuleInputs in, RuleCatalogue catalogue) {
        RuleInputs configured = in.with(catalogue);
        Dataset<Row> results = RuleBook.enabled(catalogue).stream().map(r -> r.evaluate(configured))
                .reduce(Dataset::unionByName).orElseThrow();
        String rules = String.join(" ", results.select("rule_id").distinct().orderBy("rule_id").collectAsList().stream()
                .map(r -> r.getString(0)).toList());
        return com.dangjian.transform.scorecard.OrgScorecardMonthly.build(results, in.organisations(), in.periods(),
                        RuleWeights.of(in.spark(), catalogue)).collectAsList().stream()
                .map(r -> rules + " " + Math.round(r.getDouble(2))).toList();
    }
}
