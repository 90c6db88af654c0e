package com.dangjian.jobs.night;

import static com.dangjian.jobs.night.NightLines.rootMessage;
import static com.dangjian.jobs.night.NightLines.seconds;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import com.dangjian.contracts.config.ClickHouseSettings;
import com.dangjian.contracts.gold.GoldTables;
import com.dangjian.contracts.lake.Lake;
import com.dangjian.jobs.load.GoldLoader;
import com.dangjian.jobs.load.LoadedMonths;
import com.dangjian.jobs.ops.WarehouseRepair;
import com.dangjian.transform.GoldWriter;
import com.dangjian.warehouse.clickhouse.ClickHouse;
import com.dangjian.warehouse.clickhouse.Migrations;
import com.dangjian.warehouse.clickhouse.RunLog;
import com.dangjian.warehouse.clickhouse.SchemaCheck;
import com.dangjian.warehouse.clickhouse.TableSwap;

/**
 * The night's warehouse stage: migrations applied, the schema checked against the gold descriptors, what an
 * interrupted load left repaired, every gold table that changed staged (counts checked against what the
 * transform wrote; of a month-partitioned table only the months the transform rewrote are sent, the earlier ones
 * copied inside ClickHouse, see {@link LoadedMonths}) and then swapped in whole; and, whatever the outcome, the
 * night's lines in run_log.
 */
final class WarehouseStage {

    private final ClickHouseSettings settings;
    private final NightLines lines;

    WarehouseStage(ClickHouseSettings settings, NightLines lines) {
        this.settings = settings;
        this.lines = lines;
    }

    Map<String, Long> load(SparkSession spark, Lake lake, Map<String, Long> gold) {
        long t0 = System.nanoTime();
        try (ClickHouse ch = new ClickHouse(settings)) {
            new Migrations(ch).apply();
            SchemaCheck.requireAgreement(ch, GoldTables.WAREHOUSE);
            WarehouseRepair.run(ch).forEach(fixed -> lines.say("  repaired: " + fixed));
            TableSwap swap = new TableSwap(ch);
            GoldLoader loader = new GoldLoader(ch, swap);
            LoadedMonths loadedMonths = LoadedMonths.of(lake.state(), settings.database());
            Map<String, Long> loaded = new LinkedHashMap<>();
            List<String> staged = new ArrayList<>();
            Map<String, List<String>> how = new LinkedHashMap<>();
            long sentRows = 0;
            for (String table : NightRun.GOLD) {
                long t = System.nanoTime();
                Dataset<Row> rows = spark.read().parquet(lake.gold(table)).drop(GoldWriter.PARTITION);
                int from = firstMonthToSend(ch, loadedMonths, swap, GoldTables.table(table), lake, rows, gold.get(table));
                if (from == UNCHANGED) {
                    loaded.put(table, gold.get(table));
                    how.computeIfAbsent("unchanged (not sent)", k -> new ArrayList<>()).add(table);
                    continue;
                }
                boolean whole = from == Integer.MIN_VALUE;
                GoldLoader.Staged n = loader.stage(table, rows, whole ? null : GoldTables.table(table).lakePartition(), from);
                how.computeIfAbsent(whole ? "whole" : "from " + from, k -> new ArrayList<>()).add(table);
                loaded.put(table, n.rows());
                staged.add(table);
                if (!loaded.get(table).equals(gold.get(table))) {
                    throw new IllegalStateException(table + ": " + loaded.get(table) + " rows staged, the transform wrote "
                            + gold.get(table) + " (was the lake changed during the load?)");
                }
                sentRows += n.sent();
                lines.line(new StageLine("warehouse:" + table, "COMPLETED", gold.getOrDefault(table, 0L), n.sent(), 0, seconds(t)));
            }
            long t = System.nanoTime();
            swap.swap(staged);
            for (String table : staged) {
                loadedMonths.loaded(table, LoadedMonths.monthsOf(Path.of(lake.gold(table))), swap.columns(table));
            }
            loadedMonths.save();
            lines.line(new StageLine("warehouse:swap", "COMPLETED", 0, sentRows, 0, seconds(t)));
            how.forEach((way, tables) -> lines.say("  warehouse " + way + ": " + String.join(", ", tables)));
            long rows = loaded.values().stream().mapToLong(Long::longValue).sum();
            lines.mainLine("warehouse", rows, sentRows, 0, t0);
            return loaded;
        }
    }

    /** Marks a table whose every month ClickHouse already holds as the lake has it. */
    private static final int UNCHANGED = Integer.MAX_VALUE;

    /**
     * The first month of a table to send (yyyyMM): {@link #UNCHANGED}, a month (the earlier ones are kept, by a copy
     * inside ClickHouse), or {@link Integer#MIN_VALUE} for the whole table — whenever the table is not partitioned
     * by month, was never loaded from this lake, its columns changed, or ClickHouse does not hold the rows the
     * lake's kept months have (a database dropped or restored behind the night's back).
     */
    private int firstMonthToSend(ClickHouse ch, LoadedMonths loadedMonths, TableSwap swap, com.dangjian.contracts.gold.GoldTable table,
                                Lake lake, Dataset<Row> rows, long goldRows) {
        String partition = table.lakePartition();
        Map<Integer, String> months = LoadedMonths.monthsOf(Path.of(lake.gold(table.name())));
        if (partition == null || months.isEmpty()) {
            loadedMonths.forget(table.name());
            return Integer.MIN_VALUE;
        }
        java.util.Optional<Integer> changed = loadedMonths.firstChangedMonth(table.name(), months, swap.columns(table.name()));
        String live = settings.database() + "." + table.name();
        if (changed.isEmpty()) {
            return ch.count("SELECT count() FROM " + live) == goldRows ? UNCHANGED : Integer.MIN_VALUE;
        }
        int from = changed.get();
        if (from == Integer.MIN_VALUE) {
            return from;
        }
        long kept = rows.where(GoldWriter.monthOf(org.apache.spark.sql.functions.col(partition)).lt(from)).count();
        return ch.count("SELECT count() FROM " + live + " WHERE toYYYYMM(" + partition + ") < " + from) == kept ? from : Integer.MIN_VALUE;
    }

    /** Writes the night's stages to run_log; a failure to do so is reported but does not change the outcome. */
    void log(LocalDate asOf, String runId, String outcome, List<String> staleSources) {
        List<RunLog.Stage> stages = lines.lines().stream()
                .map(l -> new RunLog.Stage(l.stage(), l.outcome(), l.read(), l.written(), l.rejected(), l.seconds())).toList();
        try (ClickHouse ch = new ClickHouse(settings)) {
            new Migrations(ch).apply();
            new RunLog(ch).replaceNight(asOf, runId == null ? "" : runId, outcome, staleSources, stages);
        } catch (Exception e) {
            lines.say("run_log not written to ClickHouse: " + rootMessage(e) + " — the outcome above stands;"
                    + " the job repository still records the night");
        }
    }
}
