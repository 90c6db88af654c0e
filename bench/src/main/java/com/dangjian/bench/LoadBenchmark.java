package com.dangjian.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import com.dangjian.contracts.gold.GoldTables;
import com.dangjian.contracts.lake.Lake;
import com.dangjian.transform.SparkSessions;
import com.dangjian.transform.GoldWriter;
import com.dangjian.warehouse.clickhouse.ClickHouse;
import com.dangjian.contracts.config.ClickHouseSettings;
import com.dangjian.warehouse.clickhouse.Migrations;
import com.dangjian.jobs.load.GoldLoader;
import com.dangjian.warehouse.clickhouse.TableSwap;

/**
 * Loads every gold table of a lake into ClickHouse twice, in the same run: with the night's loader (rows
 * streamed from Spark's partitions through client-v2 into staging, counted, partitions swapped) and with
 * {@code clickhouse-client} inserting the very same TabSeparated bytes from a file (the floor: no Spark, no
 * staging, native protocol). Each is timed three times, alternating, and the median kept. Prints a Markdown
 * table and writes JSON.
 *
 * Usage: LoadBenchmark LAKE CLICKHOUSE_HTTP_URL CLICKHOUSE_TCP_PORT DATABASE RESULT_JSON
 */
public final class LoadBenchmark {

    record Figure(String table, long rows, long tsvBytes, double loaderSeconds, double clientSeconds) {
        double loaderRowsPerSecond() {
            return rows / loaderSeconds;
        }

        double clientRowsPerSecond() {
            return rows / clientSeconds;
        }
    }

    private static final int ROUNDS = 3;

    private static double median(double[] runs) {
        double[] sorted = runs.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: LoadBenchmark LAKE CLICKHOUSE_HTTP_URL CLICKHOUSE_TCP_PORT DATABASE RESULT_JSON");
            System.exit(2);
        }
        Lake lake = new Lake(Path.of(args[0]));
        ClickHouseSettings settings = ClickHouseSettings.of(args[1], args[3], null, null);
        String tcpPort = args[2];
        Path result = Path.of(args[4]);
        SparkSession spark = SparkSessions.getOrCreate("local[2]");
        Path work = Files.createTempDirectory("dangjian-load-bench");
        List<Figure> figures = new ArrayList<>();
        try (ClickHouse ch = new ClickHouse(settings)) {
            ch.execute("DROP DATABASE IF EXISTS " + settings.database());
            new Migrations(ch).apply();
            TableSwap swap = new TableSwap(ch);
            GoldLoader loader = new GoldLoader(ch, swap);
            for (String table : GoldTables.names()) {
                figures.add(measure(spark, lake, ch, swap, loader, table, work, tcpPort));
            }
        }
        Files.delete(work);
        String markdown = markdown(figures);
        System.out.print(markdown);
        Files.createDirectories(result.toAbsolutePath().getParent());
        Files.writeString(result, json(figures));
        spark.stop();
    }

    /** Loads one table both ways, alternating, ROUNDS times; the median of each. */
    private static Figure measure(SparkSession spark, Lake lake, ClickHouse ch, TableSwap swap, GoldLoader loader, String table,
                                  Path work, String tcpPort) throws Exception {
        ClickHouseSettings settings = ch.settings();
        Dataset<Row> rows = spark.read().parquet(lake.gold(table)).drop(GoldWriter.PARTITION);
        String live = settings.database() + "." + table;
        Path tsv = GoldLoader.writeTsvFile(spark, lake, swap, table, work);
        // Alternate the two, ROUNDS times, and keep the median of each: the server's background work
        // (merges, removal of replaced parts) otherwise favours whichever ran second.
        double[] loaderRuns = new double[ROUNDS];
        double[] clientRuns = new double[ROUNDS];
        long n = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long t0 = System.nanoTime();
            n = loader.stage(table, rows);
            swap.swap(List.of(table));
            loaderRuns[round] = (System.nanoTime() - t0) / 1e9;
            String copy = live + "__client";
            ch.execute("DROP TABLE IF EXISTS " + copy);
            ch.execute("CREATE TABLE " + copy + " AS " + live);
            long t1 = System.nanoTime();
            clientInsert(tcpPort, copy, tsv);
            clientRuns[round] = (System.nanoTime() - t1) / 1e9;
            long copied = ch.count("SELECT count() FROM " + copy);
            if (copied != n) {
                throw new IllegalStateException(copy + " holds " + copied + " rows, the loader loaded " + n);
            }
            ch.execute("DROP TABLE " + copy);
        }
        double loaderSeconds = median(loaderRuns);
        double clientSeconds = median(clientRuns);
        long tsvBytes = Files.size(tsv);
        Files.delete(tsv);
        System.out.printf(Locale.ROOT, "[load] %-26s %,10d rows  loader %6.2f s  clickhouse-client %6.2f s%n",
                table, n, loaderSeconds, clientSeconds);
        return new Figure(table, n, tsvBytes, loaderSeconds, clientSeconds);
    }

    static void clientInsert(String tcpPort, String table, Path tsv) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("clickhouse-client", "--host", "127.0.0.1", "--port", tcpPort,
                "--query", "INSERT INTO " + table + " FORMAT TabSeparated")
                .redirectInput(tsv.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("clickhouse-client failed on " + table + ": " + output);
        }
    }

    static String markdown(List<Figure> figures) {
        StringBuilder b = new StringBuilder();
        b.append("| table | rows | TSV MB | loader s | loader rows/s | clickhouse-client s | client rows/s | loader ÷ client time |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        long rows = 0;
        long bytes = 0;
        double loader = 0;
        double client = 0;
        for (Figure f : figures) {
            b.append(row(f.table(), f.rows(), f.tsvBytes(), f.loaderSeconds(), f.clientSeconds()));
            rows += f.rows();
            bytes += f.tsvBytes();
            loader += f.loaderSeconds();
            client += f.clientSeconds();
        }
        b.append(row("**all tables**", rows, bytes, loader, client));
        return b.toString();
    }

    private static String row(String table, long rows, long bytes, double loader, double client) {
        return String.format(Locale.ROOT, "| %s | %,d | %.1f | %.2f | %,.0f | %.2f | %,.0f | %.2f |%n", table, rows,
                bytes / 1e6, loader, rows / loader, client, rows / client, loader / client);
    }

    private static String json(List<Figure> figures) {
        StringBuilder b = new StringBuilder("{\n  \"tables\": [\n");
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            b.append(String.format(Locale.ROOT, "    {\"table\": \"%s\", \"rows\": %d, \"tsv_bytes\": %d, \"loader_seconds\": %.3f,"
                            + " \"clickhouse_client_seconds\": %.3f}%s%n", f.table(), f.rows(), f.tsvBytes(), f.loaderSeconds(),
                    f.clientSeconds(), i < figures.size() - 1 ? "," : ""));
        }
        return b.append("  ]\n}\n").toString();
    }

    private LoadBenchmark() {
    }
}
