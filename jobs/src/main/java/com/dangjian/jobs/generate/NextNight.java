package com.dangjian.jobs.generate;

import java.io.PrintStream;
import java.nio.file.Path;

/** Placeholder while the base generation is smoke-tested. */
public final class NextNight {
    private NextNight() {
    }

    public static void run(Path out, String password, PrintStream progress) {
        throw new UnsupportedOperationException("not yet");
    }
}
