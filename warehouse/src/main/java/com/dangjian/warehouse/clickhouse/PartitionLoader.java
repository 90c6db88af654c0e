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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.util.LongAccumulator;

/**
 * Loads a gold table into ClickHouse so that a rerun never doubles or loses a row: rows are streamed from
 * Spark's partitions into a staging table, the staging count is checked against the source, and each
 * partition then replaces the live one atomically (REPLACE PARTITION). Live partitions absent from the new
 * data are dropped. Before reporting success it waits until the replaced parts are gone from disk: on 18.16
 * a restart while they are still there would bring them back as duplicates, and the final count is checked.
 */
public final class PartitionLoader {

    private final ClickHouse clickHouse;

    public PartitionLoader(ClickHouse clickHouse) {
        this.clickHouse = clickHouse;
    }

    /** Swaps the table's partitions for {@code rows}; returns the number of rows loaded. */
    public long load(String table, Dataset<Row> rows) {
        String db = clickHouse.settings().database();
        String live = db + "." + table;
        String staging = db + "." + table + "__staging";
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
        // One ALTER for every partition: each REPLACE/DROP is atomic, and a crash between them is repaired by a
        // rerun, which swaps every partition again.
        Set<String> newPartitions = partitions(staging);
        List<String> commands = new ArrayList<>();
        newPartitions.forEach(p -> commands.add("REPLACE PARTITION " + p + " FROM " + staging));
        partitions(live).stream().filter(p -> !newPartitions.contains(p)).forEach(p -> commands.add("DROP PARTITION " + p));
        if (!commands.isEmpty()) {
            clickHouse.execute("ALTER TABLE " + live + " " + String.join(", ", commands));
        }
        clickHouse.execute("DROP TABLE " + staging);
        return expected;
    }

    /**
     * Waits until no replaced part of these tables is left on disk, then checks each table holds the rows
     * loaded (table → expected rows).
     */
    public void settle(java.util.Map<String, Long> expectedRows) {
        String db = clickHouse.settings().database();
        for (String table : expectedRows.keySet()) {
            awaitReplacedPartsRemoved(db, table);
        }
        expectedRows.forEach((table, expected) -> {
            long loaded = clickHouse.count("SELECT count() FROM " + db + "." + table);
            if (loaded != expected) {
                throw new IllegalStateException(db + "." + table + " holds " + loaded + " rows after the load, expected "
                        + expected + " (was the server restarted during the load?): rerun the night to repair it");
            }
        });
    }

    /** The table's column names in their order (the order TabSeparated rows must follow). */
    public List<String> columns(String qualifiedTable) {
        return clickHouse.query("DESCRIBE TABLE " + qualifiedTable).rows().stream().map(r -> r.get(0)).toList();
    }

    private Set<String> partitions(String table) {
        String[] dbTable = table.split("\\.", 2);
        Set<String> out = new LinkedHashSet<>();
        clickHouse.query("SELECT DISTINCT partition FROM system.parts WHERE active AND database = '" + dbTable[0]
                + "' AND table = '" + dbTable[1] + "' ORDER BY partition").rows().forEach(r -> out.add(r.get(0)));
        return out;
    }

    private void awaitReplacedPartsRemoved(String db, String table) {
        long deadline = System.currentTimeMillis() + clickHouse.settings().partsCleanupTimeoutSeconds() * 1000L;
        String sql = "SELECT count() FROM system.parts WHERE NOT active AND database = '" + db + "' AND table = '" + table + "'";
        while (clickHouse.count(sql) > 0) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("replaced parts of " + db + "." + table + " are still on disk after "
                        + clickHouse.settings().partsCleanupTimeoutSeconds() + " s: lower old_parts_lifetime for this "
                        + "table (clickhouse.oldPartsLifetimeSeconds) or raise clickhouse.partsCleanupTimeoutSeconds");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for ClickHouse cleanup", e);
            }
        }
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
