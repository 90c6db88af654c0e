package com.dangjian.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.dangjian.warehouse.clickhouse.ClickHouse;

/**
 * Every table of a ClickHouse database reduced to its row count, the sum of each numeric column and a hash of
 * all its rows' content — the run's own stamps (run id, computed/logged times) left out — so two loads of the
 * same data compare equal and a doubled, lost or changed row shows.
 */
final class WarehouseFingerprint {

    private WarehouseFingerprint() {
    }

    /** Columns a rerun legitimately changes. */
    private static final List<String> STAMPS = List.of("run_id", "computed_at", "logged_at", "seconds");

    static Map<String, String> of(ClickHouse ch, String database, List<String> skipTables) {
        Map<String, String> out = new TreeMap<>();
        for (List<String> t : ch.query("SELECT name FROM system.tables WHERE database = '" + database + "'").rows()) {
            String table = t.get(0);
            if (table.endsWith("__staging") || table.equals("schema_history") || skipTables.contains(table)) {
                continue;
            }
            List<String> aggregates = new ArrayList<>(List.of("toString(count())"));
            List<String> content = new ArrayList<>();
            for (List<String> column : ch.query("DESCRIBE TABLE " + database + "." + table).rows()) {
                String name = column.get(0);
                String type = column.get(1).replace("Nullable(", "");
                if (STAMPS.contains(name)) {
                    continue;
                }
                boolean numeric = type.startsWith("Int") || type.startsWith("UInt") || type.startsWith("Float");
                // Four decimals (10⁻⁴ points): the same double computed by two runs can differ in its last bits (sums
                // in another order), and at six decimals that once straddled a rounding boundary.
                String value = type.startsWith("Float") ? "round(" + name + ", 4)" : name;
                if (numeric) {
                    aggregates.add("toString(round(sum(" + name + "), 4))");
                }
                content.add("ifNull(toString(" + value + "), '∅')");
            }
            aggregates.add("toString(sum(cityHash64(concat(" + String.join(", '|', ", content) + ", ''))))");
            out.put(table, String.join(" ", ch.query("SELECT " + String.join(", ", aggregates) + " FROM "
                    + database + "." + table).rows().get(0)));
        }
        return out;
    }
}
