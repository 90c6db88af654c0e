package com.dangjian.transform.scorecard;

import static com.dangjian.transform.TestSpark.meetingWith;
import static com.dangjian.transform.TestSpark.org;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import com.dangjian.transform.TestSpark;
import com.dangjian.transform.rules.ComplianceRule;
import com.dangjian.transform.rules.Periods;
import com.dangjian.transform.rules.RuleBook;
import com.dangjian.contracts.rules.RuleCatalogue;
import com.dangjian.transform.rules.RuleInputs;
import com.dangjian.transform.rules.RuleWeights;
import com.dangjian.transform.silver.Membership;

/**
 * Who has a scorecard in a month (rules.md "Who is assessed"): branches that existed the whole month with
 * members on its last day; nothing is carried into months after a dissolution. Window January–June 2024.
 * - B1: an ordinary branch (3 full members, a theme day every month).
 * - B2: dissolved on 15 May (mid-quarter): monthly results January–April, Q1 only (Q2 it did not live through),
 *   scorecards January–April, no rank after.
 * - B3: founded on 10 February: monthly results from March, quarterly from Q2, scorecards from March.
 * - B4: members but no meeting at all: engagement 0 (attendance 0, study 0, service 0), never empty.
 * - B5: never had members: not assessed, no scorecard.
 */
class WhoIsScoredTest {

    static final Periods H1 = new Periods(YearMonth.of(2024, 1), YearMonth.of(2024, 6));

    @Test
    void onlyBranchesThatExistAllMonthWithMembersAreScoredAndEngagementIsNeverEmpty() {
        var orgs = TestSpark.orgs(org("B1", "BRANCH", "2020-01-01", null, "2023-01-01", 3),
                org("B2", "BRANCH", "2020-01-01", "2024-05-15", "2023-01-01", 3),
                org("B3", "BRANCH", "2024-02-10", null, "2024-02-10", 3),
                org("B4", "BRANCH", "2020-01-01", null, "2023-01-01", 3),
                org("B5", "BRANCH", "2020-01-01", null, "2023-01-01", 3));
        List<Row> meetings = new ArrayList<>();
        for (int m = 1; m <= 6; m++) {
            for (String b : List.of("B1", "B2", "B3")) {
                meetings.add(meetingWith(b + "-T" + m, b, null, "THEME_DAY", String.format("2024-%02d-10T09:00:00+08:00", m), null,
                        List.of(b + "-P0"), List.of(b + "-P0"), List.of(), true));
            }
        }
        Row[] members = Stream.of("B1", "B2", "B3", "B4").flatMap(b -> Stream.of(TestSpark.fullMembers(b, 3))).toArray(Row[]::new);
        Dataset<Row> memberRows = TestSpark.members(members);
        Dataset<Row> membership = Membership.onDays(memberRows, TestSpark.transfers(), H1.monthEnds(TestSpark.spark()));
        RuleInputs in = RuleInputs.of(TestSpark.spark(), orgs, membership, TestSpark.meetings(meetings.toArray(Row[]::new)), H1)
                .with(memberRows, TestSpark.groups(), TestSpark.dues(), TestSpark.study(), TestSpark.ledger());
        RuleCatalogue catalogue = RuleCatalogue.defaults();
        List<ComplianceRule> rules = RuleBook.enabled(catalogue);
        Dataset<Row> results = rules.stream().map(r -> r.evaluate(in)).reduce(Dataset::unionByName).orElseThrow().cache();

        // Rule results: B2's last month is April (POINT, monthly); its quarters: Q1 only. B3's first month is March
        // (monthly), its first quarter Q2; POINT from February (it exists on 29 February). B5: nothing.
        assertThat(periods(results, "B2", "MONTH")).containsExactly("2024-01", "2024-02", "2024-03", "2024-04");
        assertThat(periods(results, "B2", "POINT")).containsExactly("2024-01", "2024-02", "2024-03", "2024-04");
        assertThat(periods(results, "B2", "QUARTER")).containsExactly("2024-01");
        assertThat(periods(results, "B3", "MONTH")).containsExactly("2024-03", "2024-04", "2024-05", "2024-06");
        assertThat(periods(results, "B3", "QUARTER")).containsExactly("2024-04");
        assertThat(periods(results, "B3", "POINT")).containsExactly("2024-02", "2024-03", "2024-04", "2024-05", "2024-06");
        assertThat(results.where("org_code = 'B5'").count()).isZero();

        Dataset<Row> engagement = Engagement.monthly(in);
        Dataset<Row> evaluation = Evaluation.monthly(engagement.select("org_code", "month"),
                TestSpark.spark().createDataFrame(List.of(), new org.apache.spark.sql.types.StructType()
                        .add("org_code", "string").add("quarter_start", "date").add("score", "double")),
                TestSpark.spark().createDataFrame(List.of(), new org.apache.spark.sql.types.StructType()
                        .add("org_code", "string").add("year", "int").add("score", "double")), catalogue);
        Dataset<Row> memberCounts = in.branchSizes().select(org.apache.spark.sql.functions.col("org_code"),
                org.apache.spark.sql.functions.trunc(org.apache.spark.sql.functions.col("day"), "month").as("month"),
                org.apache.spark.sql.functions.col("members").cast("long").as("members"));
        List<Row> cards = OrgScorecardMonthly.build(results, orgs, H1, RuleWeights.of(TestSpark.spark(), catalogue), engagement,
                evaluation, memberCounts, catalogue).where("org_type = 'BRANCH'").collectAsList();

        assertThat(months(cards, "B1")).containsExactly("2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06");
        assertThat(months(cards, "B2")).containsExactly("2024-01", "2024-02", "2024-03", "2024-04");
        assertThat(months(cards, "B3")).containsExactly("2024-03", "2024-04", "2024-05", "2024-06");
        assertThat(months(cards, "B4")).hasSize(6);
        assertThat(months(cards, "B5")).isEmpty();
        // Every scored branch has an engagement index; B4's is 0 with each part 0.
        assertThat(cards).allSatisfy(c -> assertThat(c.isNullAt(c.fieldIndex("engagement_index"))).isFalse());
        assertThat(cards.stream().filter(c -> c.getString(0).equals("B4")).toList()).allSatisfy(c -> {
            assertThat(c.getDouble(c.fieldIndex("engagement_index"))).isZero();
            assertThat(c.getDouble(c.fieldIndex("attendance"))).isZero();
            assertThat(c.getDouble(c.fieldIndex("study"))).isZero();
            assertThat(c.getDouble(c.fieldIndex("service"))).isZero();
        });
        // Ranks: May and June rank B1, B3, B4 only (3 ranked), January and February B1, B2, B4.
        assertThat(cards.stream().filter(c -> c.getDate(1).toString().startsWith("2024-05")).map(c -> c.getInt(6)).sorted().toList())
                .containsExactly(1, 2, 3);
        assertThat(cards.stream().filter(c -> c.getDate(1).toString().startsWith("2024-01")).map(c -> c.getString(0)).sorted().toList())
                .containsExactly("B1", "B2", "B4");
    }

    private static List<String> periods(Dataset<Row> results, String org, String type) {
        return results.where("org_code = '" + org + "' AND period_type = '" + type + "'").select("period_start").distinct()
                .collectAsList().stream().map(r -> r.getDate(0).toString().substring(0, 7)).sorted().toList();
    }

    private static List<String> months(List<Row> cards, String org) {
        return cards.stream().filter(c -> c.getString(0).equals(org)).map(c -> c.getDate(1).toString().substring(0, 7)).sorted().toList();
    }
}
