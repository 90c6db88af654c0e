package com.dangjian.transform;

import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.to_date;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

import com.dangjian.contracts.bronze.BronzeSchemas;
import com.dangjian.contracts.bronze.BronzeTable;
import com.dangjian.contracts.lake.BronzeLayout;
import com.dangjian.transform.silver.LatestVersion;

/**
 * Reads bronze into Spark, one {@link BronzeTable} at a time: every complete run (a directory with its
 * {@code _SUCCESS} marker), each row with the night that landed it ({@link #INGEST_DATE}). Silver decides which
 * copy of a key stands; the registry's tables are also offered as they stand (latest version per key).
 */
public final class BronzeTables {

    /** The column every bronze read adds: the night (ingest date) that landed the row, from its run's path. */
    public static final String INGEST_DATE = "ingest_date";

    private final SparkSession spark;
    private final BronzeLayout layout;

    public BronzeTables(SparkSession spark, BronzeLayout layout) {
        this.spark = spark;
        this.layout = layout;
    }

    /** A registry table as it stands: every run holds the rows changed since the previous one; the latest wins. */
    public Dataset<Row> registry(BronzeTable table) {
        List<Path> runs = layout.completedRuns(table);
        if (runs.isEmpty()) {
            throw new IllegalStateException("no complete bronze data of registry table " + table.table()
                    + " under " + layout.bronze() + ": the registry has never been read; check registry.url and run the night");
        }
        return LatestVersion.of(read(runs, table.schema()).withColumn("_file", input_file_name()), table).drop("_file");
    }

    /**
     * Every version of each registry row the nights have landed. The same version can be there more than once
     * (a row whose {@code updated_at} equals the watermark is read again, as ≥ must): deduplicate by key and
     * {@code updated_at}.
     */
    public Dataset<Row> versions(BronzeTable table) {
        return read(layout.completedRuns(table), table.schema());
    }

    /** Every complete run of a file or event table (silver decides which copy stands). */
    public Dataset<Row> all(BronzeTable table) {
        return read(layout.completedRuns(table), table.schema());
    }

    /** Every complete run of a table, oldest first (ingest date, then run id). */
    public List<Path> completedRuns(BronzeTable table) {
        return layout.completedRuns(table);
    }

    /** The rows of some of a table's complete runs, each with the night that landed it. */
    public Dataset<Row> of(List<Path> runs, BronzeTable table) {
        return read(runs, table.schema());
    }

    /** The newest complete run that landed a file (a full snapshot source such as the ledger), else empty. */
    public Dataset<Row> latestSnapshot(BronzeTable table) {
        List<Path> runs = layout.completedRuns(table);
        for (int i = runs.size() - 1; i >= 0; i--) {
            Path manifest = runs.get(i).resolve(BronzeLayout.MANIFEST);
            try {
                if (Files.exists(manifest) && !Files.readString(manifest).isBlank()) {
                    return read(List.of(runs.get(i)), table.schema());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return read(List.of(), table.schema());
    }

    /** Every reject of every complete run, all sources. */
    public Dataset<Row> rejects() {
        List<Path> dirs;
        try (var walk = Files.walk(layout.rejectRoot())) {
            dirs = walk.filter(d -> Files.exists(d.resolve(BronzeLayout.SUCCESS))).sorted().toList();
        } catch (java.nio.file.NoSuchFileException e) {
            dirs = List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(dirs, BronzeSchemas.REJECT);
    }

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
        try (var s = Files.list(dir)) {
            return s.map(Path::toString).filter(p -> p.endsWith(".parquet")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
