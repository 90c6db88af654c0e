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
import com.dangjian.dashboards.NightStatus;
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
import com.dangjian.transform.rules.RuleCatalogue;
import com.dangjian.warehouse.clickhouse.ClickHouse;
import com.dangjian.warehouse.clickhouse.Migrations;
import com.dangjian.warehouse.clickhouse.TableSwapLoader;
import com.dangjian.warehouse.clickhouse.RunLog;
import com.dangjian.warehouse.read.ClickHouseReadSide;
import com.dangjian.warehouse.read.GoldReadSide;
import com.dangjian.warehouse.read.LakeReadSide;

/**
 * One night, stage by stage: ingest (Spring Batch) → transform (Spark) → warehouse (ClickHouse, when
 * configured) → dashboards. Prints one line per stage; a stage that fails stops the night with a message
 * saying what to do, and the exit code is non-zero.
 */
public final class NightRun {

    public static final List<String> GOLD = GoldTables.ALL;

    private final NightConfig config;
    /** Read by the transform stage (a bad catalogue fails that stage) and shown by the methodology page. */
    private RuleCatalogue catalogue;
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

    /** Exit codes for schedulers. */
    public static final int SUCCESS = 0;
    public static final int FAILED = 1;
    public static final int STALE_SOURCES = 3;
    /** Not started: the as-of date lies in the future. */
    public static final int FUTURE_AS_OF = 2;
    /** Not started: another night holds the lock. */
    public static final int LOCKED = 4;
    /** The night completed, but refused one or more files as a whole (empty, unreadable, wrong header). */
    public static final int REFUSED_FILES = 5;

    private final List<String> staleSources = new ArrayList<>();
    private final List<com.dangjian.ingestion.bronze.RefusedFiles.Refused> refusedFiles = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private String runId;
    private LocalDate asOf;

    /**
     * @return {@link #SUCCESS} when every stage completed, {@link #STALE_SOURCES} when the night completed but
     * some sources could not be read (their data is from an earlier night), {@link #FAILED} otherwise
     */
    public int run(LocalDate asOf) {
        LocalDate today = LocalDate.now(CHINA);
        if (asOf.isAfter(today)) {
            out.println("not started: --as-of " + asOf + " is in the future (today in China is " + today + "); a night can"
                    + " only be run for a day that has begun — check the date or the scheduler's clock");
            return FUTURE_AS_OF;
        }
        java.time.OffsetDateTime started = java.time.OffsetDateTime.now(CHINA);
        int outcome = runStages(asOf);
        config.clickhouse().ifPresent(settings -> logRun(settings, asOf, outcome));
        NightReport report = NightReport.of(asOf, runId, outcome, staleSources, refusedFiles, warnings, started,
                java.time.OffsetDateTime.now(CHINA), lines);
        try {
            out.println("report: " + report.writeTo(config.site().resolve("reports")));
        } catch (RuntimeException e) {
            out.println("report not written: " + rootMessage(e) + " — check that " + config.site() + " is writable");
        }
        return outcome;
    }

    private static final java.time.ZoneId CHINA = java.time.ZoneId.of("Asia/Shanghai");

    private int runStages(LocalDate asOf) {
        this.asOf = asOf;
        if (ingest(asOf) == null) {
            return FAILED;
        }
        SparkSession spark = SparkSessions.getOrCreate(config.sparkMaster());
        Lake lake = new Lake(config.lake());
        Map<String, Long> gold = stage("transform", "the bronze data of this night is kept; fix the cause and run the night again",
                () -> transform(spark, lake, asOf, runId));
        if (gold == null) {
            return FAILED;
        }
        if (config.clickhouse().isPresent() && stage("warehouse",
                "ClickHouse keeps the previous complete load; fix the cause and run the night again",
                () -> loadWarehouse(spark, lake, gold)) == null) {
            return FAILED;
        }
        index = stage("dashboards", "the previous site is left as it was; fix the cause and run the night again",
                () -> publish(spark, lake));
        if (index == null) {
            return FAILED;
        }
        if (!staleSources.isEmpty()) {
            out.println("stale sources: " + String.join(", ", staleSources)
                    + " — results use their last landed data; fix them and run the night again");
            return STALE_SOURCES;
        }
        return refusedFiles.isEmpty() ? SUCCESS : REFUSED_FILES;
    }

    /** The night's outcome as reports and run_log name it. */
    static String outcomeName(int exitCode) {
        return switch (exitCode) {
            case SUCCESS -> "SUCCESS";
            case STALE_SOURCES -> "STALE_SOURCES";
            case REFUSED_FILES -> "REFUSED_FILES";
            default -> "FAILED";
        };
    }

    /** Writes the night's stages to run_log; a failure to do so is reported but does not change the outcome. */
    private void logRun(com.dangjian.warehouse.clickhouse.ClickHouseSettings settings, LocalDate asOf, int outcome) {
        String night = outcomeName(outcome);
        List<RunLog.Stage> stages = lines.stream()
                .map(l -> new RunLog.Stage(l.stage(), l.outcome(), l.read(), l.written(), l.rejected(), l.seconds())).toList();
        try (ClickHouse ch = new ClickHouse(settings)) {
            new Migrations(ch).apply();
            new RunLog(ch).replaceNight(asOf, runId == null ? "" : runId, night, staleSources, stages);
        } catch (Exception e) {
            out.println("run_log not written to ClickHouse: " + rootMessage(e) + " — the outcome above stands;"
                    + " the job repository still records the night");
        }
    }

    private Map<String, Long> transform(SparkSession spark, Lake lake, LocalDate asOf, String runId) {
        long t0 = System.nanoTime();
        boolean terminal = System.console() != null && out == System.out;
        int[] done = {0};
        catalogue = RuleCatalogue.load(config.rules());
        NightTransform transform = new NightTransform(spark, lake, catalogue).onStep((step, s) -> {
            String line = String.format(java.util.Locale.ROOT, "progress transform: %d steps done, last %s (%.1f s)", ++done[0], step, s);
            if (terminal) {
                out.print("\r\033[K" + line);
                out.flush();
            } else {
                out.println(line);
            }
        });
        Map<String, Long> gold = transform.run(asOf, runId);
        if (terminal) {
            out.print("\r\033[K");
        }
        transform.warnings().forEach(w -> {
            warnings.add(w);
            out.println("warning: " + w);
        });
        transform.seconds().forEach((step, seconds) -> line(new StageLine("transform:" + step, "COMPLETED", 0,
                gold.getOrDefault(step, 0L), 0, seconds)));
        mainLine("transform", 0, gold.values().stream().mapToLong(Long::longValue).sum(), 0, t0);
        return gold;
    }

    private Map<String, Long> loadWarehouse(SparkSession spark, Lake lake, Map<String, Long> gold) {
        long t0 = System.nanoTime();
        try (ClickHouse ch = new ClickHouse(config.clickhouse().get())) {
            new Migrations(ch).apply();
            TableSwapLoader loader = new TableSwapLoader(ch);
            com.dangjian.jobs.ops.WarehouseRepair.run(ch).forEach(fixed -> out.println("  repaired: " + fixed));
            Map<String, Long> loaded = new java.util.LinkedHashMap<>();
            for (String table : GOLD) {
                long t = System.nanoTime();
                loaded.put(table, loader.stage(table, spark.read().parquet(lake.gold(table)).drop("p_year")));
                if (!loaded.get(table).equals(gold.get(table))) {
                    throw new IllegalStateException(table + ": " + loaded.get(table) + " rows staged, the transform wrote "
                            + gold.get(table) + " (was the lake changed during the load?)");
                }
                line(new StageLine("warehouse:" + table, "COMPLETED", gold.getOrDefault(table, 0L), loaded.get(table), 0, seconds(t)));
            }
            long t = System.nanoTime();
            loader.swap(GOLD);
            long rows = loaded.values().stream().mapToLong(Long::longValue).sum();
            line(new StageLine("warehouse:swap", "COMPLETED", 0, rows, 0, seconds(t)));
            mainLine("warehouse", rows, rows, 0, t0);
            return loaded;
        }
    }

    private Path publish(SparkSession spark, Lake lake) {
        long t = System.nanoTime();
        Path written;
        try (GoldReadSide readSide = config.clickhouse().<GoldReadSide>map(ClickHouseReadSide::new)
                .orElseGet(() -> new LakeReadSide(lake, GOLD))) {
            Messages messages = config.siteLanguage().equals("en") ? new Messages(java.util.Locale.ENGLISH) : Messages.chinese();
            written = new SiteGenerator(messages).generate(readSide, config.site(), catalogue,
                    nightStatus());
        }
        mainLine("dashboards", 0, 1, 0, t);
        return written;
    }

    /** This night as far as it has gone, for the site's data-status page. */
    private NightStatus nightStatus() {
        return new NightStatus(asOf == null ? null : asOf.toString(), runId, List.copyOf(staleSources), lines.stream()
                .map(l -> new NightStatus.Step(l.stage(), l.outcome(), l.read(), l.written(), l.rejected(), l.seconds())).toList(),
                refusedFiles.stream().map(r -> new NightStatus.RefusedFile(r.source(), r.table(), r.file(), r.reason(), r.message()))
                        .toList(), List.copyOf(warnings));
    }

    /** Runs a stage; on failure prints a FAILED line, the cause and what to do, and returns null. */
    private <T> T stage(String name, String whatNext, java.util.function.Supplier<T> body) {
        long t = System.nanoTime();
        ProcessMemory.resetPeak();
        try {
            return body.get();
        } catch (Exception e) { // Spark's SparkException is checked in Java's terms but thrown unchecked
            line(new StageLine(name, "FAILED", 0, 0, 0, seconds(t)));
            out.println("  cause: " + rootMessage(e));
            out.println("  next: " + whatNext);
            return null;
        }
    }


    /** The ingestion stage alone (./dangjian ingest): exit code as for a whole night. */
    public int ingestOnly(LocalDate asOf) {
        if (ingest(asOf) == null) {
            return FAILED;
        }
        return !staleSources.isEmpty() ? STALE_SOURCES : refusedFiles.isEmpty() ? SUCCESS : REFUSED_FILES;
    }

    /** Runs the ingestion job; returns the run id, or null when it failed (already reported). */
    private String ingest(LocalDate asOf) {
        long t0 = System.nanoTime();
        ProcessMemory.resetPeak();
        var jobRepoDs = DataSources.of(config.jobRepository(), "job-repository");
        var registryDs = DataSources.lazy(config.registry(), "registry");
        try {
            BatchInfrastructure batch = new BatchInfrastructure(jobRepoDs);
            IngestionLauncher.Instance instance = IngestionLauncher.choose(batch, asOf);
            runId = instance.runId();
            IngestionRun run = new IngestionRun(instance.runId(), asOf, registryDs, config.inbox(), config.lake(),
                    com.dangjian.ingestion.files.Plausible.forNight(asOf, earliestDate(registryDs)));
            JobExecution execution = batch.jobLauncher().run(new NightIngestionJobConfiguration(batch, run).job(),
                    instance.parameters());
            long read = 0;
            long loaded = 0;
            long rejected = 0;
            long blank = 0;
            for (StepExecution step : execution.getStepExecutions()) {
                StepSummary s = StepSummary.of(step);
                read += s.read();
                loaded += s.loaded();
                rejected += s.rejected();
                blank += s.skipped();
                line(new StageLine("ingest:" + s.step(), s.status(), s.read(), s.loaded(), s.rejected(), s.skipped(), s.seconds()));
                if (step.getStatus() != BatchStatus.COMPLETED) {
                    step.getFailureExceptions().forEach(e -> out.println("  cause: " + rootMessage(e)));
                    String source = s.step().substring(0, s.step().indexOf('.'));
                    if (!staleSources.contains(source)) {
                        staleSources.add(source);
                    }
                }
            }
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                execution.getAllFailureExceptions().forEach(e -> out.println("  cause: " + rootMessage(e)));
                out.println("ingestion " + execution.getStatus() + ": fix the cause above and run the same night again;"
                        + " it resumes where it stopped");
                return null;
            }
            line(new StageLine("ingest", "COMPLETED", read, loaded, rejected, blank, seconds(t0), ProcessMemory.peakMegabytes()));
            refusedFiles.addAll(com.dangjian.ingestion.bronze.RefusedFiles.of(new com.dangjian.ingestion.bronze.BronzeLayout(
                    config.lake()), asOf, instance.runId()));
            refusedFiles.forEach(r -> out.println("refused file: " + r.source() + " " + r.file() + " " + r.reason() + " — " + r.message()));
            return instance.runId();
        } catch (Exception e) {
            out.println("ingestion failed: " + rootMessage(e));
            return null;
        } finally {
            DataSources.close(registryDs);
            DataSources.close(jobRepoDs);
        }
    }

    /**
     * The earliest date a source row may carry: the configured earliestDate, else the earliest establishment the
     * registry knows (one portable query), else none (the 1949 floor) when the registry cannot say.
     */
    private LocalDate earliestDate(javax.sql.DataSource registry) {
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

    /** The summary line of a main stage, with the stage's peak resident memory. */
    private void mainLine(String stage, long read, long written, long rejected, long startNanos) {
        line(new StageLine(stage, "COMPLETED", read, written, rejected, 0, seconds(startNanos), ProcessMemory.peakMegabytes()));
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
