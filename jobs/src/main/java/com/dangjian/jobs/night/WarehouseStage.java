package com.dangjian.jobs.night;

import static com.dangjian.jobs.night.NightLines.rootMessage;
import static com.dangjian.jobs.night.NightLines.seconds;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.SparkSession;

import com.dangjian.contracts.config.ClickHouseSettings;
import com.dangjian.contracts.gold.GoldTables;
import com.dangjian.contracts.lake.Lake;
import com.dangjian.jobs.load.GoldLoader;
import com.dangjian.jobs.ops.WarehouseRepair;
import com.dangjian.warehouse.clickhouse.ClickHouse;
import com.dangjian.warehouse.clickhouse.Migrations;
import com.dangjian.warehouse.clickhouse.RunLog;
import com.dangjian.warehouse.clickhouse.SchemaCheck;
import com.dangjian.warehouse.clickhouse.TableSwap;

/**
 * The night's warehouse stage: migrations applied, the schema checked against the gold descriptors, what an
 * interrupted load left repaired, every gold table staged (counts checked against what the transform wrote) and
 * then swapped in whole; and, whatever the outcome, the night's lines in run_log.
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
            Map<String, Long> loaded = new LinkedHashMap<>();
            for (String table : NightRun.GOLD) {
                long t = System.nanoTime();
                loaded.put(table, loader.stage(table, spark.read().parquet(lake.gold(table)).drop("p_year")));
                if (!loaded.get(table).equals(gold.get(table))) {
                    throw new IllegalStateException(table + ": " + loaded.get(table) + " rows staged, the transform wrote "
                            + gold.get(table) + " (was the lake changed during the load?)");
                }
                lines.line(new StageLine("warehouse:" + table, "COMPLETED", gold.getOrDefault(table, 0L), loaded.get(table), 0, seconds(t)));
            }
            long t = System.nanoTime();
            swap.swap(NightRun.GOLD);
            long rows = loaded.values().stream().mapToLong(Long::longValue).sum();
            lines.line(new StageLine("warehouse:swap", "COMPLETED", 0, rows, 0, seconds(t)));
            lines.mainLine("warehouse", rows, rows, 0, t0);
            return loaded;
        }
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
