package com.dangjian.transform;

import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructType;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.row_number;

import com.dangjian.ingestion.bronze.BronzeLayout;
import com.dangjian.ingestion.meetings.MeetingParser;
import com.dangjian.ingestion.registry.RegistryTable;

/**
 * Reads bronze into Spark: the registry as its latest complete snapshot, meetings as every complete run
 * (events; latest-wins is applied in silver). Only directories with a {@code _SUCCESS} marker count.
 */
public final class BronzeTables {

    private final SparkSession spark;
    private final BronzeLayout layout;

    public BronzeTables(SparkSession spark, BronzeLayout layout) {
        this.spark = spark;
        this.layout = layout;
    }

    /**
     * The registry table as it stands: every complete run holds the rows changed since the previous one, so the
     * latest version of each key wins (ties: the later file).
     */
    public Dataset<Row> registry(RegistryTable table) {
        List<Path> runs = layout.completedRuns(RegistryTable.SOURCE, table.table());
        if (runs.isEmpty()) {
            throw new IllegalStateException("no complete bronze data of registry table " + table.table()
                    + " under " + layout.bronze() + ": the registry has never been read; check registry.url and run the night");
        }
        Dataset<Row> versions = read(runs, table.schema()).withColumn("_file", input_file_name());
        return versions
                .withColumn("_version", row_number().over(Window.partitionBy(
                                java.util.Arrays.stream(table.keyColumns()).map(k -> col(k)).toArray(org.apache.spark.sql.Column[]::new))
                        .orderBy(col("updated_at").desc(), col("_file").desc())))
                .where(col("_version").equalTo(1))
                .drop("_version", "_file");
    }

    /**
     * Every version of each registry row the nights have landed. The same version can be there more than once
     * (a row whose {@code updated_at} equals the watermark is read again, as ≥ must): deduplicate by key and
     * {@code updated_at}.
     */
    public Dataset<Row> registryVersions(RegistryTable table) {
        return read(layout.completedRuns(RegistryTable.SOURCE, table.table()), table.schema());
    }

    /** Every complete run of a file table (events or snapshots: silver decides). */
    public Dataset<Row> files(String source, String table, org.apache.avro.Schema schema) {
        return read(layout.completedRuns(source, table), schema);
    }

    public Dataset<Row> meetings() {
        return read(layout.completedRuns(MeetingParser.SOURCE, MeetingParser.TABLE),
                com.dangjian.ingestion.bronze.BronzeSchemas.MEETING);
    }

    /** The newest complete run that landed a file (a full snapshot source such as the ledger), else empty. */
    public Dataset<Row> latestSnapshot(String source, String table, org.apache.avro.Schema schema) {
        List<Path> runs = layout.completedRuns(source, table);
        for (int i = runs.size() - 1; i >= 0; i--) {
            Path manifest = runs.get(i).resolve(com.dangjian.ingestion.files.InboxFiles.MANIFEST);
            try {
                if (java.nio.file.Files.exists(manifest) && !java.nio.file.Files.readString(manifest).isBlank()) {
                    return read(List.of(runs.get(i)), schema);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return read(List.of(), schema);
    }

    /** Every reject of every complete run, all sources. */
    public Dataset<Row> rejects() {
        List<Path> dirs;
        try (var walk = java.nio.file.Files.walk(layout.rejectRoot())) {
            dirs = walk.filter(d -> java.nio.file.Files.exists(d.resolve(BronzeLayout.SUCCESS))).sorted().toList();
        } catch (java.nio.file.NoSuchFileException e) {
            dirs = List.of();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return read(dirs, com.dangjian.ingestion.bronze.BronzeSchemas.REJECT);
    }

    /** The column every bronze read adds: the night (ingest date) that landed the row, from its run's path. */
    public static final String INGEST_DATE = "ingest_date";

    private Dataset<Row> read(List<Path> runDirs, org.apache.avro.Schema avro) {
        StructType schema = SparkSchemas.of(avro);
        String[] files = runDirs.stream()
                .flatMap(dir -> listParquet(dir).stream())
                .toArray(String[]::new);
        boolean own = java.util.Arrays.asList(schema.fieldNames()).contains(INGEST_DATE); // rejects carry it already
        if (files.length == 0) {
            Dataset<Row> empty = spark.createDataFrame(List.of(), schema);
            return own ? empty : empty.withColumn(INGEST_DATE, lit(null).cast("date"));
        }
        Dataset<Row> rows = spark.read().schema(schema).parquet(files);
        return own ? rows : rows.withColumn(INGEST_DATE,
                to_date(regexp_extract(input_file_name(), "ingest_date=(\\d{4}-\\d{2}-\\d{2})", 1)));
    }

    private static List<String> listParquet(Path dir) {
        try (var s = java.nio.file.Files.list(dir)) {
            return s.map(Path::toString).filter(p -> p.endsWith(".parquet")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
