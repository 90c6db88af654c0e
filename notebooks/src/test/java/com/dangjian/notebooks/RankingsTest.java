package com.dangjian.notebooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Re-ranking with other weights on a hand-made month of four branches and one general branch. */
class RankingsTest {

    static final List<String> COLUMNS = List.of("org_code", "month", "org_type", "compliance_index", "engagement_index",
            "evaluation_score", "rank_overall");

    // Default weights 0.4/0.3/0.3:
    //   B1: 0.4·90 + 0.3·50 + 0.3·80 = 75.0        B2: 0.4·60 + 0.3·90 + 0.3·90 = 78.0
    //   B3: (0.4·80 + 0.3·70) / 0.7 = 75.714…     (no evaluation: weights re-normalised)
    //   B4: 0.4·90 + 0.3·60 + 0.3·70 = 75.0        ties with B1 on score and compliance → org_code: B1 first
    static final Frame MONTH = new Frame(COLUMNS, List.of(
            List.of("B1", "2026-10-01", "BRANCH", "90", "50", "80", "3"),
            List.of("B2", "2026-10-01", "BRANCH", "60", "90", "90", "1"),
            Arrays.asList("B3", "2026-10-01", "BRANCH", "80", "70", null, "2"),
            List.of("B4", "2026-10-01", "BRANCH", "90", "60", "70", "4"),
            List.of("G1", "2026-10-01", "GENERAL_BRANCH", "10", "10", "10", "1")));

    @Test
    void theNightsWeightsGiveTheNightsRanks() {
        Frame ranked = Rankings.rank(MONTH, new Weights(0.4, 0.3, 0.3));
        assertThat(ranked.strings("org_code")).containsExactly("B2", "B3", "B1", "B4", "G1");
        assertThat(ranked.numbers("overall")).containsExactly(new double[]{78.0, 75.71428571428571, 75.0, 75.0, 10.0}, within(1e-9));
        assertThat(ranked.numbers("moved")).containsOnly(0.0);
    }

    @Test
    void complianceOnlyRanksByComplianceThenCode() {
        // 1, 0, 0: B1 90, B4 90 (tie → B1), B3 80, B2 60; night ranks 3, 4, 2, 1 → moved +2, +2, −1, −3.
        Frame ranked = Rankings.rank(MONTH, new Weights(1, 0, 0));
        assertThat(ranked.strings("org_code")).containsExactly("B1", "B4", "B3", "B2", "G1");
        assertThat(ranked.numbers("moved")).containsExactly(2, 2, -1, -3, 0);
    }

    @Test
    void weightsMustLeaveComplianceIn() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Weights(0, 1, 1))
                .hasMessageContaining("compliance > 0");
    }
}
