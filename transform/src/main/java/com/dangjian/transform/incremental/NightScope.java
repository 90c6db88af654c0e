package com.dangjian.transform.incremental;

import java.time.YearMonth;
import java.util.Optional;

import com.dangjian.transform.rules.Periods;

/**
 * What a night recomputes, and why: everything (a full night), or the months from the first month its new data
 * touches — every period, scorecard, trend and fact partition of those months; earlier months stay as the lake
 * has them. Gold is partitioned by month, and a period's rows lie in the month it starts in, so the months
 * rewritten begin with the longest complete period containing the first month touched ({@link
 * Periods#recomputing}): a correction in March recomputes from January once the first quarter is complete, a
 * correction in last year's November from last January; a month newly complete mid-quarter, that month alone.
 *
 * @param full          whether everything is recomputed
 * @param reason        why, in a sentence the run report shows
 * @param firstAffected the first month whose results can change (empty: nothing to recompute; only the tables
 *                      that are small and rebuilt every night)
 * @param rewriteFrom   the first month of gold an incremental night rewrites, the earlier months kept as stored
 *                      (empty on a full night and when nothing is recomputed)
 */
public record NightScope(boolean full, String reason, Optional<YearMonth> firstAffected, Optional<YearMonth> rewriteFrom) {

    public static NightScope full(String reason) {
        return new NightScope(true, reason, Optional.empty(), Optional.empty());
    }

    /** Recomputing what a change in {@code firstAffected} can reach in {@code window} ({@link Periods#recomputing}). */
    public static NightScope from(YearMonth firstAffected, Periods window, String reason) {
        return new NightScope(false, reason, Optional.of(firstAffected), Optional.of(window.recomputing(firstAffected).computeFrom()));
    }

    public static NightScope nothing(String reason) {
        return new NightScope(false, reason, Optional.empty(), Optional.empty());
    }

    /** The periods the night computes: every one (full), those from {@link #rewriteFrom}, or none. */
    public Periods periods(Periods window) {
        return full ? window : rewriteFrom.map(m -> new Periods(window.from(), window.to(), m)).orElseGet(window::computingNothing);
    }

    /**
     * The first month of gold the night writes: {@link #EVERY_MONTH} on a full night (every table written whole),
     * empty when nothing is recomputed (the tables kept as they are).
     */
    public Optional<YearMonth> writeFrom() {
        return full ? Optional.of(EVERY_MONTH) : rewriteFrom;
    }

    /** Before any month a table can hold: writing from it writes the whole table. */
    public static final YearMonth EVERY_MONTH = YearMonth.of(1, 1);

    /** "full", or "incremental" (the word the run report and the night's lines use). */
    public String mode() {
        return full ? "full" : "incremental";
    }

    /** The mode and why, for the night's lines: {@code incremental from 2026-10 (first month touched 2026-10): …}. */
    public String describe() {
        return full ? "full: " + reason
                : rewriteFrom.map(m -> "incremental from " + m + " (first month touched " + firstAffected.orElseThrow() + "): " + reason)
                        .orElse("incremental, nothing to recompute: " + reason);
    }
}
