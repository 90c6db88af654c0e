package com.dangjian.warehouse.read;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.dangjian.warehouse.clickhouse.Tsv;

/** Query results for people (an aligned table; Chinese characters count two columns) or for tools (CSV). */
public final class TablePrinter {

    private TablePrinter() {
    }

    public static String table(Tsv.Table t) {
        int n = t.columns().size();
        int[] width = new int[n];
        List<List<String>> all = new ArrayList<>();
        all.add(t.columns());
        all.addAll(t.rows());
        for (List<String> row : all) {
            for (int i = 0; i < n; i++) {
                width[i] = Math.max(width[i], display(cell(row, i)));
            }
        }
        StringBuilder b = new StringBuilder();
        line(b, t.columns(), width);
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : "-+-").append("-".repeat(width[i]));
        }
        b.append('\n');
        t.rows().forEach(r -> line(b, r, width));
        b.append(t.rows().size()).append(t.rows().size() == 1 ? " row\n" : " rows\n");
        return b.toString();
    }

    public static String csv(Tsv.Table t) {
        StringBuilder b = new StringBuilder(csvLine(t.columns()));
        t.rows().forEach(r -> b.append(csvLine(r)));
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> row, int[] width) {
        for (int i = 0; i < width.length; i++) {
            String v = cell(row, i);
            b.append(i == 0 ? "" : " | ").append(v).append(" ".repeat(width[i] - display(v)));
        }
        b.append('\n');
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() && row.get(i) != null ? row.get(i) : "NULL";
    }

    /** Terminal columns: East Asian wide characters take two. */
    static int display(String s) {
        return s.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0xFF01 && c <= 0xFF60) || (c >= 0x3000 && c <= 0x303F) ? 2 : 1).sum();
    }

    private static String csvLine(List<String> row) {
        return row.stream().map(v -> v == null ? "" : v.contains(",") || v.contains("\"") || v.contains("\n")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v).collect(Collectors.joining(",", "", "\n"));
    }
}
