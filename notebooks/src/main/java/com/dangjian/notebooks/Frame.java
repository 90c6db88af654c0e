package com.dangjian.notebooks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import com.dangjian.dashboards.Html;
import com.dangjian.warehouse.clickhouse.Tsv;
import com.dangjian.warehouse.read.TablePrinter;

/**
 * A query's answer or a computed table: named columns and rows of values (text as the warehouse sent it, or
 * numbers a notebook computed). Read values typed through {@link Row}; shown as an HTML table in a notebook.
 * Immutable: every operation returns a new frame.
 */
public final class Frame implements Displayable {

    /** Rows shown in a notebook before "… and N more". */
    static final int SHOWN = 20;

    private final List<String> columns;
    private final List<List<Object>> rows;
    private final Map<String, Integer> index = new LinkedHashMap<>();

    public Frame(List<String> columns, List<? extends List<?>> rows) {
        this.columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<?> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + r.size() + " values for " + columns.size() + " columns " + columns + ": " + r);
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(r)));
        }
        this.rows = Collections.unmodifiableList(copy);
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i), i);
        }
    }

    static Frame of(Tsv.Table table) {
        return new Frame(table.columns(), table.rows());
    }

    public List<String> columns() {
        return columns;
    }

    public int size() {
        return rows.size();
    }

    public Row row(int i) {
        return new Row(i);
    }

    public List<Row> rows() {
        List<Row> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            out.add(new Row(i));
        }
        return out;
    }

    /** A column's values as text (null stays null). */
    public List<String> strings(String column) {
        int c = position(column);
        return rows.stream().map(r -> r.get(c) == null ? null : String.valueOf(r.get(c))).toList();
    }

    /** A column's values as numbers; an empty value is NaN. */
    public double[] numbers(String column) {
        int c = position(column);
        return rows.stream().mapToDouble(r -> number(r.get(c), column)).toArray();
    }

    public Frame where(Predicate<Row> keep) {
        return new Frame(columns, rows().stream().filter(keep).map(r -> rows.get(r.i)).toList());
    }

    public Frame sortedBy(Comparator<Row> order) {
        return new Frame(columns, rows().stream().sorted(order).map(r -> rows.get(r.i)).toList());
    }

    public Frame head(int n) {
        return new Frame(columns, rows.subList(0, Math.min(n, rows.size())));
    }

    /** The first row whose column equals the value, as text. */
    public Row find(String column, String value) {
        return rows().stream().filter(r -> value.equals(r.str(column))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row with " + column + " = " + value));
    }

    /** Rows grouped by a key, in first-seen order. */
    public <K> Map<K, List<Row>> groupBy(Function<Row, K> key) {
        Map<K, List<Row>> out = new LinkedHashMap<>();
        for (Row r : rows()) {
            out.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    /** Writes the whole frame (not only the rows shown) as an Excel workbook; returns where. */
    public java.nio.file.Path toExcel(String file) {
        return FrameExport.excel(this, java.nio.file.Path.of(file), "data");
    }

    /** Writes the whole frame as CSV (UTF-8 with a byte-order mark, which Excel needs for Chinese); returns where. */
    public java.nio.file.Path toCsv(String file) {
        return FrameExport.csv(this, java.nio.file.Path.of(file));
    }

    int position(String column) {
        Integer c = index.get(column);
        if (c == null) {
            throw new IllegalArgumentException("no column '" + column + "': the columns are " + columns);
        }
        return c;
    }

    static double number(Object v, String column) {
        if (v == null) {
            return Double.NaN;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        String s = v.toString();
        if (s.isEmpty() || s.equals("nan")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("column '" + column + "' holds '" + s + "', not a number", e);
        }
    }

    /** One row; values by column name. */
    public final class Row {
        private final int i;

        private Row(int i) {
            this.i = i;
        }

        public Object get(String column) {
            return rows.get(i).get(position(column));
        }

        public String str(String column) {
            Object v = get(column);
            return v == null ? null : v.toString();
        }

        public double num(String column) {
            return number(get(column), column);
        }

        public long integer(String column) {
            return (long) num(column);
        }

        public boolean isNull(String column) {
            return get(column) == null;
        }

        /** A date column (YYYY-MM-DD, as the warehouse prints it). */
        public LocalDate date(String column) {
            String v = str(column);
            return v == null ? null : LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
        }

        @Override
        public String toString() {
            return rows.get(i).toString();
        }
    }

    @Override
    public String html() {
        StringBuilder b = new StringBuilder("<table class=\"dangjian-frame\"><thead><tr>");
        columns.forEach(c -> b.append("<th>").append(Html.text(c)).append("</th>"));
        b.append("</tr></thead><tbody>");
        for (List<Object> r : rows.subList(0, Math.min(SHOWN, rows.size()))) {
            b.append("<tr>");
            r.forEach(v -> b.append(v instanceof Number || looksNumeric(v) ? "<td style=\"text-align:right\">" : "<td>")
                    .append(v == null ? "<i>NULL</i>" : Html.text(format(v))).append("</td>"));
            b.append("</tr>");
        }
        b.append("</tbody></table><p>").append(rows.size()).append(" 行");
        if (rows.size() > SHOWN) {
            b.append("（显示前 ").append(SHOWN).append(" 行；<code>.head(n)</code> / <code>.rows()</code> 查看更多）");
        }
        return b.append("</p>").toString();
    }

    @Override
    public String text() {
        List<List<String>> shown = rows.subList(0, Math.min(SHOWN, rows.size())).stream()
                .map(r -> r.stream().map(v -> v == null ? null : format(v)).toList()).toList();
        String table = TablePrinter.table(new Tsv.Table(columns, shown));
        return rows.size() > SHOWN ? table + "(" + rows.size() + " rows in all)\n" : table;
    }

    @Override
    public String toString() {
        return text();
    }

    private static boolean looksNumeric(Object v) {
        return v instanceof String s && !s.isEmpty() && s.matches("-?\\d+(\\.\\d+)?([eE]-?\\d+)?");
    }

    private static String format(Object v) {
        if (v instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : String.format(java.util.Locale.ROOT, "%.4f", d);
        }
        return v.toString();
    }
}
