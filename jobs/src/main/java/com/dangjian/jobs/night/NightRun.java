package com.dangjian.jobs.night;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.SparkSession;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;

import com.dangjian.dashboards.Messages;
import com.dangjian.dashboards.SiteGenerator;
import com.dangjian.ingestion.batch.BatchInfrastructure;
import com.dangjian.ingestion.batch.IngestionRun;
import com.dangjian.ingestion.batch.NightIngestionJobConfiguration;
import com.dangjian.ingestion.batch.StepSummary;
import com.dangjian.jobs.config.DataSources;
import com.dangjian.jobs.config.NightConfig;
import com.dangjian.transform.GoldTables;
import com.dangjian.transform.Lake;
import com.dangjian.transform.NightTransform;
import com.dangjian.transform.SparkSessions;
import com.dangjian.warehouse.clickhouse.ClickHouse;
import com.dangjian.warehouse.clickhouse.Migrations;
import com.dangjian.warehouse.clickhouse.PartitionLoader;
import com.dangjian.warehouse.read.ClickHouseReadSide;
import com.dangjian.warehouse.read.GoldReadSide;
import com.dangjian.warehouse.read.LakeReadSide;

/**
 * One night, stage by stage: ingest (Spring Batch) → transform (Spark) → warehouse (ClickHouse, when
 * configured) → dashboards. Prints one line per stage; a stage that fails stops the night with a message
 * saying what to do, and the exit code is non-zero.
 */
public final class NightRun {

    public static final List<String> GOLD = List.of(GoldTables.DIM_ORGANISATION, GoldTables.RULE_RESULT,
            GoldTables.ORG_SCORECARD_MONTHLY);

    private final NightConfig config;
    private final PrintStream out;
    private final List<StageLine> lines = new ArrayList<>();
    private Path index;

    public NightRun(NightConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    public List<StageLine> lines() {
        return lines;
    }

    public Path index() {
        return index;
    }

    /** @return the process exit code: 0 when every stage completed */
    public int run(LocalDate asOf) {
        String runId = ingest(asOf);
        if (runId == null) {
            return 1;
        }
        SparkSession spark = SparkSessions.getOrCreate(config.sparkMaster());
        Lake lake = new Lake(config.lake());
        long t0 = System.nanoTime();
        Map<String, Long> gold = new NightTransform(spark, lake).run(asOf, runId);
        gold.forEach((table, rows) -> line(new StageLine("transform:" + table, "COMPLETED", 0, rows, 0, 0)));
        line(new StageLine("transform", "COMPLETED", 0, gold.values().stream().mapToLong(Long::longValue).sum(), 0, seconds(t0)));

        GoldReadSide readSide;
        if (config.clickhouse().isPresent()) {
            var settings = config.clickhouse().get();
            try (ClickHouse ch = new ClickHouse(settings)) {
                new Migrations(ch).apply();
                PartitionLoader loader = new PartitionLoader(ch);
                Map<String, Long> loaded = new java.util.LinkedHashMap<>();
                for (String table : GOLD) {
                    long t = System.nanoTime();
                    loaded.put(table, loader.load(table, spark.read().parquet(lake.gold(table)).drop("p_year")));
                    line(new StageLine("warehouse:" + table, "COMPLETED", gold.getOrDefault(table, 0L), loaded.get(table), 0, seconds(t)));
                }
                long t = System.nanoTime();
                loader.settle(loaded);
                line(new StageLine("warehouse:settle", "COMPLETED", 0, loaded.values().stream().mapToLong(Long::longValue).sum(), 0, seconds(t)));
            }
            readSide = new ClickHouseReadSide(settings);
        } else {
            readSide = new LakeReadSide(spark, lake, GOLD);
        }
        long t = System.nanoTime();
        try (readSide) {
            index = new SiteGenerator(Messages.chinese()).generate(readSide, config.site());
        }
        line(new StageLine("dashboards", "COMPLETED", 0, 1, 0, seconds(t)));
        return 0;
    }

    /** Runs the ingestion job; returns the run id, or null when it failed (already reported). */
    private String ingest(LocalDate asOf) {
        var jobRepoDs = DataSources.of(config.jobRepository(), "job-repository");
        var registryDs = DataSources.of(config.registry(), "registry");
        try {
            BatchInfrastructure batch = new BatchInfrastructure(jobRepoDs);
            IngestionLauncher.Instance instance = IngestionLauncher.choose(batch, asOf);
            IngestionRun run = new IngestionRun(instance.runId(), asOf, registryDs, config.inbox(), config.lake());
            JobExecution execution = batch.jobLauncher().run(new NightIngestionJobConfiguration(batch, run).job(),
                    instance.parameters());
            for (StepExecution step : execution.getStepExecutions()) {
                StepSummary s = StepSummary.of(step);
                line(new StageLine("ingest:" + s.step(), s.status(), s.read(), s.loaded(), s.rejected(), s.seconds()));
            }
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                execution.getAllFailureExceptions().forEach(e -> out.println("  cause: " + rootMessage(e)));
                out.println("ingestion " + execution.getStatus() + ": fix the cause above and run the same night again;"
                        + " it resumes where it stopped");
                return null;
            }
            return instance.runId();
        } catch (Exception e) {
            out.println("ingestion failed: " + rootMessage(e));
            return null;
        } finally {
            DataSources.close(registryDs);
            DataSources.close(jobRepoDs);
        }
    }

    private void line(StageLine line) {
        lines.add(line);
        out.println(line);
    }

    private static double seconds(long startNanos) {
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
