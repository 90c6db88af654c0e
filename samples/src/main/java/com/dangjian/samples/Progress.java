package com.dangjian.samples;

import java.io.PrintStream;

/** Progress on stderr: a line per source and per tenth of a source's files. */
final class Progress {

    private final PrintStream err;
    private final long t0 = System.nanoTime();

    Progress(PrintStream err) {
        this.err = err;
    }

    void step(String source, int done, int total) {
        if (err == null) {
            return;
        }
        int tenth = Math.max(1, total / 10);
        if (done == total || done % tenth == 0) {
            err.printf("generate %-14s %3d%% (%d/%d files, %.1f s)%n", source, done * 100 / total, done, total, seconds());
        }
    }

    void line(String text) {
        if (err != null) {
            err.printf("generate %s (%.1f s)%n", text, seconds());
        }
    }

    double seconds() {
        return (System.nanoTime() - t0) / 1e9;
    }
}
