package com.dangjian.jobs.night;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What a night prints and keeps for its report: one {@link StageLine} per stage and part of a stage, and free
 * lines (causes, what to do next). Shared by the stages of one night.
 */
final class NightLines {

    private final PrintStream out;
    private final List<StageLine> lines = new ArrayList<>();

    NightLines(PrintStream out) {
        this.out = out;
    }

    PrintStream out() {
        return out;
    }

    List<StageLine> lines() {
        return lines;
    }

    void line(StageLine line) {
        lines.add(line);
        out.println(line);
    }

    void say(String text) {
        out.println(text);
    }

    /** The summary line of a main stage, with the stage's peak resident memory. */
    void mainLine(String stage, long read, long written, long rejected, long startNanos) {
        line(new StageLine(stage, "COMPLETED", read, written, rejected, 0, seconds(startNanos), ProcessMemory.peakMegabytes()));
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t.getMessage() + ")";
    }
}
