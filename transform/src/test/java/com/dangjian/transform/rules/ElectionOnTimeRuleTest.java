package com.dangjian.transform.rules;

import static com.dangjian.transform.TestSpark.org;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.dangjian.transform.TestSpark;

class ElectionOnTimeRuleTest {

    @Test
    void termExpiresOnItsAnniversaryAndAMissingElectionFails() {
        // B1 elected 2021-03-15 for 3 years: expires 2024-03-15. On 29 Feb the term runs (PASS, 35 of 36 months);
        // on 31 March it has expired (FAIL). G1 (general branch, never elected) fails every month.
        // C1 (committee, term_years empty → 5 years) elected 2019-06-30: expires 2024-06-30, which is not after
        // 30 June → FAIL in June. B2 dissolved 2024-02-10: assessed in January only.
        var orgs = TestSpark.orgs(org("B1", "BRANCH", "2020-01-01", null, "2021-03-15", 3),
                org("G1", "GENERAL_BRANCH", "2020-01-01", null, null, 3),
                org("C1", "COMMITTEE", "2010-01-01", null, "2019-06-30", null),
                org("B2", "BRANCH", "2020-01-01", "2024-02-10", "2023-01-01", 3));
        // The branches have members (a branch without any is not assessed).
        RuleInputs in = MeetingCountRuleTest.inputs(orgs, TestSpark.meetings(),
                MeetingCountRuleTest.concat(TestSpark.fullMembers("B1", 3), TestSpark.fullMembers("B2", 3)));
        List<String> r = new ElectionOnTimeRule().evaluate(in).collectAsList().stream()
                .map(x -> x.getString(0) + " " + x.getDate(3) + " " + x.getString(5) + " "
                        + (x.isNullAt(7) ? "-" : (long) x.getDouble(7)) + " " + (x.isNullAt(8) ? "-" : (long) x.getDouble(8)))
                .sorted().toList();
        assertThat(r).contains(
                "B1 2024-02-01 PASS 36 35",
                "B1 2024-03-01 FAIL 36 36",
                "G1 2024-01-01 FAIL 36 -",
                "C1 2024-05-01 PASS 60 59",
                "C1 2024-06-01 FAIL 60 60",
                "B2 2024-01-01 PASS 36 12");
        assertThat(r).filteredOn(s -> s.startsWith("B2")).hasSize(1);
        assertThat(r).hasSize(6 + 6 + 6 + 1);
    }
}
