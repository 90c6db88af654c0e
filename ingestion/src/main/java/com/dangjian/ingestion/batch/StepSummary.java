package com.dangjian.ingestion.batch;

import java.time.Duration;

import org.springframework.batch.core.StepExecution;

import com.dangjian.ingestion.bronze.BronzeChunkWriter;

/** The one line per step the operators read: rows read, loaded, rejected, and time taken. */
public record StepSummary(String step, String status, long read, long loaded, long rejected, long skipped,
                          double seconds) {

    public static StepSummary of(StepExecution e) {
        long rejected = BronzeChunkWriter.rejectedIn(e);
        double seconds = e.getStartTime() == null || e.getEndTime() == null ? 0
                : Duration.between(e.getStartTime(), e.getEndTime()).toMillis() / 1000.0;
        // A failed step the flow moved past is ABANDONED in Spring Batch's terms; for operators it failed.
        String status = e.getStatus() == org.springframework.batch.core.BatchStatus.ABANDONED ? "FAILED" : e.getStatus().name();
        return new StepSummary(e.getStepName(), status, e.getReadCount(),
                e.getWriteCount() - rejected, rejected, e.getFilterCount(), seconds);
    }

    @Override
    public String toString() {
        return String.format("%-28s %-9s read=%d loaded=%d rejected=%d blank=%d %.1fs",
                step, status, read, loaded, rejected, skipped, seconds);
    }
}
