package com.dangjian.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import com.dangjian.ingestion.registry.RegistryTable;
import com.dangjian.contracts.gold.GoldTables;
import com.dangjian.contracts.lake.Lake;
import com.dangjian.transform.SparkSessions;
import com.dangjian.warehouse.clickhouse.ClickHouse;
import com.dangjian.contracts.config.ClickHouseSettings;
import com.dangjian.warehouse.clickhouse.Migrations;
import com.dangjian.jobs.load.GoldLoader;
import com.dangjian.warehouse.clickhouse.TableSwap;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The best this machine could do with the night's data, stage by stage, measured on the same data as the night:
 * (a) ingest — read every inbox file once (bytes only) and every registry row once over JDBC;
 * (b) transform — Spark writing the night's gold rows to Parquet with no logic (rows already in memory);
 * (c) warehouse — clickhouse-client inserting the same rows as TSV (native protocol, no staging).
 *
 * Usage: NightFloors INBOX REGISTRY_JDBC_URL REGISTRY_USER LAKE CLICKHOUSE_HTTP_URL CLICKHOUSE_TCP_PORT RESULT_JSON
 */
public final class NightFloors {

    public static void main(String[] args) throws Exception {
        if (args.length != 7) {
            System.err.println("usage: NightFloors INBOX REGISTRY_JDBC_URL REGISTRY_USER LAKE CLICKHOUSE_HTTP_URL CLICKHOUSE_TCP_PORT RESULT_JSON");
            System.exit(2);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ingest", readSources(Path.of(args[0]), args[1], args[2]));
        Lake lake = new Lake(Path.of(args[3]));
        SparkSession spark = SparkSessions.getOrCreate("local[2]");
        result.put("transform", writeGold(spark, lake));
        result.put("warehouse", clientInsert(spark, lake, ClickHouseSettings.of(args[4], "dangjian_bench_floor", null, null), args[5]));
        spark.stop();
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(Path.of(args[6]).toFile(), result);
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
    }

    /** Floor (a): every byte of every inbox file read once, and every registry row fetched once. */
    static Map<String, Object> readSources(Path inbox, String registryUrl, String user) throws Exception {
        long t0 = System.nanoTime();
        long bytes = 0;
        byte[] buffer = new byte[1 << 20];
        List<Path> files;
        try (Stream<Path> walk = Files.walk(inbox)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    bytes += n;
                }
            }
        }
        double fileSeconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        long registryRows = 0;
        try (Connection c = DriverManager.getConnection(registryUrl, user, System.getenv().getOrDefault("DANGJIAN_REGISTRY_PASSWORD", ""));
             Statement s = c.createStatement()) {
            s.setFetchSize(10_000);
            for (RegistryTable table : RegistryTable.values()) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table.table())) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getObject(i);
                        }
                        registryRows++;
                    }
                }
            }
        }
        double registrySeconds = (System.nanoTime() - t1) / 1e9;
        return Map.of("what", "read every inbox file once and every registry row once", "files", files.size(),
                "bytes", bytes, "registry_rows", registryRows, "seconds", fileSeconds + registrySeconds);
    }

    /** Floor (b): the gold rows, already in memory, written to Parquet by Spark with no logic. */
    static Map<String, Object> writeGold(SparkSession spark, Lake lake) throws Exception {
        Path out = Files.createTempDirectory("dangjian-floor-parquet");
        long rows = 0;
        double seconds = 0;
        for (String table : GoldTables.names()) {
            Dataset<Row> cached = spark.read().parquet(lake.gold(table)).cache();
            rows += cached.count();
            long t = System.nanoTime();
            cached.write().mode(SaveMode.Overwrite).parquet(out.resolve(table).toString());
            seconds += (System.nanoTime() - t) / 1e9;
            cached.unpersist(true);
        }
        com.dangjian.contracts.files.Folders.delete(out);
        return Map.of("what", "Spark writing the gold rows (in memory) to Parquet, no logic", "rows", rows, "seconds", seconds);
    }

    /** Floor (c): clickhouse-client inserting the same rows as TabSeparated into empty tables. */
    static Map<String, Object> clientInsert(SparkSession spark, Lake lake, ClickHouseSettings settings, String tcpPort) throws Exception {
        Path work = Files.createTempDirectory("dangjian-floor-tsv");
        long rows = 0;
        double seconds = 0;
        try (ClickHouse ch = new ClickHouse(settings)) {
            ch.execute("DROP DATABASE IF EXISTS " + settings.database());
            new Migrations(ch).apply();
            TableSwap swap = new TableSwap(ch);
            for (String table : GoldTables.names()) {
                String qualified = settings.database() + "." + table;
                Path tsv = GoldLoader.writeTsvFile(spark, lake, swap, table, work);
                long t = System.nanoTime();
                LoadBenchmark.clientInsert(tcpPort, qualified, tsv);
                seconds += (System.nanoTime() - t) / 1e9;
                rows += ch.count("SELECT count() FROM " + qualified);
                Files.delete(tsv);
            }
            ch.execute("DROP DATABASE " + settings.database());
        }
        Files.delete(work);
        return Map.of("what", "clickhouse-client inserting the same rows as TSV", "rows", rows, "seconds", seconds);
    }

    private NightFloors() {
    }
}
