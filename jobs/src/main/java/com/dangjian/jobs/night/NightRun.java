package com.dangjian.jobs.night;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.spark.sql.SparkSession;

import com.dangjian.contracts.config.NightConfig;
import com.dangjian.contracts.gold.GoldTables;
import com.dangjian.contracts.lake.Lake;
import com.dangjian.contracts.rules.RuleCatalogue;
import com.dangjian.dashboards.Messages;
import com.dangjian.dashboards.NightStatus;
import com.dangjian.dashboards.SiteGenerator;
import com.dangjian.ingestion.bronze.RefusedFiles;
import com.dangjian.transform.NightTransform;
import com.dangjian.transform.SparkSessions;
import com.dangjian.warehouse.read.ClickHouseReadSide;
import com.dangjian.warehouse.read.GoldReadSide;
import com.dangjian.warehouse.read.LakeReadSide;

/**
 * One night, stage by stage: ingest (Spring Batch, {@link IngestStage}) → transform (Spark) → warehouse
 * (ClickHouse when configured, {@link WarehouseStage}) → dashboards. Prints one line per stage; a stage that
 * fails stops the night with a message saying what to do, and the exit code is non-zero.
 */
public final class NightRun {

    public static final List<String> GOLD = GoldTables.names();

    /** Exit codes for schedulers. */
    public static final int SUCCESS = 0;
    public static final int FAILED = 1;
    /** Not started: the as-of date lies in the future. */
    public static final int FUTURE_AS_OF = 2;
    public static final int STALE_SOURCES = 3;
    /** Not started: another night holds the lock. */
    public static final int LOCKED = 4;
    /** The night completed, but refused one or more files as a whole (empty, unreadable, wrong header). */
    public static final int REFUSED_FILES = 5;

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final NightConfig config;
    private final NightLines lines;
    /** Read by the transform stage (a bad catalogue fails that stage) and shown by the methodology page. */
    private RuleCatalogue catalogue;
    private final List<String> warnings = new ArrayList<>();
    private IngestStage.Result ingested = IngestStage.Result.NOT_STARTED;
    private LocalDate asOf;
    private Path index;
    /** Why this night must recompute everything (--full), or null to let the transform decide. */
    private String fullBecause;
    private com.dangjian.transform.incremental.NightScope scope;

    public NightRun(NightConfig config, PrintStream out) {
        this.config = config;
        this.lines = new NightLines(out);
    }

    /** Makes this night recompute everything, for the reason given (the report says it). */
    public NightRun full(String reason) {
        this.fullBecause = reason;
        return this;
    }

    /** What the transform recomputed and why; null until it ran. */
    public com.dangjian.transform.incremental.NightScope scope() {
        return scope;
    }

    public List<StageLine> lines() {
        return lines.lines();
    }

    public Path index() {
        return index;
    }

    /**
     * @return {@link #SUCCESS} when every stage completed, {@link #STALE_SOURCES} when the night completed but
     * some sources could not be read (their data is from an earlier night), {@link #REFUSED_FILES} when it refused
     * a file, {@link #FAILED} otherwise ({@link #FUTURE_AS_OF} when it did not start)
     */
    public int run(LocalDate asOf) {
        LocalDate today = LocalDate.now(CHINA);
        if (asOf.isAfter(today)) {
            lines.say("not started: --as-of " + asOf + " is in the future (today in China is " + today + "); a night can"
                    + " only be run for a day that has begun — check the date or the scheduler's clock");
            return FUTURE_AS_OF;
        }
        OffsetDateTime started = OffsetDateTime.now(CHINA);
        int outcome = runStages(asOf);
        config.clickhouse().ifPresent(settings -> new WarehouseStage(settings, lines).log(asOf, runId(), outcomeName(outcome),
                staleSources()));
        NightReport report = NightReport.of(asOf, runId(), outcome, scope, staleSources(), refusedFiles(), warnings, started,
                OffsetDateTime.now(CHINA), lines.lines());
        try {
            lines.say("report: " + report.writeTo(config.site().resolve("reports")));
        } catch (RuntimeException e) {
            lines.say("report not written: " + NightLines.rootMessage(e) + " — check that " + config.site() + " is writable");
        }
        return outcome;
    }

    /** The ingestion stage alone (./dangjian ingest): exit code as for a whole night. */
    public int ingestOnly(LocalDate asOf) {
        this.asOf = asOf;
        ingested = new IngestStage(config, lines).run(asOf);
        return ingested.completed() ? completed() : FAILED;
    }

    private int runStages(LocalDate asOf) {
        this.asOf = asOf;
        ingested = new IngestStage(config, lines).run(asOf);
        if (!ingested.completed()) {
            return FAILED;
        }
        SparkSession spark = SparkSessions.getOrCreate(config.sparkMaster(), config.spark());
        Lake lake = new Lake(config.lake());
        Map<String, Long> gold = stage("transform", "the bronze data of this night is kept; fix the cause and run the night again",
                () -> transform(spark, lake, asOf));
        if (gold == null) {
            return FAILED;
        }
        if (config.clickhouse().isPresent() && stage("warehouse", "ClickHouse keeps the previous complete load; fix the cause"
                + " and run the night again", () -> new WarehouseStage(config.clickhouse().get(), lines).load(spark, lake, gold)) == null) {
            return FAILED;
        }
        index = stage("dashboards", "the previous site is left as it was; fix the cause and run the night again", () -> publish(lake));
        if (index == null) {
            return FAILED;
        }
        if (!staleSources().isEmpty()) {
            lines.say("stale sources: " + String.join(", ", staleSources())
                    + " — results use their last landed data; fix them and run the night again");
        }
        return completed();
    }

    /** The exit code of a night (or ingestion) that completed: stale sources first, then refused files. */
    private int completed() {
        return !staleSources().isEmpty() ? STALE_SOURCES : refusedFiles().isEmpty() ? SUCCESS : REFUSED_FILES;
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

    private Map<String, Long> transform(SparkSession spark, Lake lake, LocalDate asOf) {
        long t0 = System.nanoTime();
        boolean terminal = System.console() != null && lines.out() == System.out;
        int[] done = {0};
        catalogue = RuleCatalogue.load(config.rules());
        NightTransform transform = new NightTransform(spark, lake, catalogue).onStep((step, s) -> {
            String line = String.format(Locale.ROOT, "progress transform: %d steps done, last %s (%.1f s)", ++done[0], step, s);
            if (terminal) {
                lines.out().print("\r\033[K" + line);
                lines.out().flush();
            } else {
                lines.say(line);
            }
        });
        Map<String, Long> gold = transform.run(asOf, runId(), fullReason(asOf));
        if (terminal) {
            lines.out().print("\r\033[K");
        }
        scope = transform.scope();
        lines.say("transform " + scope.describe());
        transform.warnings().forEach(w -> {
            warnings.add(w);
            lines.say("warning: " + w);
        });
        transform.seconds().forEach((step, seconds) -> lines.line(new StageLine("transform:" + step, "COMPLETED", 0,
                gold.getOrDefault(step, 0L), 0, seconds)));
        lines.mainLine("transform", 0, gold.values().stream().mapToLong(Long::longValue).sum(), 0, t0);
        return gold;
    }

    /** --full, else the weekly full night of the configuration (fullNightOn), else null: the transform decides. */
    private String fullReason(LocalDate asOf) {
        if (fullBecause != null) {
            return fullBecause;
        }
        java.time.DayOfWeek weekly = config.fullNightOn();
        return weekly != null && asOf.getDayOfWeek() == weekly
                ? "the weekly full night (fullNightOn: " + weekly + " in the configuration)" : null;
    }

    private Path publish(Lake lake) {
        long t = System.nanoTime();
        Path written;
        try (GoldReadSide readSide = config.clickhouse().<GoldReadSide>map(ClickHouseReadSide::new)
                .orElseGet(() -> new LakeReadSide(lake, GOLD))) {
            Messages messages = config.siteLanguage().equals("en") ? new Messages(Locale.ENGLISH) : Messages.chinese();
            written = new SiteGenerator(messages.withRules(catalogue)).generate(readSide, config.site(), catalogue, nightStatus());
        }
        lines.mainLine("dashboards", 0, 1, 0, t);
        return written;
    }

    /** This night as far as it has gone, for the site's data-status page. */
    private NightStatus nightStatus() {
        return new NightStatus(asOf == null ? null : asOf.toString(), runId(), staleSources(), lines.lines().stream()
                .map(l -> new NightStatus.Step(l.stage(), l.outcome(), l.read(), l.written(), l.rejected(), l.seconds())).toList(),
                refusedFiles().stream().map(r -> new NightStatus.RefusedFile(r.source(), r.table(), r.file(), r.reason(), r.message()))
                        .toList(), List.copyOf(warnings));
    }

    /** Runs a stage; on failure prints a FAILED line, the cause and what to do, and returns null. */
    private <T> T stage(String name, String whatNext, Supplier<T> body) {
        long t = System.nanoTime();
        ProcessMemory.resetPeak();
        try {
            return body.get();
        } catch (Exception e) { // Spark's SparkException is checked in Java's terms but thrown unchecked
            lines.line(new StageLine(name, "FAILED", 0, 0, 0, NightLines.seconds(t)));
            lines.say("  cause: " + NightLines.rootMessage(e));
            lines.say("  next: " + whatNext);
            return null;
        }
    }

    private String runId() {
        return ingested.runId();
    }

    private List<String> staleSources() {
        return ingested.staleSources();
    }

    private List<RefusedFiles.Refused> refusedFiles() {
        return ingested.refusedFiles();
    }

    static String rootMessage(Throwable e) {
        return NightLines.rootMessage(e);
    }
}
