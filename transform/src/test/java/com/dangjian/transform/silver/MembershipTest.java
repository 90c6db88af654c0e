package com.dangjian.transform.silver;

import static com.dangjian.transform.TestSpark.member;
import static com.dangjian.transform.TestSpark.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.dangjian.transform.TestSpark;
import com.dangjian.transform.rules.Periods;

class MembershipTest {

    @Test
    void membershipOnEachMonthEndFollowsTransfersJoiningAndLeaving() {
        // P1 moved B1 → B2 on 16 February: January end in B1, February end in B2 (registry now says B2).
        // P2 joined on 10 February as probationary: counted from February, not full.
        // P3 transferred out of the system (to nowhere) on 1 March: last counted at February's end.
        // P4 LEFT without a transfer, registry row updated on 20 February: counted in January only.
        var members = TestSpark.members(
                member("P1", "2010-01-01", "2011-01-01", "FULL", "B2", "2024-02-16"),
                member("P2", "2024-02-10", null, "PROBATIONARY", "B1", "2024-02-10"),
                member("P3", "2010-01-01", "2011-01-01", "LEFT", "B1", "2024-03-01"),
                member("P4", "2010-01-01", "2011-01-01", "LEFT", "B1", "2024-02-20"));
        var transfers = TestSpark.transfers(
                transfer("T1", "P1", "B1", "B2", "2024-02-16"),
                transfer("T2", "P3", "B1", null, "2024-03-01"));
        var days = new Periods(YearMonth.of(2024, 1), YearMonth.of(2024, 3)).monthEnds(TestSpark.spark());
        List<String> r = Membership.onDays(members, transfers, days).collectAsList().stream()
                .map(x -> x.getString(0) + " " + x.getDate(1) + " " + x.getString(2) + " " + x.getBoolean(3))
                .sorted().toList();
        assertThat(r).containsExactly(
                "P1 2024-01-31 B1 true",
                "P1 2024-02-29 B2 true",
                "P1 2024-03-31 B2 true",
                "P2 2024-02-29 B1 false",
                "P2 2024-03-31 B1 false",
                "P3 2024-01-31 B1 true",
                "P3 2024-02-29 B1 true",
                "P4 2024-01-31 B1 true");
    }
}
