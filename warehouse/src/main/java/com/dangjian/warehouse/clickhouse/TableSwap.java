package com.dangjian.warehouse.clickhouse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * How a table's new rows reach ClickHouse so that no reader ever sees a row twice or a table half loaded,
 * whatever the server does meanwhile (killed, restarted, out of disk): the rows go into a fresh staging table
 * ({@code t__staging}, created AS the live one) whose count is checked; only when every table of the night is
 * staged are they swapped in, each by one RENAME (live → {@code t__old}, staging → live), and the old tables
 * dropped. The live table's parts are never replaced in place: on 18.16 a part replaced by REPLACE PARTITION
 * stayed on disk and came back after a restart, doubling the table — a table swap has no such window. A crash
 * before the swap leaves the previous load; after it, the new one; {@link #repair} removes what an interrupted
 * load left (and completes a swap cut between its two renames) before anything reads.
 */
public final class TableSwap {

    static final String STAGING = "__staging";
    static final String OLD = "__old";

    /** The steps of a load, told to a listener (tests kill the server at each one). */
    public enum Step { STAGED, SWAPPING, SWAPPED, CLEANED }

    private final ClickHouse clickHouse;
    private final BiConsumer<Step, String> listener;

    public TableSwap(ClickHouse clickHouse) {
        this(clickHouse, (step, table) -> { });
    }

    public TableSwap(ClickHouse clickHouse, BiConsumer<Step, String> listener) {
        this.clickHouse = clickHouse;
        this.listener = listener;
    }

    /** A fresh, empty staging table shaped as the live one; returns its qualified name. */
    public String freshStaging(String table) {
        String staging = qualified(table) + STAGING;
        clickHouse.execute("DROP TABLE IF EXISTS " + staging);
        clickHouse.execute("CREATE TABLE " + staging + " AS " + qualified(table));
        return staging;
    }

    /** Checks the staging table holds exactly the rows sent (a retried insert could have sent some twice). */
    public void staged(String table, long sent) {
        long staged = clickHouse.count("SELECT count() FROM " + qualified(table) + STAGING);
        if (staged != sent) {
            throw new IllegalStateException("staging " + qualified(table) + STAGING + " holds " + staged + " rows, expected "
                    + sent + ": nothing was swapped; rerun the night");
        }
        listener.accept(Step.STAGED, table);
    }

    /** Stages rows written as TabSeparated text (small tables; the gold loader streams from Spark instead). */
    public void stageTsv(String table, com.clickhouse.client.api.DataStreamWriter rows, long count) {
        clickHouse.insertTsv(freshStaging(table), rows);
        staged(table, count);
    }

    /** Swaps every staged table in, then drops the tables it replaced. */
    public void swap(Collection<String> tables) {
        for (String table : tables) {
            String live = qualified(table);
            listener.accept(Step.SWAPPING, table);
            clickHouse.execute("DROP TABLE IF EXISTS " + live + OLD);
            clickHouse.execute("RENAME TABLE " + live + " TO " + live + OLD + ", " + live + STAGING + " TO " + live);
            listener.accept(Step.SWAPPED, table);
        }
        for (String table : tables) {
            clickHouse.execute("DROP TABLE IF EXISTS " + qualified(table) + OLD);
            listener.accept(Step.CLEANED, table);
        }
    }

    /**
     * What an interrupted load left, put right: a live table missing after a swap cut between its renames gets
     * its staged (complete) or old table back; leftover staging and old tables are dropped. Returns what it did,
     * one line each (empty when nothing was amiss).
     */
    public List<String> repair(Collection<String> tables) {
        String db = clickHouse.settings().database();
        Set<String> present = new HashSet<>();
        clickHouse.query("SELECT name FROM system.tables WHERE database = '" + db + "'").rows().forEach(r -> present.add(r.get(0)));
        List<String> done = new ArrayList<>();
        for (String table : tables) {
            String live = qualified(table);
            if (!present.contains(table)) {
                // A swap renames the live table away first: a staging table then is the complete new load.
                String back = present.contains(table + STAGING) ? STAGING : present.contains(table + OLD) ? OLD : null;
                if (back != null) {
                    clickHouse.execute("RENAME TABLE " + live + back + " TO " + live);
                    present.add(table);
                    present.remove(table + back);
                    done.add(table + ": restored from " + table + back + " (a swap was cut short)");
                }
            }
            for (String leftover : List.of(STAGING, OLD)) {
                if (present.contains(table + leftover) && present.contains(table)) {
                    clickHouse.execute("DROP TABLE " + live + leftover);
                    done.add(table + ": dropped " + table + leftover + " left by an interrupted load");
                }
            }
        }
        return done;
    }

    /** The table's column names in their order (the order TabSeparated rows must follow). */
    public List<String> columns(String table) {
        return clickHouse.query("DESCRIBE TABLE " + qualified(table)).rows().stream().map(r -> r.get(0)).toList();
    }

    private String qualified(String table) {
        return clickHouse.settings().database() + "." + table;
    }
}
