package com.dangjian.transform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.year;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import com.dangjian.contracts.gold.GoldTable;
import com.dangjian.contracts.lake.Lake;

/**
 * Writes the night's gold tables as their descriptors say (gold-tables.yaml): stamped with the run (run_id,
 * computed_at) when the table carries those columns, checked against the descriptor — a column missing, unnamed
 * or of another kind fails the night naming it, nothing is dropped silently — and partitioned by the year of
 * its lake partition column. Each table is written whole: the night recomputes every period it covers, so a
 * partition no longer produced must not linger.
 */
public final class GoldWriter {

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

    /** Writes a table; returns it as stored (read back, so later steps read the written rows). */
    public Dataset<Row> write(GoldTable table, Dataset<Row> rows) {
        long t = System.nanoTime();
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
        Dataset<Row> computed = stamped.select(table.columnNames().stream().map(c -> col(c)).toArray(org.apache.spark.sql.Column[]::new))
                .coalesce(spark.sparkContext().defaultParallelism()).cache();
        boolean partitioned = table.lakePartition() != null && !computed.isEmpty();
        // An empty table is written unpartitioned: Spark then still writes a file carrying the schema.
        var writer = partitioned
                ? computed.withColumn("p_year", year(col(table.lakePartition()))).write().mode(SaveMode.Overwrite).partitionBy("p_year")
                : computed.write().mode(SaveMode.Overwrite);
        writer.option("partitionOverwriteMode", "static").parquet(lake.gold(table.name()));
        computed.unpersist();
        Dataset<Row> stored = spark.read().parquet(lake.gold(table.name()));
        written.put(table.name(), stored.count());
        onWritten.accept(table.name(), (System.nanoTime() - t) / 1e9);
        return stored;
    }
}
