package com.dangjian.ingestion.files;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The dates a source row can plausibly carry: not before the department existed (the earliest
 * {@code established_on} the registry knows, unless configured), not after the night — the later of its as-of
 * date and today in China, since a file exported after midnight may hold the new day's first records. A date
 * outside is a reject ({@link OutOfRange}), never landed or held (docs/rules-decisions.md).
 */
public record Plausible(LocalDate earliest, LocalDate latest) {

    /** The department cannot predate the People's Republic: the floor when the registry gives none. */
    public static final LocalDate FLOOR = LocalDate.of(1949, 10, 1);

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public static Plausible forNight(LocalDate asOf, LocalDate earliest) {
        LocalDate today = LocalDate.now(CHINA);
        return new Plausible(earliest == null ? FLOOR : earliest, asOf.isAfter(today) ? asOf : today);
    }

    /** The date, or {@link OutOfRange} when it lies outside; null stays null. */
    public LocalDate date(String field, LocalDate date) {
        if (date != null && (date.isBefore(earliest) || date.isAfter(latest))) {
            throw new OutOfRange(field, date.toString(), date.isAfter(latest)
                    ? "is after " + latest + " (the night's date): it cannot have happened yet"
                    : "is before " + earliest + ", when the department was established");
        }
        return date;
    }

    /** A year of which some day lies within the range. */
    public int year(String field, int year) {
        if (year < earliest.getYear() || year > latest.getYear()) {
            throw new OutOfRange(field, String.valueOf(year), year > latest.getYear()
                    ? "is after " + latest.getYear() + " (the night's year): it cannot have happened yet"
                    : "is before " + earliest.getYear() + ", when the department was established");
        }
        return year;
    }

    /** A number that must not be negative (amounts, points, minutes). */
    public static <N extends Number> N notNegative(String field, N value) {
        if (value != null && value.doubleValue() < 0) {
            throw new Normalise.InvalidValue(field, value.toString(), "is negative");
        }
        return value;
    }

    /** A date outside the plausible range. */
    public static final class OutOfRange extends Normalise.InvalidValue {
        public OutOfRange(String field, String raw, String why) {
            super(field, raw, why);
        }
    }
}
