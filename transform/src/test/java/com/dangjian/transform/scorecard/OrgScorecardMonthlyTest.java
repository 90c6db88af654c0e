package com.dangjian.transform.scorecard;

import static com.dangjian.transform.TestSpark.d;
import static com.dangjian.transform.TestSpark.org;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

import com.dangjian.transform.TestSpark;
import com.dangjian.transform.rules.ComplianceRule;
import com.dangjian.transform.rules.Periods;

class OrgScorecardMonthlyTest {

    static Row result(String org, String rule, String type, String start, String end, String status, Double score) {
        return RowFactory.create(org, rule, type, d(start), d(end), status, score, 1.0, score, null);
    }

    @Test
    void complianceIsTheMeanOfApplicableRulesAndRanksBreakTiesByComplianceThenCode() {
        // April 2024. Monthly rule in April; the quarterly rule's status in April is Q1's (the quarter before).
        // B1: monthly PASS (1), Q1 FAIL (0)           → compliance 50
        // B2: monthly NOT_APPLICABLE, Q1 PASS (1)     → compliance 100 (N.A. left out)
        // B3: monthly PASS, Q1 FAIL                   → 50, ties B1 → B1 before B3 by org_code
        // March is Q1's last month, so Q1 applies there too.
        var results = TestSpark.spark().createDataFrame(List.of(
                result("B1", "M", "MONTH", "2024-04-01", "2024-04-30", "PASS", 1.0),
                result("B1", "Q", "QUARTER", "2024-01-01", "2024-03-31", "FAIL", 0.0),
                result("B2", "M", "MONTH", "2024-04-01", "2024-04-30", "NOT_APPLICABLE", null),
                result("B2", "Q", "QUARTER", "2024-01-01", "2024-03-31", "PASS", 1.0),
                result("B3", "M", "MONTH", "2024-04-01", "2024-04-30", "PASS", 1.0),
                result("B3", "Q", "QUARTER", "2024-01-01", "2024-03-31", "FAIL", 0.0),
                result("B1", "M", "MONTH", "2024-03-01", "2024-03-31", "PASS", 1.0),
                result("B2", "M", "MONTH", "2024-03-01", "2024-03-31", "FAIL", 0.0),
                result("B3", "M", "MONTH", "2024-03-01", "2024-03-31", "PASS", 1.0)), ComplianceRule.RESULT);
        var orgs = TestSpark.orgs(org("B1", "BRANCH", "2020-01-01", null, null, 3),
                org("B2", "BRANCH", "2020-01-01", null, null, 3), org("B3", "BRANCH", "2020-01-01", null, null, 3));
        List<String> r = OrgScorecardMonthly.build(results, orgs, new Periods(YearMonth.of(2024, 3), YearMonth.of(2024, 4)))
                .collectAsList().stream()
                .map(x -> x.getString(0) + " " + x.getDate(1) + " c=" + Math.round(x.getDouble(2)) + " o="
                        + Math.round(x.getDouble(5)) + " rank=" + x.getInt(6) + " change=" + (x.isNullAt(8) ? "-" : x.get(8)))
                .sorted().toList();
        // March: B1 (1+0)/2=50, B2 (0+1)/2=50, B3 50 → all tie on score and compliance → by code.
        assertThat(r).containsExactly(
                "B1 2024-03-01 c=50 o=50 rank=1 change=-",
                "B1 2024-04-01 c=50 o=50 rank=2 change=-1",
                "B2 2024-03-01 c=50 o=50 rank=2 change=-",
                "B2 2024-04-01 c=100 o=100 rank=1 change=1",
                "B3 2024-03-01 c=50 o=50 rank=3 change=-",
                "B3 2024-04-01 c=50 o=50 rank=3 change=0");
    }

    @Test
    void aCommitteeIsRankedAmongCommitteesOfItsOwnLevelNeverAgainstItsParent() {
        // C0 (top) over C1 (a committee under a committee) over B1, and over B2 directly. April 2024: B1 passes, B2 fails.
        // C0 is the only top committee and C1 the only committee below one: each is first of one; the branches rank together.
        var results = TestSpark.spark().createDataFrame(List.of(
                result("B1", "M", "MONTH", "2024-04-01", "2024-04-30", "PASS", 1.0),
                result("B2", "M", "MONTH", "2024-04-01", "2024-04-30", "FAIL", 0.0)), ComplianceRule.RESULT);
        var orgs = TestSpark.orgs(under("C0", "COMMITTEE", null), under("C1", "COMMITTEE", "C0"),
                under("B1", "BRANCH", "C1"), under("B2", "BRANCH", "C0"));
        List<String> r = OrgScorecardMonthly.build(results, orgs, new Periods(YearMonth.of(2024, 4), YearMonth.of(2024, 4)))
                .collectAsList().stream().map(x -> x.getString(0) + " rank=" + x.getInt(6)).sorted().toList();
        assertThat(r).containsExactly("B1 rank=1", "B2 rank=2", "C0 rank=1", "C1 rank=1");
    }

    private static Row under(String code, String type, String parent) {
        return RowFactory.create(code, "组织" + code, type, parent, "办公室", "ORGAN", "PROVINCE", d("2020-01-01"), null,
                null, 3, null, TestSpark.t("2024-01-01T00:00:00+08:00"));
    }
}
