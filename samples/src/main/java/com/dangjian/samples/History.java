package com.dangjian.samples;

import java.time.LocalDate;
import java.time.YearMonth;

/** The window the sample covers: {@code months} calendar months ending with the month of {@code asOf}. */
public record History(LocalDate asOf, int months) {

    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 10, 31);
    public static final int DEFAULT_MONTHS = 36;

    public YearMonth firstMonth() {
        return YearMonth.from(asOf).minusMonths(months - 1L);
    }

    public LocalDate start() {
        return firstMonth().atDay(1);
    }

    public YearMonth month(int i) {
        return firstMonth().plusMonths(i);
    }

    /** Position of a month along the window, 0 for the first and 1 for the last (clamped after it). */
    public double progress(YearMonth m) {
        long i = firstMonth().until(m, java.time.temporal.ChronoUnit.MONTHS);
        return months <= 1 ? 1 : Math.max(0, Math.min(1, i / (double) (months - 1)));
    }

    /** The last day of month {@code m} the data can show: its end, or {@code asOf} for the current month. */
    public LocalDate lastShownDay(YearMonth m) {
        LocalDate end = m.atEndOfMonth();
        return end.isAfter(asOf) ? asOf : end;
    }
}
