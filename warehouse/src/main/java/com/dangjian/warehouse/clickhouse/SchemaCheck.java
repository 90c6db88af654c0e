package com.dangjian.warehouse.clickhouse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.dangjian.contracts.gold.GoldColumn;
import com.dangjian.contracts.gold.GoldTable;

/**
 * Whether the gold descriptors (gold-tables.yaml) and ClickHouse's schema agree, column by column and type by
 * type: the schema the migrations create (checked by a unit test, so a descriptor changed without a migration
 * fails the build) and the schema a live server has (checked before every load, so such a night fails naming
 * the column instead of dropping it).
 */
public final class SchemaCheck {

    private static final Pattern CREATE = Pattern.compile(
            "CREATE TABLE IF NOT EXISTS \\$\\{database}\\.(\\w+) \\((.*?)\\) ENGINE", Pattern.DOTALL);
    private static final Pattern ADD = Pattern.compile(
            "ALTER TABLE \\$\\{database}\\.(\\w+) ADD COLUMN (\\w+) (.+?)(?: DEFAULT [^;]+)?;");

    private SchemaCheck() {
    }

    /** Table → column → ClickHouse type, as the migrations (in order) leave them. */
    public static Map<String, Map<String, String>> migrated() {
        StringBuilder sql = new StringBuilder();
        for (String file : Migrations.FILES) {
            try (var in = SchemaCheck.class.getResourceAsStream("/db/clickhouse/" + file)) {
                sql.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        Map<String, Map<String, String>> tables = new LinkedHashMap<>();
        Matcher table = CREATE.matcher(sql);
        while (table.find()) {
            Map<String, String> columns = new LinkedHashMap<>();
            for (String line : table.group(2).split("\n")) {
                String l = line.strip().replaceAll(",$", "");
                if (!l.isEmpty()) {
                    String[] nameType = l.split("\\s+", 2);
                    columns.put(nameType[0], nameType[1].replaceAll(" DEFAULT .*$", ""));
                }
            }
            tables.put(table.group(1), columns);
        }
        Matcher added = ADD.matcher(sql);
        while (added.find()) {
            tables.get(added.group(1)).put(added.group(2), added.group(3).strip());
        }
        return tables;
    }

    /** The live server's columns of a table: column → type (DESCRIBE TABLE). */
    public static Map<String, String> live(ClickHouse ch, String table) {
        Map<String, String> columns = new LinkedHashMap<>();
        ch.query("DESCRIBE TABLE " + ch.settings().database() + "." + table).rows().forEach(r -> columns.put(r.get(0), r.get(1)));
        return columns;
    }

    /** Every way the descriptor and a schema disagree, one sentence each (empty when they agree). */
    public static List<String> differences(GoldTable descriptor, Map<String, String> schema) {
        List<String> out = new ArrayList<>();
        if (schema == null) {
            out.add(descriptor.name() + ": no such table in ClickHouse — add a migration creating it");
            return out;
        }
        for (GoldColumn c : descriptor.columns()) {
            String type = schema.get(c.name());
            if (type == null) {
                out.add(descriptor.name() + "." + c.name() + " (" + c.clickHouseType() + ") is in the descriptor but not in ClickHouse:"
                        + " add a migration (ALTER TABLE … ADD COLUMN)");
            } else if (!type.equals(c.clickHouseType())) {
                out.add(descriptor.name() + "." + c.name() + " is " + type + " in ClickHouse, " + c.clickHouseType() + " in the descriptor");
            }
        }
        schema.keySet().stream().filter(n -> descriptor.column(n).isEmpty())
                .forEach(n -> out.add(descriptor.name() + "." + n + " is in ClickHouse but not in the descriptor"));
        return out;
    }

    /**
     * The night's check before it loads: every descriptor against the live server; fails naming each column that
     * disagrees (a column the transform writes that ClickHouse lacks is never dropped silently).
     */
    public static void requireAgreement(ClickHouse ch, List<GoldTable> descriptors) {
        List<String> out = new ArrayList<>();
        for (GoldTable t : descriptors) {
            boolean exists = ch.count("SELECT count() FROM system.tables WHERE database = '" + ch.settings().database()
                    + "' AND name = '" + t.name() + "'") > 0;
            out.addAll(differences(t, exists ? live(ch, t.name()) : null));
        }
        if (!out.isEmpty()) {
            throw new IllegalStateException("ClickHouse's schema disagrees with the gold descriptors (contracts gold-tables.yaml): "
                    + String.join("; ", out));
        }
    }
}
