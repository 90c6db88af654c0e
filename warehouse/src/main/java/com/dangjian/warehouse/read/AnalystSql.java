package com.dangjian.warehouse.read;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The analysts' door (./dangjian sql, notebooks): a query may read the warehouse's tables by name and nothing
 * else. Checked on the parsed query, not on its text: the statement is parsed (by an embedded DuckDB with no
 * external access, which only serialises SELECT statements) and its syntax tree walked — every table it
 * reads must be one of the allowed tables (or a name its own WITH defines), no table function (file(),
 * read_csv, url(), s3(), remote() …), no path or schema-qualified source, no function that reaches the process
 * or the filesystem (getenv, reflect, java_method …). SHOW TABLES and DESCRIBE of an allowed table are let
 * through as they are. Anything else is refused with a message saying what and why.
 */
public final class AnalystSql {

    /** Functions that reach the JVM, the process's environment or the filesystem (besides table functions). */
    static final Set<String> FORBIDDEN_FUNCTIONS = Set.of("getenv", "reflect", "java_method", "current_setting",
            "read_text", "read_blob", "glob", "file", "url", "input_file_name", "system", "shell");

    private static final Pattern DESCRIBE = Pattern.compile("(?i)(?:DESCRIBE|DESC)(?:\\s+TABLE)?\\s+[`\"]?(\\w+)[`\"]?");
    private static final Pattern SHOW_TABLES = Pattern.compile("(?i)SHOW\\s+TABLES");
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnalystSql() {
    }

    /**
     * @param sql      the analyst's statement
     * @param allowed  the table names it may read (gold tables, and run_log where the warehouse has it)
     * @param schemas  schema names a table may be qualified with (e.g. the ClickHouse database)
     * @return the statement, as {@link ReadOnlySql#check} normalises it; throws {@link ReadOnlySql.Refused}
     */
    public static String check(String sql, Collection<String> allowed, String... schemas) {
        String text = ReadOnlySql.check(sql);
        Set<String> tables = lower(allowed);
        if (SHOW_TABLES.matcher(text).matches()) {
            return text;
        }
        Matcher describe = DESCRIBE.matcher(text);
        if (describe.matches()) {
            if (!tables.contains(describe.group(1).toLowerCase(Locale.ROOT))) {
                throw refused("'" + describe.group(1) + "' is not a table of the warehouse", tables);
            }
            return text;
        }
        String first = text.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
        if (!first.equals("SELECT") && !first.equals("WITH")) {
            throw new ReadOnlySql.Refused("only SELECT (or WITH … SELECT), SHOW TABLES and DESCRIBE <table> are answered here");
        }
        JsonNode tree = parse(text);
        Set<String> ctes = new HashSet<>();
        collectCtes(tree, ctes);
        walk(tree, tables, ctes, lower(java.util.Arrays.asList(schemas)));
        return text;
    }

    private static JsonNode parse(String text) {
        Properties locked = new Properties();
        locked.setProperty("enable_external_access", "false");
        locked.setProperty("lock_configuration", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:", locked);
             PreparedStatement ps = c.prepareStatement("SELECT json_serialize_sql(CAST(? AS VARCHAR))")) {
            ps.setString(1, text);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                JsonNode tree = JSON.readTree(rs.getString(1));
                if (tree.path("error").asBoolean(false)) {
                    throw new ReadOnlySql.Refused("the query could not be parsed (" + tree.path("error_message").asText()
                            + "); this door takes standard SELECT syntax — ClickHouse-only clauses such as FINAL, ARRAY JOIN,"
                            + " SETTINGS or FORMAT are not accepted here (docs/bi-tools.md)");
                }
                if (tree.path("statements").size() != 1) {
                    throw new ReadOnlySql.Refused("one statement at a time");
                }
                return tree;
            }
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("cannot check the query: " + e.getMessage(), e);
        }
    }

    private static void collectCtes(JsonNode node, Set<String> ctes) {
        if (node.isObject()) {
            JsonNode map = node.path("cte_map").path("map");
            for (JsonNode entry : map) {
                ctes.add(entry.path("key").asText().toLowerCase(Locale.ROOT));
            }
        }
        node.forEach(child -> collectCtes(child, ctes));
    }

    private static void walk(JsonNode node, Set<String> tables, Set<String> ctes, Set<String> schemas) {
        if (node.isObject()) {
            String type = node.path("type").asText("");
            if (type.equals("BASE_TABLE")) {
                String table = node.path("table_name").asText().toLowerCase(Locale.ROOT);
                String schema = node.path("schema_name").asText("").toLowerCase(Locale.ROOT);
                String catalog = node.path("catalog_name").asText("");
                boolean qualifiedOk = (schema.isEmpty() || schemas.contains(schema)) && catalog.isEmpty();
                if (!qualifiedOk || !(tables.contains(table) || (schema.isEmpty() && ctes.contains(table)))) {
                    throw refused("'" + (schema.isEmpty() ? "" : schema + ".") + node.path("table_name").asText()
                            + "' is not a table of the warehouse (files, paths and other databases cannot be read here)", tables);
                }
            } else if (type.equals("TABLE_FUNCTION")) {
                throw new ReadOnlySql.Refused("table functions (" + functionName(node.path("function")) + ") cannot be used here:"
                        + " they read files, URLs or other servers; query the warehouse's tables by name");
            } else if (node.path("class").asText("").equals("FUNCTION")
                    && FORBIDDEN_FUNCTIONS.contains(node.path("function_name").asText("").toLowerCase(Locale.ROOT))) {
                throw new ReadOnlySql.Refused("the function " + node.path("function_name").asText() + "() reaches the process or"
                        + " the filesystem and cannot be used here");
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                walk(fields.next().getValue(), tables, ctes, schemas);
            }
        } else if (node.isArray()) {
            node.forEach(child -> walk(child, tables, ctes, schemas));
        }
    }

    private static String functionName(JsonNode function) {
        String name = function.path("function_name").asText("");
        return name.isEmpty() ? "a table function" : name + "()";
    }

    private static ReadOnlySql.Refused refused(String what, Set<String> tables) {
        return new ReadOnlySql.Refused(what + "; the tables are: " + String.join(", ", new java.util.TreeSet<>(tables)));
    }

    private static Set<String> lower(Collection<String> names) {
        Set<String> out = new HashSet<>();
        names.forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
        return out;
    }
}
