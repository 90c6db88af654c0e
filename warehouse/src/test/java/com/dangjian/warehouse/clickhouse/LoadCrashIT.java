package com.dangjian.warehouse.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import com.dangjian.contracts.config.ClickHouseSettings;


/**
 * ClickHouse killed (SIGKILL) at each step of a load — after staging, before a swap, after a swap, after the
 * cleanup — and started again: before any rerun, every table holds exactly one night's rows (the previous
 * complete load or the new one), never both; repair removes what the dead load left; a rerun loads the new night.
 * The tables keep replaced parts for 10 minutes (old_parts_lifetime = 600), the window in which 18.16 brought
 * replaced parts back after a restart.
 */
class LoadCrashIT {

    static final String DB = "dangjian_crash_it";
    static final List<String> TABLES = List.of("t1", "t2");

    /** Stages one table's keys, each dated 2024-01-15, as TabSeparated rows. */
    static void stage(TableSwap swap, String table, List<String> keys) {
        swap.stageTsv(table, out -> out.write(keys.stream().map(k -> k + "\t2024-01-15\n").reduce("", String::concat)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)), keys.size());
    }

    static final Map<String, List<String>> NIGHT_A = Map.of("t1", List.of("a", "b", "c"), "t2", List.of("p", "q"));
    static final Map<String, List<String>> NIGHT_B = Map.of("t1", List.of("x", "y", "z"), "t2", List.of("r", "s"));

    static ClickHouseSettings settings() {
        return WarehouseTestServer.settings(DB);
    }

    static void night(TableSwap swap, Map<String, List<String>> night) {
        for (String t : TABLES) {
            stage(swap, t, night.get(t));
        }
        swap.swap(TABLES);
    }

    static List<String> keys(ClickHouse ch, String table) {
        return ch.query("SELECT k FROM " + DB + "." + table + " ORDER BY k").rows().stream().map(r -> r.get(0)).toList();
    }

    static void freshTablesWithNightA() {
        try (ClickHouse ch = new ClickHouse(settings())) {
            ch.execute("DROP DATABASE IF EXISTS " + DB);
            ch.execute("CREATE DATABASE " + DB);
            for (String t : TABLES) {
                ch.execute("CREATE TABLE " + DB + "." + t + " (k String, d Date) ENGINE = MergeTree PARTITION BY toYYYYMM(d)"
                        + " ORDER BY k SETTINGS old_parts_lifetime = 600");
            }
            night(new TableSwap(ch), NIGHT_A);
        }
    }

    @ParameterizedTest
    @EnumSource(TableSwap.Step.class)
    void killedAtAnyStepOfTheLoadNoTableHoldsARowTwice(TableSwap.Step killAt) throws Exception {
        freshTablesWithNightA();
        try (ClickHouse ch = new ClickHouse(settings())) {
            TableSwap dying = new TableSwap(ch, (step, table) -> {
                if (step == killAt && table.equals("t1")) {
                    try {
                        WarehouseTestServer.kill();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            assertThatThrownBy(() -> night(dying, NIGHT_B)).isInstanceOf(RuntimeException.class);
        }
        WarehouseTestServer.restart();
        try (ClickHouse ch = new ClickHouse(settings())) {
            // Before any rerun or repair: each table is night A's or night B's, whole — never both, never half.
            for (String t : TABLES) {
                assertThat(keys(ch, t)).as(t + " after a kill at " + killAt).isIn(NIGHT_A.get(t), NIGHT_B.get(t));
            }
            TableSwap loader = new TableSwap(ch);
            loader.repair(TABLES);
            assertThat(ch.query("SELECT name FROM system.tables WHERE database = '" + DB + "' ORDER BY name").rows())
                    .extracting(r -> r.get(0)).containsExactly("t1", "t2");
            night(loader, NIGHT_B);
            for (String t : TABLES) {
                assertThat(keys(ch, t)).isEqualTo(NIGHT_B.get(t));
            }
        }
    }

    @Test
    void aRestartRightAfterALoadBringsNoReplacedRowBack() throws Exception {
        freshTablesWithNightA();
        try (ClickHouse ch = new ClickHouse(settings())) {
            night(new TableSwap(ch), NIGHT_B);
        }
        WarehouseTestServer.restart();
        try (ClickHouse ch = new ClickHouse(settings())) {
            for (String t : TABLES) {
                assertThat(keys(ch, t)).isEqualTo(NIGHT_B.get(t));
            }
        }
    }

    @Test
    void aSwapCutBetweenItsRenamesIsCompletedByRepair() throws Exception {
        freshTablesWithNightA();
        try (ClickHouse ch = new ClickHouse(settings())) {
            TableSwap loader = new TableSwap(ch);
            stage(loader, "t1", List.of("x", "y", "z"));
            // The first half of the swap's rename, as a crash between the two would leave it: no live t1.
            ch.execute("RENAME TABLE " + DB + ".t1 TO " + DB + ".t1__old");
            assertThat(loader.repair(TABLES)).containsExactly("t1: restored from t1__staging (a swap was cut short)",
                    "t1: dropped t1__old left by an interrupted load");
            assertThat(keys(ch, "t1")).containsExactly("x", "y", "z");
        }
    }
}
