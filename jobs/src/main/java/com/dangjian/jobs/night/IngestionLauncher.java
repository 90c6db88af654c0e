package com.dangjian.jobs.night;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;

import com.dangjian.ingestion.batch.BatchInfrastructure;
import com.dangjian.ingestion.batch.NightIngestionJobConfiguration;

/**
 * Chooses the job instance of a night: {@code runDate} and {@code rerun} are identifying. A failed night is
 * restarted (same instance, Spring Batch resumes at the failed step and chunk); a completed night run again
 * is a new instance with the next {@code rerun}, so a rerun re-reads what changed without touching the past.
 */
final class IngestionLauncher {

    private IngestionLauncher() {
    }

    record Instance(JobParameters parameters, String runId) {
    }

    static Instance choose(BatchInfrastructure batch, LocalDate runDate) {
        for (long rerun = 0; ; rerun++) {
            JobParameters params = new JobParametersBuilder()
                    .addLocalDate("runDate", runDate, true)
                    .addLong("rerun", rerun, true)
                    .toJobParameters();
            JobExecution last = batch.jobRepository().getLastJobExecution(NightIngestionJobConfiguration.JOB_NAME, params);
            if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                continue;
            }
            if (last != null && last.getStatus().isRunning()) {
                abandon(batch, last);
            }
            return new Instance(params, runDate.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + rerun);
        }
    }

    /**
     * An execution still marked running belongs to a night that died (the process was killed): mark it and its
     * running steps failed so that Spring Batch restarts it. Two concurrent nights are prevented by the caller.
     */
    private static void abandon(BatchInfrastructure batch, JobExecution execution) {
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription("process died; restarted by a later night"));
                step.setEndTime(now);
                batch.jobRepository().update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription("process died; restarted by a later night"));
        execution.setEndTime(now);
        batch.jobRepository().update(execution);
    }
}
