package com.dangjian.contracts.bronze;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * The S1 registry's tables (sources.md), as DDL: creates them in a database for sample and test registries —
 * never on the department's system. Plain JDBC, statement by statement.
 */
public final class RegistrySchema {

    private RegistrySchema() {
    }

    public static void create(DataSource dataSource) {
        String ddl;
        try (InputStream in = RegistrySchema.class.getResourceAsStream("/registry/schema.sql")) {
            ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String statement : ddl.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b).split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the registry's tables: " + e.getMessage(), e);
        }
    }
}
