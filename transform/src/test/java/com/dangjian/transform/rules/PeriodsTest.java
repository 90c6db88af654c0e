package com.dangjian.transform.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** What an incremental night recomputes for a change in a month (rules-decisions 28): no complete period cut. */
class PeriodsTest {

    static final Periods TO_OCTOBER = new Periods(YearMonth.of(2024, 1), YearMonth.of(2026, 10));

    @Test
    void aMonthNewlyCompleteMidQuarterIsRecomputedAlone() {
        // Neither the fourth quarter nor 2026 is complete in October: neither pulls the start back.
        assertThat(TO_OCTOBER.recomputing(YearMonth.of(2026, 10)).computeFrom()).isEqualTo(YearMonth.of(2026, 10));
    }

    @Test
    void aChangeInACompleteQuarterRecomputesFromItsStart() {
        assertThat(TO_OCTOBER.recomputing(YearMonth.of(2026, 3)).computeFrom()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(TO_OCTOBER.recomputing(YearMonth.of(2026, 8)).computeFrom()).isEqualTo(YearMonth.of(2026, 7));
    }

    @Test
    void aChangeInACompleteYearRecomputesFromItsJanuary() {
        assertThat(TO_OCTOBER.recomputing(YearMonth.of(2025, 11)).computeFrom()).isEqualTo(YearMonth.of(2025, 1));
        Periods toDecember = new Periods(YearMonth.of(2024, 1), YearMonth.of(2026, 12));
        assertThat(toDecember.recomputing(YearMonth.of(2026, 12)).computeFrom()).isEqualTo(YearMonth.of(2026, 1));
    }

    @Test
    void neverBeforeTheWindowNorAnythingForAMonthAfterIt() {
        Periods fromSeptember = new Periods(YearMonth.of(2024, 9), YearMonth.of(2026, 10));
        assertThat(fromSeptember.recomputing(YearMonth.of(2024, 11)).computeFrom()).isEqualTo(YearMonth.of(2024, 9));
        assertThat(TO_OCTOBER.recomputing(YearMonth.of(2026, 11)).computesNothing()).isTrue();
        assertThat(TO_OCTOBER.computingNothing().computesNothing()).isTrue();
    }
}
