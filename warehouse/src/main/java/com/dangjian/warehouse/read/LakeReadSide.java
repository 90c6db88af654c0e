package com.dangjian.warehouse.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import com.dangjian.contracts.gold.GoldTable;
import com.dangjian.contracts.lake.Lake;
import com.dangjian.warehouse.clickhouse.Tsv;

/**
 * Gold answered from the Parquet lake by an embedded DuckDB (embedded mode, no server): each gold table is a
 * view of the same name over its Parquet files. The views live in a small catalog file that is then opened
 * read-only with external access switched off, only the gold folder allowed and the configuration locked, so
 * a query can read the gold tables and nothing else: no other file, no write, no extension, no setting
 * ({@link AnalystSql} checks the analysts' queries besides). Values are rendered as ClickHouse renders them in
 * TSV, so both read sides agree.
 */
public final class LakeReadSide implements GoldReadSide {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final Lake lake;
    private final List<String> tables;
    private final Path catalog;
    private final Connection connection;
    /**
     * Connections free for a query: {@link #connection}, and duplicates of it (the same database) opened when queries
     * run at once — a DuckDB connection runs one at a time.
     */
    private final java.util.concurrent.ConcurrentLinkedQueue<Connection> idle = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.List<Connection> duplicates = java.util.Collections.synchronizedList(new ArrayList<>());

    public LakeReadSide(Lake lake, List<String> tables) {
        this.lake = lake;
        this.tables = List.copyOf(tables);
        Path gold = lake.root().resolve("gold").toAbsolutePath().normalize();
        try {
            catalog = Files.createTempFile("dangjian-lake-", ".duckdb");
            Files.delete(catalog); // DuckDB creates it; an empty file is not a database
            // A notebook's kernel exits without closing its read side: the catalog goes with the JVM all the same.
            catalog.toFile().deleteOnExit();
            Path.of(catalog + ".wal").toFile().deleteOnExit();
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + catalog); Statement s = c.createStatement()) {
                for (String table : tables) {
                    s.execute("CREATE VIEW " + table + " AS " + scan(gold, table));
                }
            }
            Properties locked = new Properties();
            locked.setProperty("access_mode", "READ_ONLY");
            locked.setProperty("enable_external_access", "false");
            locked.setProperty("allowed_directories", "['" + gold + "/']");
            locked.setProperty("autoinstall_known_extensions", "false");
            locked.setProperty("autoload_known_extensions", "false");
            locked.setProperty("lock_configuration", "true");
            connection = DriverManager.getConnection("jdbc:duckdb:" + catalog, locked);
            idle.add(connection);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the lake's query catalog in " + System.getProperty("java.io.tmpdir"), e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the gold lake " + gold + " for reading: " + e.getMessage(), e);
        }
    }

    /** The SELECT of a table's view: its Parquet files, without the lake's storage column ({@link GoldTable#LAKE_PARTITION_COLUMN}). */
    private static String scan(Path gold, String table) throws IOException {
        Path dir = gold.resolve(table);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("gold table " + table + " is missing under " + dir + ": run the night first");
        }
        boolean partitioned;
        try (Stream<Path> entries = Files.list(dir)) {
            partitioned = entries.anyMatch(p -> p.getFileName().toString().startsWith(GoldTable.LAKE_PARTITION_COLUMN + "="));
        }
        return partitioned
                ? "SELECT * EXCLUDE (" + GoldTable.LAKE_PARTITION_COLUMN + ") FROM read_parquet('" + dir + "/*/*.parquet', hive_partitioning = true)"
                : "SELECT * FROM read_parquet('" + dir + "/*.parquet')";
    }

    @Override
    public Tsv.Table query(String sql) {
        Connection c = idle.poll();
        try {
            if (c == null) {
                c = ((org.duckdb.DuckDBConnection) connection).duplicate();
                duplicates.add(c);
            }
            return query(c, sql);
        } catch (SQLException e) {
            throw new IllegalStateException("the lake refused a connection: " + e.getMessage(), e);
        } finally {
            if (c != null) {
                idle.add(c);
            }
        }
    }

    private static Tsv.Table query(Connection connection, String sql) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnLabel(i));
            }
            List<List<String>> rows = new ArrayList<>();
            while (rs.next()) {
                List<String> values = new ArrayList<>(columns.size());
                for (int i = 1; i <= columns.size(); i++) {
                    Object v = rs.getObject(i);
                    values.add(v == null ? null : text(v));
                }
                rows.add(values);
            }
            return new Tsv.Table(columns, rows);
        } catch (SQLException e) {
            throw new IllegalStateException("the lake refused the query: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    @Override
    public Tsv.Table analystQuery(String sql) {
        return query(AnalystSql.check(sql, tables));
    }

    /** As ClickHouse prints it: integral floats without ".0", timestamps in China time. */
    static String text(Object v) {
        if (v instanceof Double d) {
            return d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString();
        }
        if (v instanceof Float f) {
            return text(f.doubleValue());
        }
        if (v instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        if (v instanceof java.sql.Timestamp t) {
            // Spark's INT96 instants come back as UTC wall time.
            return TIMESTAMP.format(t.toLocalDateTime().toInstant(ZoneOffset.UTC));
        }
        if (v instanceof LocalDateTime t) {
            return TIMESTAMP.format(t.toInstant(ZoneOffset.UTC));
        }
        if (v instanceof OffsetDateTime t) {
            return TIMESTAMP.format(t.toInstant());
        }
        if (v instanceof Boolean b) {
            return b ? "1" : "0";
        }
        return v.toString();
    }

    @Override
    public String description() {
        return "Parquet lake " + lake.root().resolve("gold");
    }

    @Override
    public void close() {
        try {
            synchronized (duplicates) {
                for (Connection c : duplicates) {
                    c.close();
                }
            }
            connection.close();
            Files.deleteIfExists(catalog);
            Files.deleteIfExists(Path.of(catalog + ".wal"));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot close the lake's query catalog " + catalog, e);
        }
    }
}
