package com.dangjian.contracts.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Natural periods in China time. POINT is a state checked on the last day of each month; its
 * period_start is the first day of that month (the warehouse contract: one row per month).
 */
public enum PeriodType {
    MONTH(1), QUARTER(3), YEAR(12), POINT(1);

    private final int months;

    PeriodType(int months) {
        this.months = months;
    }

    /** First day of the period containing {@code day}. */
    public LocalDate startOf(LocalDate day) {
        return switch (this) {
            case MONTH, POINT -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
            case YEAR -> LocalDate.of(day.getYear(), 1, 1);
        };
    }

    public LocalDate endOf(LocalDate start) {
        return start.plusMonths(months).minusDays(1);
    }

    /** Every period lying wholly between the first day of {@code from} and the last day of {@code to}. */
    public List<LocalDate> startsWithin(YearMonth from, YearMonth to) {
        List<LocalDate> starts = new ArrayList<>();
        LocalDate first = from.atDay(1);
        for (LocalDate s = startOf(first); !endOf(s).isAfter(to.atEndOfMonth()); s = s.plusMonths(months)) {
            if (!s.isBefore(first)) {
                starts.add(s);
            }
        }
        return starts;
    }
}
