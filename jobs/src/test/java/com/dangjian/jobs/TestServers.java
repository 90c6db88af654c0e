package com.dangjian.jobs;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import com.dangjian.contracts.config.ClickHouseSettings;

/**
 * The real servers the integration tests use, as started by {@code scripts/servers.sh start} (the README's
 * test command does that). Ports follow that script; DJ_PG_URL, DJ_PG_USER and DJ_CH_URL override them.
 */
final class TestServers {

    static final String PG_BASE = env("DJ_PG_URL", "jdbc:postgresql://127.0.0.1:55432/");
    static final String PG_USER = env("DJ_PG_USER", "postgres");
    static final String CH_URL = env("DJ_CH_URL", "http://127.0.0.1:18123");

    private TestServers() {
    }

    /** A fresh, empty schema in a PostgreSQL database; returns a JDBC URL that uses it. */
    static String freshPostgresSchema(String database, String schema) {
        String url = PG_BASE + database;
        try (Connection c = DriverManager.getConnection(url, PG_USER, ""); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " is not reachable (" + e.getMessage()
                    + "): start the test servers with scripts/servers.sh start", e);
        }
        return url + "?currentSchema=" + schema;
    }

    static ClickHouseSettings clickHouse(String database) {
        return ClickHouseSettings.of(CH_URL, database, "default", "");
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
