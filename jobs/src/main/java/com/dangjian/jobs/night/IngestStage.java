package com.dangjian.jobs.night;

import static com.dangjian.jobs.night.NightLines.rootMessage;
import static com.dangjian.jobs.night.NightLines.seconds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;

import com.dangjian.contracts.config.DataSources;
import com.dangjian.contracts.config.NightConfig;
import com.dangjian.contracts.lake.BronzeLayout;
import com.dangjian.ingestion.batch.BatchInfrastructure;
import com.dangjian.ingestion.batch.IngestionRun;
import com.dangjian.ingestion.batch.NightIngestionJobConfiguration;
import com.dangjian.ingestion.batch.StepSummary;
import com.dangjian.ingestion.bronze.RefusedFiles;
import com.dangjian.ingestion.files.Plausible;

/**
 * The night's ingestion stage: the Spring Batch job over every source, one line per source table, the sources
 * that could not be read (stale) and the files refused as a whole.
 */
final class IngestStage {

    /**
     * What the stage left: the run id, which sources are stale and which files were refused, and whether the job
     * completed (a failed one is resumed by running the same night again).
     */
    record Result(String runId, List<String> staleSources, List<RefusedFiles.Refused> refusedFiles, boolean completed) {

        static final Result NOT_STARTED = new Result(null, List.of(), List.of(), false);
    }

    private final NightConfig config;
    private final NightLines lines;

    IngestStage(NightConfig config, NightLines lines) {
        this.config = config;
        this.lines = lines;
    }

    /** Runs the ingestion job; returns what it landed (not completed when it failed: already reported). */
    Result run(LocalDate asOf) {
        long t0 = System.nanoTime();
        ProcessMemory.resetPeak();
        var jobRepoDs = DataSources.of(config.jobRepository(), "job-repository");
        var registryDs = DataSources.lazy(config.registry(), "registry");
        try {
            BatchInfrastructure batch = new BatchInfrastructure(jobRepoDs);
            IngestionLauncher.Instance instance = IngestionLauncher.choose(batch, asOf);
            IngestionRun run = new IngestionRun(instance.runId(), asOf, registryDs, config.inbox(), config.lake(),
                    Plausible.forNight(asOf, earliestDate(registryDs)));
            JobExecution execution = batch.jobLauncher().run(new NightIngestionJobConfiguration(batch, run).job(),
                    instance.parameters());
            List<String> stale = summarise(execution, t0);
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                execution.getAllFailureExceptions().forEach(e -> lines.say("  cause: " + rootMessage(e)));
                lines.say("ingestion " + execution.getStatus() + ": fix the cause above and run the same night again;"
                        + " it resumes where it stopped");
                return new Result(instance.runId(), stale, List.of(), false);
            }
            List<RefusedFiles.Refused> refused = RefusedFiles.of(new BronzeLayout(config.lake()), asOf, instance.runId());
            refused.forEach(r -> lines.say("refused file: " + r.source() + " " + r.file() + " " + r.reason() + " — " + r.message()));
            return new Result(instance.runId(), stale, refused, true);
        } catch (Exception e) {
            lines.say("ingestion failed: " + rootMessage(e));
            return Result.NOT_STARTED;
        } finally {
            DataSources.close(registryDs);
            DataSources.close(jobRepoDs);
        }
    }

    /** One line per source table and the stage's line; returns the sources whose step did not complete. */
    private List<String> summarise(JobExecution execution, long t0) {
        long read = 0;
        long loaded = 0;
        long rejected = 0;
        long blank = 0;
        List<String> stale = new ArrayList<>();
        for (StepExecution step : execution.getStepExecutions()) {
            StepSummary s = StepSummary.of(step);
            read += s.read();
            loaded += s.loaded();
            rejected += s.rejected();
            blank += s.skipped();
            lines.line(new StageLine("ingest:" + s.step(), s.status(), s.read(), s.loaded(), s.rejected(), s.skipped(), s.seconds()));
            if (step.getStatus() != BatchStatus.COMPLETED) {
                step.getFailureExceptions().forEach(e -> lines.say("  cause: " + rootMessage(e)));
                String source = s.step().substring(0, s.step().indexOf('.'));
                if (!stale.contains(source)) {
                    stale.add(source);
                }
            }
        }
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            lines.line(new StageLine("ingest", "COMPLETED", read, loaded, rejected, blank, seconds(t0), ProcessMemory.peakMegabytes()));
        }
        return stale;
    }

    /**
     * The earliest date a source row may carry: the configured earliestDate, else the earliest establishment the
     * registry knows (one portable query), else none (the 1949 floor) when the registry cannot say.
     */
    private LocalDate earliestDate(DataSource registry) {
        if (config.earliestDate() != null) {
            return config.earliestDate();
        }
        try (var c = registry.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT MIN(established_on) FROM org_unit")) {
            java.sql.Date d = rs.next() ? rs.getDate(1) : null;
            return d == null ? null : d.toLocalDate();
        } catch (Exception e) { // the registry step reports an unreachable registry; the floor stands meanwhile
            return null;
        }
    }
}
