package com.dangjian.transform.rules;

import static com.dangjian.transform.TestSpark.fullMembers;
import static com.dangjian.transform.TestSpark.meeting;
import static com.dangjian.transform.TestSpark.org;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import com.dangjian.contracts.rules.RuleCatalogue;
import com.dangjian.contracts.rules.RuleId;
import com.dangjian.transform.TestSpark;
import com.dangjian.transform.silver.Membership;

/** 三会一课 and 主题党日 count rules on hand-built rows; every expectation is worked out in the comments. */
class MeetingCountRuleTest {

    static final Periods Q1_TO_Q2 = new Periods(YearMonth.of(2024, 1), YearMonth.of(2024, 6));

    static RuleInputs inputs(Dataset<Row> orgs, Dataset<Row> meetings, Row... members) {
        Dataset<Row> membership = Membership.onDays(TestSpark.members(members), TestSpark.transfers(),
                Q1_TO_Q2.monthEnds(TestSpark.spark()));
        return RuleInputs.of(TestSpark.spark(), orgs, membership, meetings, Q1_TO_Q2);
    }

    /** "org period status actual" for each result row, sorted. */
    static List<String> results(ComplianceRule rule, RuleInputs in) {
        return rule.evaluate(in).collectAsList().stream()
                .map(r -> r.getString(0) + " " + r.getDate(3) + " " + r.getString(5) + " " + (r.isNullAt(8) ? "-" : (long) r.getDouble(8)))
                .sorted().toList();
    }

    static Row[] concat(Row[]... parts) {
        return Stream.of(parts).flatMap(Arrays::stream).toArray(Row[]::new);
    }

    @Test
    void committeeMonthlyPassesFailsAndIsNotApplicableBelowSevenFullMembers() {
        // B1: 7 full members, committee meeting in January only. B2: 6 full members (secretary, no committee).
        var orgs = TestSpark.orgs(org("B1", "BRANCH", "2020-01-01", null, "2023-01-01", 3),
                org("B2", "BRANCH", "2020-01-01", null, "2023-01-01", 3));
        var meetings = TestSpark.meetings(
                meeting("M1", "B1", "COMMITTEE", "2024-01-10T09:00:00+08:00", "2024-01-10T12:00:00+08:00", false),
                meeting("M2", "B2", "COMMITTEE", "2024-01-11T09:00:00+08:00", "2024-01-11T12:00:00+08:00", false));
        List<String> r = results(MeetingCountRule.committeeMonthly(), inputs(orgs, meetings,
                concat(fullMembers("B1", 7), fullMembers("B2", 6))));
        assertThat(r).contains(
                "B1 2024-01-01 PASS 1",
                "B1 2024-02-01 FAIL 0",
                "B2 2024-01-01 NOT_APPLICABLE 1",
                "B2 2024-02-01 NOT_APPLICABLE 0");
        assertThat(r).hasSize(12); // 2 branches × 6 months
    }

    @Test
    void aMeetingBelongsToTheMonthOfItsChinaTimeDay() {
        // 23:30 on 31 January in China is January; 16:30 UTC on 31 January is 00:30 on 1 February in China.
        var orgs = TestSpark.orgs(org("B1", "BRANCH", "2020-01-01", null, "2023-01-01", 3));
        var meetings = TestSpark.meetings(
                meeting("M1", "B1", "THEME_DAY", "2024-01-31T23:30:00+08:00", "2024-02-01T08:00:00+08:00", false),
                meeting("M2", "B1", "THEME_DAY", "2024-02-29T16:30:00Z", "2024-03-01T08:00:00+08:00", false));
        List<String> r = results(MeetingCountRule.themeDayMonthly(), inputs(orgs, meetings, fullMembers("B1", 3)));
        assertThat(r).containsExactly(
                "B1 2024-01-01 PASS 1",
                "B1 2024-02-01 FAIL 0",
                "B1 2024-03-01 PASS 1",
                "B1 2024-04-01 FAIL 0",
                "B1 2024-05-01 FAIL 0",
                "B1 2024-06-01 FAIL 0");
    }

    @Test
    void theLatestVersionOfAMeetingDecidesAndADeletedOneDoesNotCount() {
        // M1: sent, withdrawn, re-sent → counts once (January). M2: sent twice then withdrawn → does not count (February).
        // M3 sent twice (a correction moving it from March to April) → counts in April only.
        var orgs = TestSpark.orgs(org("B1", "BRANCH", "2020-01-01", null, "2023-01-01", 3));
        var meetings = TestSpark.meetings(
                meeting("M1", "B1", "THEME_DAY", "2024-01-05T09:00:00+08:00", "2024-01-05T10:00:00+08:00", false),
                meeting("M1", "B1", "THEME_DAY", "2024-01-05T09:00:00+08:00", "2024-01-06T10:00:00+08:00", true),
                meeting("M1", "B1", "THEME_DAY", "2024-01-05T09:00:00+08:00", "2024-01-07T10:00:00+08:00", false),
                meeting("M2", "B1", "THEME_DAY", "2024-02-05T09:00:00+08:00", "2024-02-05T10:00:00+08:00", false),
                meeting("M2", "B1", "THEME_DAY", "2024-02-05T09:00:00+08:00", "2024-02-06T10:00:00+08:00", false),
                meeting("M2", "B1", "THEME_DAY", "2024-02-05T09:00:00+08:00", "2024-02-07T10:00:00+08:00", true),
                meeting("M3", "B1", "THEME_DAY", "2024-03-05T09:00:00+08:00", "2024-03-05T10:00:00+08:00", false),
                meeting("M3", "B1", "THEME_DAY", "2024-04-05T09:00:00+08:00", "2024-04-06T10:00:00+08:00", false));
        List<String> r = results(MeetingCountRule.themeDayMonthly(), inputs(orgs, meetings, fullMembers("B1", 3)));
        assertThat(r).containsExactly(
                "B1 2024-01-01 PASS 1",
                "B1 2024-02-01 FAIL 0",
                "B1 2024-03-01 FAIL 0",
                "B1 2024-04-01 PASS 1",
                "B1 2024-05-01 FAIL 0",
                "B1 2024-06-01 FAIL 0");
    }

    @Test
    void oneMeetingServingTwoPurposesCountsForEachOfItsRecords() {
        // The platform sends a theme day that was also a lecture as two records: the theme-day rule sees one.
        var orgs = TestSpark.orgs(org("B1", "BRANCH", "2020-01-01", null, "2023-01-01", 3));
        var meetings = TestSpark.meetings(
                meeting("M1", "B1", "THEME_DAY", "2024-01-05T09:00:00+08:00", "2024-01-05T10:00:00+08:00", false),
                meeting("M1-L", "B1", "LECTURE", "2024-01-05T09:00:00+08:00", "2024-01-05T10:00:00+08:00", false));
        List<String> r = results(MeetingCountRule.themeDayMonthly(), inputs(orgs, meetings, fullMembers("B1", 3)));
        assertThat(r.get(0)).isEqualTo("B1 2024-01-01 PASS 1");
    }

    @Test
    void onlyBranchesThatExistedTheWholePeriodAreAssessed() {
        // B1 dissolved on 15 February: assessed in January only. B2 founded on 10 January: from February.
        // A general branch is never assessed by a branch rule. (Both branches have members: one without is never assessed.)
        var orgs = TestSpark.orgs(org("B1", "BRANCH", "2020-01-01", "2024-02-15", "2023-01-01", 3),
                org("B2", "BRANCH", "2024-01-10", null, "2024-01-10", 3),
                org("G1", "GENERAL_BRANCH", "2020-01-01", null, "2023-01-01", 3));
        var meetings = TestSpark.meetings(
                meeting("M1", "B2", "THEME_DAY", "2024-01-20T09:00:00+08:00", "2024-01-20T10:00:00+08:00", false));
        List<String> r = results(MeetingCountRule.themeDayMonthly(), inputs(orgs, meetings,
                concat(fullMembers("B1", 3), fullMembers("B2", 3))));
        assertThat(r).containsExactly(
                "B1 2024-01-01 FAIL 0",
                "B2 2024-02-01 FAIL 0",
                "B2 2024-03-01 FAIL 0",
                "B2 2024-04-01 FAIL 0",
                "B2 2024-05-01 FAIL 0",
                "B2 2024-06-01 FAIL 0");
    }

    @Test
    void assemblyQuarterlyCountsByChinaTimeQuarter() {
        // 23:59 on 31 March (China) is Q1; 00:00 on 1 April (China) is Q2.
        var orgs = TestSpark.orgs(org("B1", "BRANCH", "2020-01-01", null, "2023-01-01", 3),
                org("B2", "BRANCH", "2020-01-01", null, "2023-01-01", 3));
        var meetings = TestSpark.meetings(
                meeting("A1", "B1", "BRANCH_ASSEMBLY", "2024-03-31T23:59:00+08:00", "2024-04-01T09:00:00+08:00", false),
                meeting("A2", "B2", "BRANCH_ASSEMBLY", "2024-04-01T00:00:00+08:00", "2024-04-01T09:00:00+08:00", false),
                meeting("A3", "B2", "BRANCH_ASSEMBLY", "2024-05-01T00:00:00+08:00", "2024-05-01T09:00:00+08:00", false));
        List<String> r = results(MeetingCountRule.assemblyQuarterly(), inputs(orgs, meetings,
                concat(fullMembers("B1", 3), fullMembers("B2", 3))));
        assertThat(r).containsExactly(
                "B1 2024-01-01 PASS 1",
                "B1 2024-04-01 FAIL 0",
                "B2 2024-01-01 FAIL 0",
                "B2 2024-04-01 PASS 2");
    }

    @Test
    void resultsCarryTheirPeriodTypeAndBounds() {
        var orgs = TestSpark.orgs(org("B1", "BRANCH", "2020-01-01", null, "2023-01-01", 3));
        Row first = MeetingCountRule.assemblyQuarterly().evaluate(inputs(orgs, TestSpark.meetings(), fullMembers("B1", 3)))
                .orderBy("period_start").first();
        assertThat(new ArrayList<>(List.of(first.getString(1), first.getString(2), first.getDate(3).toString(),
                first.getDate(4).toString()))).containsExactly("ASSEMBLY_QUARTERLY", "QUARTER", "2024-01-01", "2024-03-31");
    }

    @Test
    void theProgressOfThePeriodInProgressCountsWhatWasHeldSoFar() {
        // As of 15 March 2024 (window January–February): B1 (7 full members) held a committee meeting on 10 February,
        // an assembly on 20 January and a theme day on 5 March, no lecture. March: committee 0 of 1, theme day 1 of 1;
        // Q1: assembly 1 of 1, lecture 0 of 1. B2 (3 full members) has no committee: no committee row.
        var orgs = TestSpark.orgs(org("B1", "BRANCH", "2020-01-01", null, "2023-01-01", 3),
                org("B2", "BRANCH", "2020-01-01", null, "2023-01-01", 3));
        var meetings = TestSpark.meetings(
                meeting("C", "B1", "COMMITTEE", "2024-02-10T09:00:00+08:00", "2024-02-10T12:00:00+08:00", false),
                meeting("A", "B1", "BRANCH_ASSEMBLY", "2024-01-20T09:00:00+08:00", "2024-01-20T12:00:00+08:00", false),
                meeting("T", "B1", "THEME_DAY", "2024-03-05T09:00:00+08:00", "2024-03-05T12:00:00+08:00", false));
        Periods janFeb = new Periods(YearMonth.of(2024, 1), YearMonth.of(2024, 2));
        Dataset<Row> membership = Membership.onDays(TestSpark.members(concat(fullMembers("B1", 7), fullMembers("B2", 3))),
                TestSpark.transfers(), janFeb.monthEnds(TestSpark.spark()));
        RuleInputs in = RuleInputs.of(TestSpark.spark(), orgs, membership, meetings, janFeb);
        java.time.LocalDate asOf = java.time.LocalDate.of(2024, 3, 15);
        assertThat(progress(RuleBook.enabled(RuleCatalogue.defaults()), in, asOf)).containsExactly(
                "B1 ASSEMBLY_QUARTERLY 2024-01-01 1/1", "B1 COMMITTEE_MONTHLY 2024-03-01 0/1", "B1 LECTURE_QUARTERLY 2024-01-01 0/1",
                "B1 THEME_DAY_MONTHLY 2024-03-01 1/1", "B2 ASSEMBLY_QUARTERLY 2024-01-01 0/1", "B2 LECTURE_QUARTERLY 2024-01-01 0/1",
                "B2 THEME_DAY_MONTHLY 2024-03-01 0/1");
        // Switched off in the catalogue, a rule is not due.
        var noLecture = new RuleCatalogue(new java.util.LinkedHashMap<>(RuleCatalogue.defaults().rules()), null, null);
        noLecture.rules().computeIfPresent(RuleId.LECTURE_QUARTERLY.id(), (k, r) -> new RuleCatalogue.RuleSettings(r.id(), false,
                r.weight(), r.name(), r.nameEn(), r.requirement(), r.citation(), r.node()));
        assertThat(progress(RuleBook.enabled(noLecture), in, asOf)).noneMatch(p -> p.contains("LECTURE"))
                .anyMatch(p -> p.contains("COMMITTEE_MONTHLY"));
    }

    private static List<String> progress(List<ComplianceRule> rules, RuleInputs in, java.time.LocalDate asOf) {
        return rules.stream().map(r -> r.progress(in, asOf)).flatMap(java.util.Optional::stream).reduce(Dataset::unionByName)
                .orElseThrow().collectAsList().stream()
                .map(r -> r.getString(0) + " " + r.getString(1) + " " + r.getDate(3) + " " + (long) r.getDouble(7) + "/" + (long) r.getDouble(6))
                .sorted().toList();
    }
}
