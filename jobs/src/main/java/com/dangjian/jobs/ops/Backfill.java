package com.dangjian.jobs.ops;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.function.Function;

import com.dangjian.jobs.night.NightRun;

/**
 * Past nights in date order, each exactly as a single night would run it (so the result equals running them one
 * by one). It stops at the first night that fails and prints the command that resumes from it; nights with stale
 * sources do not stop it (their exit code is kept). With {@code skipCompleted}, nights whose last report says
 * SUCCESS are not run again — resuming an interrupted backfill without redoing its finished nights.
 */
public final class Backfill {

    private final Function<LocalDate, NightRun> nights;
    private final RunHistory history;
    private final PrintStream out;

    public Backfill(Function<LocalDate, NightRun> nights, RunHistory history, PrintStream out) {
        this.nights = nights;
        this.history = history;
        this.out = out;
    }

    /** @return the worst exit code of the nights run ({@link NightRun#FAILED} stops the backfill) */
    public int run(LocalDate from, LocalDate to, boolean skipCompleted, String resumeCommand) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from + ": give the range oldest first");
        }
        int worst = NightRun.SUCCESS;
        int total = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
        int n = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            n++;
            if (skipCompleted && history.succeeded(d)) {
                out.println("backfill " + n + "/" + total + ": night " + d + " already completed (report SUCCESS), skipped");
                continue;
            }
            out.println("backfill " + n + "/" + total + ": night " + d);
            int code = nights.apply(d).run(d);
            if (code == NightRun.FAILED) {
                out.println("backfill stopped at night " + d + " (" + (n - 1) + " of " + total + " done): fix the cause above, then resume with");
                out.println("  " + resumeCommand.replace("{from}", d.toString()));
                return NightRun.FAILED;
            }
            worst = Math.max(worst, code);
        }
        out.println("backfill " + from + " … " + to + ": " + total + " nights done" + (worst == NightRun.STALE_SOURCES
                ? ", some with stale sources (see their reports)" : ""));
        return worst;
    }
}
