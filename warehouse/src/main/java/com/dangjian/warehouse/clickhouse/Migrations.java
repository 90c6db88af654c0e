package com.dangjian.warehouse.clickhouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import com.dangjian.contracts.config.ClickHouseSettings;

/**
 * Versioned ClickHouse DDL (classpath {@code db/clickhouse/V###__name.sql}) applied in order and recorded in
 * {@code schema_history}. No maintained migration tool supports ClickHouse 18.16, so this is a small runner:
 * a migration already recorded is skipped, a recorded one whose text changed is refused. {@code ${name}}
 * placeholders are settings from configuration, so version-dependent settings stay out of the SQL.
 */
public final class Migrations {

    /** In order; a new migration is appended here and added as a file. */
    public static final List<String> FILES = List.of("V001__gold_tables.sql", "V002__ingest_reject.sql",
            "V003__scorecard_levels.sql", "V004__evidence_trends_alarms.sql",
            "V005__recruitment_indicator.sql", "V006__facts.sql", "V007__organisation_history_run_log.sql",
            "V008__scorecard_parts_breakdown_held_rows.sql", "V009__rule_progress.sql");

    private static final Pattern NAME = Pattern.compile("V(\\d+)__(.+)\\.sql");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");

    private final ClickHouse clickHouse;

    public Migrations(ClickHouse clickHouse) {
        this.clickHouse = clickHouse;
    }

    /** Applies what is missing; returns the versions applied now (empty when up to date). */
    public List<Integer> apply() {
        String db = clickHouse.settings().database();
        clickHouse.execute("CREATE DATABASE IF NOT EXISTS " + db);
        clickHouse.execute("CREATE TABLE IF NOT EXISTS " + db + ".schema_history (version UInt32, description String,"
                + " checksum String, applied_at DateTime('Asia/Shanghai')) ENGINE = MergeTree ORDER BY version");
        Map<Integer, String> applied = clickHouse.query("SELECT version, checksum FROM " + db + ".schema_history").rows()
                .stream().collect(Collectors.toMap(r -> Integer.parseInt(r.get(0)), r -> r.get(1)));
        List<Integer> now = new ArrayList<>();
        for (String file : FILES) {
            Matcher m = NAME.matcher(file);
            if (!m.matches()) {
                throw new IllegalStateException("migration file name " + file + " is not V###__name.sql");
            }
            int version = Integer.parseInt(m.group(1));
            String sql = read(file);
            String checksum = sha256(sql);
            if (applied.containsKey(version)) {
                if (!applied.get(version).equals(checksum)) {
                    throw new IllegalStateException("migration " + file + " was changed after it was applied to "
                            + db + ": add a new migration instead of editing an applied one");
                }
                continue;
            }
            for (String statement : statements(substitute(sql))) {
                clickHouse.execute(statement);
            }
            clickHouse.execute("INSERT INTO " + db + ".schema_history VALUES (" + version + ", '" + m.group(2)
                    + "', '" + checksum + "', now())");
            now.add(version);
        }
        return now;
    }

    public Set<Integer> appliedVersions() {
        return clickHouse.query("SELECT version FROM " + clickHouse.settings().database() + ".schema_history").rows()
                .stream().map(r -> Integer.parseInt(r.get(0))).collect(Collectors.toSet());
    }

    private String substitute(String sql) {
        ClickHouseSettings s = clickHouse.settings();
        Map<String, String> values = Map.of(
                "database", s.database(),
                "old_parts_lifetime", Integer.toString(s.oldPartsLifetimeSeconds()),
                "cleanup_delay_period", Integer.toString(s.cleanupDelaySeconds()));
        Matcher m = PLACEHOLDER.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalStateException("unknown placeholder ${" + m.group(1) + "} in a migration");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        return m.appendTail(out).toString();
    }

    static List<String> statements(String sql) {
        String withoutComments = sql.lines().filter(l -> !l.strip().startsWith("--")).collect(Collectors.joining("\n"));
        List<String> out = new ArrayList<>();
        for (String s : withoutComments.split(";")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static String read(String file) {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/clickhouse/" + file)) {
            if (in == null) {
                throw new IllegalStateException("migration " + file + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
