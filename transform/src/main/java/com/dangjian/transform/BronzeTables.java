package com.dangjian.transform;

import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

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

    public Dataset<Row> registry(RegistryTable table) {
        List<Path> runs = layout.completedRuns(RegistryTable.SOURCE, table.table());
        if (runs.isEmpty()) {
            throw new IllegalStateException("no complete bronze snapshot of registry table " + table.table()
                    + " under " + layout.bronze() + ": run the ingestion first");
        }
        return read(List.of(runs.get(runs.size() - 1)), table.schema());
    }

    public Dataset<Row> meetings() {
        return read(layout.completedRuns(MeetingParser.SOURCE, MeetingParser.TABLE),
                com.dangjian.ingestion.bronze.BronzeSchemas.MEETING);
    }

    private Dataset<Row> read(List<Path> runDirs, org.apache.avro.Schema avro) {
        StructType schema = SparkSchemas.of(avro);
        String[] files = runDirs.stream()
                .flatMap(dir -> listParquet(dir).stream())
                .toArray(String[]::new);
        if (files.length == 0) {
            return spark.createDataFrame(List.of(), schema);
        }
        return spark.read().schema(schema).parquet(files);
    }

    private static List<String> listParquet(Path dir) {
        try (var s = java.nio.file.Files.list(dir)) {
            return s.map(Path::toString).filter(p -> p.endsWith(".parquet")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
