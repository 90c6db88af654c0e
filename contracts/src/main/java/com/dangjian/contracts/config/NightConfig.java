package com.dangjian.contracts.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import com.dangjian.contracts.config.ClickHouseSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The operator's configuration file (YAML). Keys are stable across upgrades; secrets may come from the
 * environment instead (DANGJIAN_REGISTRY_PASSWORD, DANGJIAN_CLICKHOUSE_PASSWORD, DANGJIAN_JOBREPOSITORY_PASSWORD).
 * Relative paths are resolved against the file's folder. Without a clickhouse block the night runs embedded:
 * gold Parquet feeds the site.
 */
public record NightConfig(Database registry, Path inbox, Path lake, Path site, Optional<ClickHouseSettings> clickhouse,
                          Database jobRepository, String sparkMaster, Path rules, String siteLanguage,
                          java.time.LocalDate earliestDate, java.time.DayOfWeek fullNightOn, Map<String, String> spark) {

    public record Database(String url, String user, String password) {
    }

    /** Every key the file may hold (dotted); anything under {@code spark.} is passed to Spark as it is. */
    static final java.util.List<String> KNOWN_KEYS = java.util.List.of("registry.url", "registry.user", "registry.password",
            "inbox", "lake", "site", "rules", "siteLanguage", "earliestDate", "fullNightOn",
            "clickhouse.url", "clickhouse.database", "clickhouse.user", "clickhouse.password",
            "clickhouse.oldPartsLifetimeSeconds", "clickhouse.cleanupDelaySeconds",
            "jobRepository.url", "jobRepository.user", "jobRepository.password", "spark.master",
            "portal.address", "portal.port", "portal.users", "portal.sessionTimeoutMinutes", "portal.accessLog",
            "portal.lockout.attempts", "portal.lockout.minutes",
            "portal.tls.keystore", "portal.tls.keystorePassword", "portal.tls.keystoreType",
            "portal.ldap.url", "portal.ldap.userDnPattern", "portal.ldap.userSearchBase", "portal.ldap.userSearchFilter",
            "portal.ldap.managerDn", "portal.ldap.managerPassword", "portal.ldap.roleAttribute", "portal.ldap.orgAttribute");

    public static NightConfig load(Path file, Map<String, String> env) {
        JsonNode root = read(file);
        Path base = file.toAbsolutePath().getParent();
        Path lake = path(base, required(root, "lake", file));
        Database registry = new Database(required(root, "registry.url", file), text(root, "registry.user", null),
                secret(root, "registry.password", env.get("DANGJIAN_REGISTRY_PASSWORD")));
        Optional<ClickHouseSettings> clickhouse = Optional.empty();
        if (root.hasNonNull("clickhouse") && root.get("clickhouse").hasNonNull("url")) {
            ClickHouseSettings defaults = ClickHouseSettings.of(text(root, "clickhouse.url", null),
                    text(root, "clickhouse.database", "dangjian"), text(root, "clickhouse.user", "default"),
                    secret(root, "clickhouse.password", env.get("DANGJIAN_CLICKHOUSE_PASSWORD")));
            clickhouse = Optional.of(new ClickHouseSettings(defaults.url(), defaults.database(), defaults.user(),
                    defaults.password(),
                    integer(root, "clickhouse.oldPartsLifetimeSeconds", defaults.oldPartsLifetimeSeconds()),
                    integer(root, "clickhouse.cleanupDelaySeconds", defaults.cleanupDelaySeconds())));
        }
        Database jobRepository = new Database(
                text(root, "jobRepository.url", "jdbc:h2:file:" + lake.resolve("_batch/job-repository").toAbsolutePath()),
                text(root, "jobRepository.user", "sa"),
                secret(root, "jobRepository.password", env.get("DANGJIAN_JOBREPOSITORY_PASSWORD")));
        String rules = text(root, "rules", null);
        return new NightConfig(registry, path(base, required(root, "inbox", file)), lake,
                path(base, required(root, "site", file)), clickhouse, jobRepository, text(root, "spark.master", "local[*]"),
                rules == null ? null : path(base, rules), language(text(root, "siteLanguage", "zh"), file),
                date(text(root, "earliestDate", null), "earliestDate", file), weekday(text(root, "fullNightOn", null), file),
                sparkSettings(root));
    }

    /**
     * Every key under {@code spark:} as Spark names it ({@code executor: {memory: 2g}} and {@code executor.memory: 2g}
     * both give spark.executor.memory), for the session as they are: a cluster's executors, event log, shuffle.
     */
    static Map<String, String> sparkSettings(JsonNode root) {
        Map<String, String> out = new java.util.TreeMap<>();
        if (root != null && root.hasNonNull("spark")) {
            flatten(root.get("spark"), "spark", out);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static void flatten(JsonNode node, String key, Map<String, String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> flatten(f.getValue(), key + "." + f.getKey(), out));
        } else if (!node.isNull()) {
            out.put(key, node.asText());
        }
    }

    /** The day of the week whose night recomputes everything (e.g. SUNDAY), or null: only --full does. */
    private static java.time.DayOfWeek weekday(String text, Path file) {
        if (text == null) {
            return null;
        }
        try {
            return java.time.DayOfWeek.valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("configuration " + file + ": fullNightOn '" + text
                    + "' is not a day of the week: write MONDAY … SUNDAY, or leave it out", e);
        }
    }

    /** The file's YAML, every key checked: the night's and the portal's settings come from the same file. */
    static JsonNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("configuration file " + file + " not found: pass --config FILE "
                    + "(see docs/configuration.md for the keys)");
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("configuration file " + file + " is not valid YAML: " + e.getMessage(), e);
        }
        checkKeys(root, "", file);
        return root;
    }

    /** A misspelt key must not be ignored without a word: the error names it and the nearest known key. */
    private static void checkKeys(JsonNode node, String prefix, Path file) {
        if (node == null || !node.isObject()) {
            return;
        }
        var fields = node.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            String key = prefix + field.getKey();
            if (key.startsWith("spark.") || key.equals("spark") && field.getValue().isObject()) {
                continue;
            }
            boolean parent = KNOWN_KEYS.stream().anyMatch(k -> k.startsWith(key + "."));
            if (parent && field.getValue().isObject()) {
                checkKeys(field.getValue(), key + ".", file);
            } else if (!KNOWN_KEYS.contains(key) || field.getValue().isObject()) {
                throw new IllegalArgumentException("configuration " + file + ": unknown key '" + key + "' — did you mean '"
                        + nearest(key) + "'? (every key is in docs/configuration.md)");
            }
        }
    }

    static String nearest(String key) {
        return KNOWN_KEYS.stream().min(java.util.Comparator.comparingInt(k -> distance(k, key))).orElseThrow();
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static java.time.LocalDate date(String value, String key, Path file) {
        try {
            return value == null ? null : java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("configuration " + file + ": " + key + " '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static String language(String language, Path file) {
        if (!language.equals("zh") && !language.equals("en")) {
            throw new IllegalArgumentException("configuration " + file + ": siteLanguage '" + language
                    + "' is not available: use zh (Chinese, the default) or en (English)");
        }
        return language;
    }

    static String required(JsonNode root, String key, Path file) {
        String v = text(root, key, null);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("configuration " + file + " has no '" + key + "': add it (see docs/configuration.md)");
        }
        return v;
    }

    static String secret(JsonNode root, String key, String fromEnv) {
        return fromEnv != null ? fromEnv : text(root, key, "");
    }

    static int integer(JsonNode root, String key, int fallback) {
        String v = text(root, key, null);
        try {
            return v == null ? fallback : Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("configuration: " + key + " must be a whole number, not '" + v + "'");
        }
    }

    static String text(JsonNode root, String dottedKey, String fallback) {
        JsonNode n = root;
        for (String part : dottedKey.split("\\.")) {
            n = n == null ? null : n.get(part);
        }
        return n == null || n.isNull() ? fallback : n.asText();
    }

    static Path path(Path base, String value) {
        Path p = Path.of(value);
        return p.isAbsolute() ? p : base.resolve(p).normalize();
    }
}
