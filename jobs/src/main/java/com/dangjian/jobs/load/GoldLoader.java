package com.dangjian.jobs.load;

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
import java.util.List;

import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.util.LongAccumulator;

import com.dangjian.contracts.config.ClickHouseSettings;
import com.dangjian.transform.GoldWriter;
import com.dangjian.warehouse.clickhouse.ClickHouse;
import com.dangjian.warehouse.clickhouse.TableSwap;
import com.dangjian.warehouse.clickhouse.Tsv;

/**
 * Stages a gold table read from the lake into ClickHouse ({@link TableSwap} swaps the staged tables in): each
 * Spark partition streams its rows as TabSeparated through the official client-v2 (one HTTP request per
 * partition, nothing buffered whole) into the staging table, whose count is then checked against the rows sent.
 * A column of the lake's table that ClickHouse lacks fails the load, naming it — nothing is dropped silently.
 * A table of which only the later months changed keeps its earlier months by a copy inside ClickHouse.
 */
public final class GoldLoader {

    private final ClickHouse clickHouse;
    private final TableSwap swap;

    public GoldLoader(ClickHouse clickHouse, TableSwap swap) {
        this.clickHouse = clickHouse;
        this.swap = swap;
    }

    /** What a load put in a staging table: rows kept (copied inside ClickHouse) and rows sent from the lake. */
    public record Staged(long kept, long sent) {
        public long rows() {
            return kept + sent;
        }
    }

    /** Stages a table's rows (the live table untouched); returns the rows staged. */
    public long stage(String table, Dataset<Row> rows) {
        return stage(table, rows, null, Integer.MIN_VALUE).rows();
    }

    /**
     * Stages a month-partitioned table of which only the months from {@code fromMonth} on changed: the earlier
     * months are copied from the live table inside ClickHouse, the later ones sent from the lake.
     *
     * @param monthColumn the date column whose month partitions the lake's table (null: every row is sent)
     * @param fromMonth   yyyyMM, as ClickHouse's toYYYYMM and the lake's partition key ({@link GoldWriter#key})
     */
    public Staged stage(String table, Dataset<Row> rows, String monthColumn, int fromMonth) {
        List<String> columns = swap.columns(table);
        List<String> lacking = java.util.Arrays.stream(rows.columns()).filter(c -> !columns.contains(c)).toList();
        if (!lacking.isEmpty()) {
            throw new IllegalStateException("ClickHouse table " + clickHouse.settings().database() + "." + table + " lacks column(s) "
                    + lacking + " that the night's gold table has: add a migration (warehouse/src/main/resources/db/clickhouse)");
        }
        String staging = swap.freshStaging(table);
        long kept = 0;
        Dataset<Row> sending = rows;
        if (monthColumn != null) {
            clickHouse.execute("INSERT INTO " + staging + " SELECT * FROM " + clickHouse.settings().database() + "." + table
                    + " WHERE toYYYYMM(" + monthColumn + ") < " + fromMonth);
            kept = clickHouse.count("SELECT count() FROM " + staging);
            sending = rows.where(GoldWriter.monthOf(col(monthColumn)).geq(fromMonth));
        }
        // Rows are counted as they are sent (a failed and retried Spark task counts once, its rows may be in
        // staging twice: the check then refuses the swap), so the data is read once, not counted first.
        LongAccumulator sent = rows.sparkSession().sparkContext().longAccumulator("rows sent to " + staging);
        asText(sending, columns).foreachPartition(new InsertPartition(clickHouse.settings(), staging, sent));
        swap.staged(table, kept + sent.value());
        return new Staged(kept, sent.value());
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

    /**
     * A lake gold table as the TabSeparated file the loader would send (ClickHouse's column order), for the
     * benchmarks to give clickhouse-client the very same bytes; returns the file.
     */
    public static java.nio.file.Path writeTsvFile(org.apache.spark.sql.SparkSession spark, com.dangjian.contracts.lake.Lake lake,
                                                  TableSwap swap, String table, java.nio.file.Path dir) throws IOException {
        Dataset<Row> rows = spark.read().parquet(lake.gold(table)).drop(GoldWriter.PARTITION);
        java.nio.file.Path tsv = dir.resolve(table + ".tsv");
        try (OutputStream out = java.nio.file.Files.newOutputStream(tsv)) {
            writeTsv(asText(rows, swap.columns(table)).toLocalIterator(), out);
        }
        return tsv;
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
