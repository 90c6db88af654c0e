package com.dangjian.transform.incremental;

import java.time.YearMonth;
import java.util.Optional;

/**
 * What a night recomputes, and why: everything (a full night), or the years from the first month its new data
 * touches — every period, scorecard, trend and fact partition of those years; earlier years stay as the lake
 * has them. Years are the unit because gold is partitioned by year and no period straddles one (a correction in
 * March recomputes that year's quarters and the year itself, whose results count into the next year's months).
 *
 * @param full          whether everything is recomputed
 * @param reason        why, in a sentence the run report shows
 * @param firstAffected the first month whose results can change (empty: nothing to recompute; only the tables
 *                      that are small and rebuilt every night)
 */
public record NightScope(boolean full, String reason, Optional<YearMonth> firstAffected) {

    public static NightScope full(String reason) {
        return new NightScope(true, reason, Optional.empty());
    }

    public static NightScope from(YearMonth firstAffected, String reason) {
        return new NightScope(false, reason, Optional.of(firstAffected));
    }

    public static NightScope nothing(String reason) {
        return new NightScope(false, reason, Optional.empty());
    }

    /** The first year recomputed: every year on a full night; none when there is nothing to recompute. */
    public Optional<Integer> fromYear(int firstYearOfData) {
        return full ? Optional.of(firstYearOfData) : firstAffected.map(YearMonth::getYear);
    }

    /** "full", or "incremental" (the word the run report and the night's lines use). */
    public String mode() {
        return full ? "full" : "incremental";
    }

    /** The mode and why, for the night's lines: {@code incremental from 2026: …}. */
    public String describe() {
        return full ? "full: " + reason
                : firstAffected.map(m -> "incremental from " + m.getYear() + " (first month touched " + m + "): " + reason)
                        .orElse("incremental, nothing to recompute: " + reason);
    }
}
