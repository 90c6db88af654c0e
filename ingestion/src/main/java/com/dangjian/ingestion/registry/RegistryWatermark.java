package com.dangjian.ingestion.registry;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemProcessor;
import org.springframework.batch.item.ItemStream;

import com.dangjian.ingestion.bronze.Landed;

/**
 * The updated_at watermark of one registry table. It is kept in the step's execution context, which Spring
 * Batch saves in the job repository in the same transaction as each chunk: it advances only when the rows
 * behind it are committed. The next night starts from the newest watermark of a completed step.
 */
public final class RegistryWatermark implements ItemStream {

    static final String KEY = "registry.watermark";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private long seen = Long.MIN_VALUE;

    /** The newest watermark a completed step of this table saved, or null on the first night. */
    public static LocalDateTime previous(JobExplorer explorer, String jobName, String stepName) {
        long best = Long.MIN_VALUE;
        for (JobInstance instance : explorer.getJobInstances(jobName, 0, Integer.MAX_VALUE)) {
            for (JobExecution execution : explorer.getJobExecutions(instance)) {
                for (StepExecution step : execution.getStepExecutions()) {
                    if (step.getStepName().equals(stepName) && step.getStatus() == BatchStatus.COMPLETED) {
                        best = Math.max(best, step.getExecutionContext().getLong(KEY, Long.MIN_VALUE));
                    }
                }
            }
        }
        return best == Long.MIN_VALUE ? null : LocalDateTime.ofInstant(Instant.ofEpochMilli(best), CHINA);
    }

    /** Wraps the row processor so every row read, landed or rejected, moves the watermark. */
    public ItemProcessor<org.apache.avro.generic.GenericRecord, Landed> tracking(
            ItemProcessor<org.apache.avro.generic.GenericRecord, Landed> delegate) {
        return row -> {
            Object updated = row.get("updated_at");
            if (updated instanceof Long t) {
                seen = Math.max(seen, t);
            }
            return delegate.process(row);
        };
    }

    @Override
    public void open(ExecutionContext context) {
        seen = Math.max(seen, context.getLong(KEY, Long.MIN_VALUE));
    }

    @Override
    public void update(ExecutionContext context) {
        if (seen != Long.MIN_VALUE) {
            context.putLong(KEY, seen);
        }
    }
}
