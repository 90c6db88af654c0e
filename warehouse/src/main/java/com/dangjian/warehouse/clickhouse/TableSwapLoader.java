package com.dangjian.warehouse.clickhouse;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.util.LongAccumulator;

/**
 * Loads gold tables into ClickHouse so that no reader ever sees a row twice or a table half loaded, whatever the
 * server does meanwhile (killed, restarted, out of disk). Each table's new rows go into a fresh staging table
 * ({@code t__staging}, created AS the live one), whose count is checked against what was sent; only when every
 * table of the night is staged are they swapped in, each by one RENAME (live → {@code t__old}, staging → live),
 * and the old tables dropped. The live table's parts are never replaced in place: on 18.16 a part replaced by
 * REPLACE PARTITION stayed on disk and came back after a restart, doubling the table — a table swap has no such
 * window. A crash before the swap leaves the previous load; after it, the new one; {@link #repair} removes what
 * an interrupted load left behind (and completes a swap cut between its two renames) before anything reads.
 */
public final class TableSwapLoader {

    static final String STAGING = "__staging";
    static final String OLD = "__old";

    /** The steps of a load, told to a listener (tests kill the server at each one). */
    public enum Step { STAGED, SWAPPING, SWAPPED, CLEANED }

    private final ClickHouse clickHouse;
    private final java.util.function.BiConsumer<Step, String> listener;

    public TableSwapLoader(ClickHouse clickHouse) {
        this(clickHouse, (step, table) -> { });
    }

    public TableSwapLoader(ClickHouse clickHouse, java.util.function.BiConsumer<Step, String> listener) {
        this.clickHouse = clickHouse;
        this.listener = listener;
    }

    /** Stages a table's rows (the live table is untouched); returns the rows staged. Call {@link #swap} after. */
    public long stage(String table, Dataset<Row> rows) {
        String live = qualified(table);
        String staging = live + STAGING;
        List<String> columns = columns(live);
        clickHouse.execute("DROP TABLE IF EXISTS " + staging);
        clickHouse.execute("CREATE TABLE " + staging + " AS " + live);
        // Rows are counted as they are sent (a failed and retried Spark task counts once, its rows may be in
        // staging twice: the check below then refuses the swap), so the data is read once, not counted first.
        LongAccumulator sent = rows.sparkSession().sparkContext().longAccumulator("rows sent to " + staging);
        asText(rows, columns).foreachPartition(new InsertPartition(clickHouse.settings(), staging, sent));
        long expected = sent.value();
        long staged = clickHouse.count("SELECT count() FROM " + staging);
        if (staged != expected) {
            throw new IllegalStateException("staging " + staging + " holds " + staged + " rows, expected " + expected
                    + ": nothing was swapped; rerun the night");
        }
        listener.accept(Step.STAGED, table);
        return expected;
    }

    /** Swaps every staged table in, then drops the tables it replaced. */
    public void swap(java.util.Collection<String> tables) {
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

    /** Stages and swaps one table (a table loaded on its own, e.g. run_log). */
    public long load(String table, Dataset<Row> rows) {
        long n = stage(table, rows);
        swap(List.of(table));
        return n;
    }

    /**
     * What an interrupted load left, put right: a live table missing after a swap cut between its renames gets
     * its staged (complete) or old table back; leftover staging and old tables are dropped. Returns what it did,
     * one line each (empty when nothing was amiss).
     */
    public List<String> repair(java.util.Collection<String> tables) {
        String db = clickHouse.settings().database();
        java.util.Set<String> present = new java.util.HashSet<>();
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

    /** Rows per table now (for status and tests). */
    public Map<String, Long> counts(java.util.Collection<String> tables) {
        Map<String, Long> out = new LinkedHashMap<>();
        tables.forEach(t -> out.put(t, clickHouse.count("SELECT count() FROM " + qualified(t))));
        return out;
    }

    private String qualified(String table) {
        return clickHouse.settings().database() + "." + table;
    }

    /** The table's column names in their order (the order TabSeparated rows must follow). */
    public List<String> columns(String qualifiedTable) {
        return clickHouse.query("DESCRIBE TABLE " + qualifiedTable).rows().stream().map(r -> r.get(0)).toList();
    }

    /** Every column as ClickHouse text: dates ISO, timestamps in China time, in the live table's column order. */
    public static Dataset<Row> asText(Dataset<Row> rows, List<String> columns) {
        List<Column> select = new ArrayList<>();
        for (String name : columns) {
            StructField field = rows.schema().apply(name);
            Column c = col(name);
            if (field.dataType().equals(DataTypes.TimestampType)) {
                select.add(date_format(c, "yyyy-MM-dd HH:mm:ss").as(name));
            } else if (field.dataType().equals(DataTypes.BooleanType)) {
                select.add(c.cast("int").cast("string").as(name));
            } else {
                select.add(c.cast("string").as(name));
            }
        }
        return rows.select(select.toArray(Column[]::new));
    }

    /**
     * Writes rows of text columns (see {@link #asText}) as ClickHouse TabSeparated lines: the exact bytes the
     * loader sends, also used by the benchmark to give clickhouse-client the same input.
     */
    public static void writeTsv(Iterator<Row> rows, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        while (rows.hasNext()) {
            Row r = rows.next();
            for (int i = 0; i < r.size(); i++) {
                if (i > 0) {
                    w.write('\t');
                }
                w.write(Tsv.escape(r.isNullAt(i) ? null : r.getString(i)));
            }
            w.write('\n');
        }
        w.flush();
    }

    /** Runs on the executors: one client and one streamed TSV insert per Spark partition. */
    record InsertPartition(ClickHouseSettings settings, String table, LongAccumulator sent)
            implements ForeachPartitionFunction<Row> {
        @Override
        public void call(Iterator<Row> rows) {
            if (!rows.hasNext()) {
                return;
            }
            long[] count = {0};
            Iterator<Row> counted = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Row next() {
                    count[0]++;
                    return rows.next();
                }
            };
            try (ClickHouse ch = new ClickHouse(settings)) {
                ch.insertTsv(table, out -> writeTsv(counted, out));
            }
            sent.add(count[0]);
        }
    }
}
