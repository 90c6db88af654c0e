package com.dangjian.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.dangjian.warehouse.clickhouse.ClickHouse;

/**
 * Every table of a ClickHouse database reduced to its row count, the sum of each integer column, a hash of all
 * its rows' non-float content and the float values row by row — the run's own stamps (run id, computed/logged
 * times) left out — so two loads of the same data compare equal and a doubled, lost or changed row shows.
 */
final class WarehouseFingerprint {

    private WarehouseFingerprint() {
    }

    /** Columns a rerun legitimately changes. */
    private static final List<String> STAMPS = List.of("run_id", "computed_at", "logged_at", "seconds");

    static Map<String, TableFingerprint> of(ClickHouse ch, String database, List<String> skipTables) {
        Map<String, TableFingerprint> out = new TreeMap<>();
        for (List<String> t : ch.query("SELECT name FROM system.tables WHERE database = '" + database + "'").rows()) {
            String table = t.get(0);
            if (table.endsWith("__staging") || table.equals("schema_history") || skipTables.contains(table)) {
                continue;
            }
            out.put(table, of(ch, database + "." + table));
        }
        return out;
    }

    private static TableFingerprint of(ClickHouse ch, String table) {
        List<String> aggregates = new ArrayList<>(List.of("toString(count())"));
        List<String> content = new ArrayList<>();
        List<String> floats = new ArrayList<>();
        for (List<String> column : ch.query("DESCRIBE TABLE " + table).rows()) {
            String name = column.get(0);
            String type = column.get(1).replace("Nullable(", "");
            if (STAMPS.contains(name)) {
                continue;
            }
            if (type.startsWith("Float")) {
                floats.add("ifNull(toString(" + name + "), '∅')");
                continue;
            }
            if (type.startsWith("Int") || type.startsWith("UInt")) {
                aggregates.add("toString(sum(" + name + "))");
            }
            content.add("ifNull(toString(" + name + "), '∅')");
        }
        aggregates.add("toString(sum(cityHash64(concat(" + String.join(", '|', ", content) + ", ''))))");
        String exact = String.join(" ", ch.query("SELECT " + String.join(", ", aggregates) + " FROM " + table).rows().get(0));
        if (floats.isEmpty()) {
            return new TableFingerprint(exact, List.of());
        }
        // Row by row in the order of the exact columns: the floats of the same row are compared with a tolerance.
        List<List<String>> values = ch.query("SELECT " + String.join(", ", floats) + " FROM " + table + " ORDER BY "
                + String.join(", ", content) + ", " + String.join(", ", floats)).rows();
        return new TableFingerprint(exact, values);
    }

    /**
     * A table's exact part (count, integer sums, hash of the non-float columns) and its float values row by row.
     * Floats are equal within 10⁻⁶: the same double computed by two runs (sums in another order) can differ in its
     * last bits, and any rounding to a fixed number of decimals sometimes straddles a boundary (it did in CI, at
     * four decimals and at six). The hash is of the exact part, so equal fingerprints hash alike.
     */
    record TableFingerprint(String exact, List<List<String>> floats) {

        private static final double TOLERANCE = 1e-6;

        @Override
        public boolean equals(Object o) {
            return o instanceof TableFingerprint other && exact.equals(other.exact) && floatsMatch(floats, other.floats);
        }

        @Override
        public int hashCode() {
            return exact.hashCode();
        }

        @Override
        public String toString() {
            return exact + (floats.isEmpty() ? "" : " floats " + floats.size() + " rows, first " + floats.get(0));
        }

        private static boolean floatsMatch(List<List<String>> a, List<List<String>> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int r = 0; r < a.size(); r++) {
                for (int c = 0; c < a.get(r).size(); c++) {
                    if (!close(a.get(r).get(c), b.get(r).get(c))) {
                        return false;
                    }
                }
            }
            return true;
        }

        private static boolean close(String x, String y) {
            if (x.equals(y)) {
                return true;
            }
            if (x.equals("∅") || y.equals("∅")) {
                return false;
            }
            double a = Double.parseDouble(x);
            double b = Double.parseDouble(y);
            return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(a));
        }
    }
}
