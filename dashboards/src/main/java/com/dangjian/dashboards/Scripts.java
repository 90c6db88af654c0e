package com.dangjian.dashboards;

import java.util.Map;
import java.util.stream.Collectors;

import org.icepear.echarts.Option;
import org.icepear.echarts.serializer.EChartsSerializer;

/** Chart options as JSON for a page's script, and the small scripts the pages share. */
final class Scripts {

    /**
     * What echarts-java's Engine.renderJsonOption uses, made once: the Engine makes a new serializer (a new Gson,
     * its type adapters worked out again) for every chart, thousands of times a night at province scale. Gson is
     * safe to share between the threads writing organisations' pages.
     */
    private static final EChartsSerializer SERIALIZER = new EChartsSerializer();

    private Scripts() {
    }

    static String json(Option option) {
        return Html.script(SERIALIZER.toJson(option));
    }

    /**
     * A JavaScript object literal of already-rendered JSON values, keys in order: callers pass Map.of, whose order
     * changes from one JVM to the next, and the same night must write the same bytes.
     */
    static String object(Map<String, String> jsonByKey) {
        return jsonByKey.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> "\"" + e.getKey() + "\": " + e.getValue())
                .collect(Collectors.joining(",\n", "{\n", "\n}"));
    }

    /**
     * Click a column header to sort its table; numbers as numbers. A table drawn from data (data-drawn, page.js's
     * drawnRows) sorts its data instead.
     */
    static final String SORTABLE = """
            document.querySelectorAll('table:not([data-drawn]) th[data-sort]').forEach(function (th) {
              th.addEventListener('click', function () {
                var table = th.closest('table'), col = Array.prototype.indexOf.call(th.parentNode.children, th);
                var asc = th.dataset.dir !== 'asc'; th.dataset.dir = asc ? 'asc' : 'desc';
                table.querySelectorAll('tbody').forEach(function (tb) {
                  var rows = Array.from(tb.rows);
                  rows.sort(function (a, b) {
                    return compareCells(a.cells[col].textContent, b.cells[col].textContent, th.dataset.sort === 'num', asc);
                  });
                  rows.forEach(function (r) { tb.appendChild(r); });
                });
              });
            });
            """;

    static String th(String label, String sortType) {
        return "<th data-sort=\"" + sortType + "\" scope=\"col\">" + Html.text(label) + "</th>";
    }

    static String number(Double v) {
        return v == null ? "—" : Decimals.fixed(v, 1);
    }

    /** A JavaScript string literal that cannot end the script early. */
    static String string(String s) {
        if (s == null) {
            return "\"\"";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"', '\\' -> b.append('\\').append(c);
                case '<' -> b.append("\\u003c");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\u2028' -> b.append("\\u2028");
                case '\u2029' -> b.append("\\u2029");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
