package com.dangjian.ingestion.batch;

import java.io.PrintStream;
import java.util.Locale;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.listener.ChunkListenerSupport;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * Progress of a long ingestion step while it runs: on a terminal one line rewritten in place after every chunk;
 * in a log (no terminal) a plain line at most every {@link #LOG_EVERY_MILLIS}. Counts only, never record content.
 */
public final class StepProgress extends ChunkListenerSupport implements StepExecutionListener {

    static final long LOG_EVERY_MILLIS = 10_000;

    private final PrintStream out;
    private final boolean terminal;
    private long started;
    private long lastPrinted;

    public StepProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Standard output; a rewritten line when it is a terminal. */
    public static StepProgress console() {
        return new StepProgress(System.out, System.console() != null);
    }

    @Override
    public void beforeStep(StepExecution step) {
        started = System.currentTimeMillis();
        lastPrinted = started;
    }

    @Override
    public void afterChunk(ChunkContext context) {
        StepExecution step = context.getStepContext().getStepExecution();
        long now = System.currentTimeMillis();
        if (!terminal && now - lastPrinted < LOG_EVERY_MILLIS) {
            return;
        }
        lastPrinted = now;
        double seconds = Math.max(0.001, (now - started) / 1000.0);
        String line = String.format(Locale.ROOT, "progress ingest:%s %,d rows read, %,d landed, %,d rejected (%,.0f rows/s)",
                step.getStepName(), step.getReadCount(), step.getWriteCount(), step.getProcessSkipCount() + step.getReadSkipCount(),
                step.getReadCount() / seconds);
        if (terminal) {
            out.print("\r\033[K" + line);
            out.flush();
        } else {
            out.println(line);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (terminal) {
            out.print("\r\033[K"); // the step's summary line replaces the progress line
            out.flush();
        }
        return null;
    }
}
