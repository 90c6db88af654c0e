package com.dangjian.transform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.year;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import com.dangjian.contracts.gold.GoldTable;
import com.dangjian.contracts.lake.Lake;

/**
 * Writes the night's gold tables as their descriptors say (gold-tables.yaml): stamped with the run (run_id,
 * computed_at) when the table carries those columns, checked against the descriptor — a column missing, unnamed
 * or of another kind fails the night naming it, nothing is dropped silently — and partitioned by the month of
 * its lake partition column ({@code p_month=yyyyMM}, ClickHouse's {@code toYYYYMM}). A table is written whole, or —
 * on an incremental night — from a month on, the earlier months kept; either way a partition the night no longer
 * produces does not linger. Months, not years: a night that completes October rewrites October, not the year.
 */
public final class GoldWriter {

    /** The lake's partition column of a dated gold table: the yyyyMM of its business date. */
    public static final String PARTITION = GoldTable.LAKE_PARTITION_COLUMN;

    private final SparkSession spark;
    private final Lake lake;
    private final String runId;
    private final BiConsumer<String, Double> onWritten;
    private final Map<String, Long> written = new LinkedHashMap<>();

    public GoldWriter(SparkSession spark, Lake lake, String runId, BiConsumer<String, Double> onWritten) {
        this.spark = spark;
        this.lake = lake;
        this.runId = runId;
        this.onWritten = onWritten;
    }

    /** Rows written per table, in the order written. */
    public Map<String, Long> written() {
        return written;
    }

    /** Writes a table whole; returns it as stored (read back, so later steps read the written rows). */
    public Dataset<Row> write(GoldTable table, Dataset<Row> rows) {
        long t = System.nanoTime();
        Dataset<Row> computed = checked(table, rows);
        clear(table, Integer.MIN_VALUE);
        writeRows(table, computed);
        return stored(table, t);
    }

    /**
     * Writes the months from {@code fromMonth} on of a month-partitioned table, keeping the earlier months as
     * stored ({@link com.dangjian.transform.incremental.NightScope#EVERY_MONTH}: the whole table); with no month
     * (nothing to recompute) keeps the table as it is. Returns the whole table as stored.
     */
    public Dataset<Row> write(GoldTable table, Dataset<Row> rows, java.util.Optional<YearMonth> fromMonth) {
        if (table.lakePartition() == null) {
            throw new IllegalArgumentException(table.name() + " has no lake partition: it is written whole");
        }
        long t = System.nanoTime();
        if (fromMonth.isEmpty() && java.nio.file.Files.isDirectory(Path.of(lake.gold(table.name())))) {
            return stored(table, t);
        }
        int from = fromMonth.map(GoldWriter::key).orElse(Integer.MIN_VALUE);
        Dataset<Row> computed = checked(table, rows).where(monthOf(col(table.lakePartition())).geq(from));
        clear(table, from);
        writeRows(table, computed);
        return stored(table, t);
    }

    /** The partition key of a month: yyyyMM as a number (202610), as ClickHouse's toYYYYMM gives it. */
    public static int key(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    /** The partition key of a date column (see {@link #key}). */
    public static Column monthOf(Column date) {
        return year(date).multiply(100).plus(month(date));
    }

    /** The table as the lake holds it before this night writes it, if it holds data. */
    public java.util.Optional<Dataset<Row>> stored(GoldTable table) {
        Path dir = Path.of(lake.gold(table.name()));
        return java.nio.file.Files.isDirectory(dir) && holdsData(dir)
                ? java.util.Optional.of(spark.read().parquet(dir.toString())) : java.util.Optional.empty();
    }

    private Dataset<Row> checked(GoldTable table, Dataset<Row> rows) {
        Dataset<Row> stamped = table.column("computed_at").isPresent()
                ? rows.withColumn("run_id", lit(runId)).withColumn("computed_at", current_timestamp()) : rows;
        List<String> mismatches = SparkSchemas.mismatches(table, stamped.schema());
        if (!mismatches.isEmpty()) {
            throw new IllegalStateException("gold table " + table.name() + " does not match its descriptor in"
                    + " contracts/src/main/resources/gold-tables.yaml: " + String.join("; ", mismatches)
                    + " — change the transform or the descriptor (and add a ClickHouse migration)");
        }
        // A table built from many rules or joins has many small partitions; left so, it would be written as
        // hundreds of tiny files that every reader (the loader, the read side) then opens one by one.
        return stamped.select(table.columnNames().stream().map(c -> col(c)).toArray(org.apache.spark.sql.Column[]::new))
                .coalesce(spark.sparkContext().defaultParallelism());
    }

    /**
     * Removes the months from {@code fromMonth} on (a key, see {@link #key}; {@link Integer#MIN_VALUE}: the whole
     * table) and anything else not a month partition (an empty table's file, a year partition an earlier version
     * wrote), so that no partition the night no longer produces lingers.
     */
    private void clear(GoldTable table, int fromMonth) {
        Path dir = Path.of(lake.gold(table.name()));
        if (!java.nio.file.Files.isDirectory(dir)) {
            return;
        }
        try (var entries = java.nio.file.Files.list(dir)) {
            for (Path p : entries.toList()) {
                String name = p.getFileName().toString();
                boolean month = name.startsWith(PARTITION + "=");
                if (!month || fromMonth == Integer.MIN_VALUE || Integer.parseInt(name.substring(PARTITION.length() + 1)) >= fromMonth) {
                    com.dangjian.contracts.files.Folders.delete(p);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("could not replace gold table " + table.name() + " under " + dir, e);
        }
    }

    /**
     * Appends the rows, partitioned by the month of the lake partition column; when the table then holds no data
     * file at all (nothing written, nothing kept) an empty file carries its schema, for every reader.
     */
    private void writeRows(GoldTable table, Dataset<Row> computed) {
        String path = lake.gold(table.name());
        if (table.lakePartition() != null) {
            computed.withColumn(PARTITION, monthOf(col(table.lakePartition()))).write().mode(SaveMode.Append)
                    .partitionBy(PARTITION).parquet(path);
        } else {
            computed.write().mode(SaveMode.Append).parquet(path);
        }
        if (!holdsData(Path.of(path))) {
            spark.createDataFrame(List.of(), computed.schema()).write().mode(SaveMode.Append).parquet(path);
        }
    }

    private Dataset<Row> stored(GoldTable table, long t) {
        Dataset<Row> stored = spark.read().parquet(lake.gold(table.name()));
        written.put(table.name(), stored.count());
        onWritten.accept(table.name(), (System.nanoTime() - t) / 1e9);
        return stored;
    }

    private static boolean holdsData(Path dir) {
        try (var walk = java.nio.file.Files.walk(dir)) {
            return walk.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
