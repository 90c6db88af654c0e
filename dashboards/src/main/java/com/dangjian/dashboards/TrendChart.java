package com.dangjian.dashboards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.icepear.echarts.Option;
import org.icepear.echarts.charts.line.LineSeries;
import org.icepear.echarts.components.coord.cartesian.CategoryAxis;
import org.icepear.echarts.components.coord.cartesian.ValueAxis;
import org.icepear.echarts.components.grid.Grid;
import org.icepear.echarts.components.legend.Legend;
import org.icepear.echarts.components.tooltip.Tooltip;

/**
 * One organisation's index over time: the monthly value (solid, circles) and its 3-month moving average (dashed,
 * no markers), so the two differ by more than colour; with a table of QoQ, YoY and the 6-month slope.
 */
final class TrendChart {

    static final List<String> INDICES = List.of("overall", "compliance", "engagement", "evaluation");

    private TrendChart() {
    }

    /** index name → chart option, for the indices this organisation has. */
    static Map<String, Option> of(List<GoldSnapshot.Trend> trends, Messages m) {
        Map<String, Option> out = new LinkedHashMap<>();
        for (String index : INDICES) {
            List<GoldSnapshot.Trend> rows = trends.stream().filter(t -> t.index().equals(index)).toList();
            if (rows.isEmpty()) {
                continue;
            }
            out.put(index, new Option()
                    .setAnimation(false)
                    .setTooltip(new Tooltip().setTrigger("axis"))
                    .setLegend(new Legend().setTop(0))
                    .setGrid(new Grid().setLeft("3%").setRight("4%").setTop(36).setBottom(24).setContainLabel(true))
                    .setXAxis(new CategoryAxis().setData(rows.stream().map(t -> t.month().substring(0, 7)).toArray()))
                    .setYAxis(new ValueAxis().setMin(0).setMax(100))
                    .setSeries(new LineSeries[]{
                            new LineSeries().setName(m.get(index)).setColor(Palette.PASS).setSymbol("circle")
                                    .setData(rows.stream().map(GoldSnapshot.Trend::value).toArray()),
                            new LineSeries().setName(m.get("trend.ma3")).setColor(Palette.FAIL).setSymbol("none")
                                    .setLineStyle(new org.icepear.echarts.components.series.LineStyle().setType("dashed"))
                                    .setData(rows.stream().map(GoldSnapshot.Trend::ma3).toArray())}));
        }
        return out;
    }

    /** The table alternative: month, value, MA3, QoQ, YoY, slope for one index (newest first). */
    static String table(String id, List<GoldSnapshot.Trend> trends, Messages m) {
        StringBuilder b = new StringBuilder("<table id=\"" + id + "\"><thead><tr>" + Scripts.th(m.get("month"), "text")
                + Scripts.th(m.get("trend.index"), "text") + Scripts.th(m.get("trend.value"), "num")
                + Scripts.th(m.get("trend.ma3"), "num") + Scripts.th(m.get("trend.qoq"), "num")
                + Scripts.th(m.get("trend.yoy"), "num") + Scripts.th(m.get("trend.slope6"), "num") + "</tr></thead><tbody>");
        trends.stream().sorted(java.util.Comparator.comparing(GoldSnapshot.Trend::month).reversed()
                        .thenComparing(t -> INDICES.indexOf(t.index())))
                .forEach(t -> b.append("<tr data-index=\"").append(Html.text(t.index())).append("\"><td>")
                        .append(t.month().substring(0, 7)).append("</td><td>").append(Html.text(m.get(t.index())))
                        .append("</td><td class=\"num\">").append(Scripts.number(t.value())).append("</td><td class=\"num\">")
                        .append(Scripts.number(t.ma3())).append("</td><td class=\"num\">").append(signed(t.qoq()))
                        .append("</td><td class=\"num\">").append(signed(t.yoy())).append("</td><td class=\"num\">")
                        .append(t.slope6() == null ? "—" : String.format(java.util.Locale.ROOT, "%+.2f", t.slope6()))
                        .append("</td></tr>"));
        return b.append("</tbody></table>").toString();
    }

    /** A change with its sign (▲/▼ would repeat the sign; the sign is not colour). */
    static String signed(Double v) {
        return v == null ? "—" : String.format(java.util.Locale.ROOT, "%+.1f", v);
    }

    /** The charts and their index selector for one organisation's trend section; returns the script. */
    static String section(StringBuilder body, String chartId, List<GoldSnapshot.Trend> trends, Messages m) {
        Map<String, Option> charts = of(trends, m);
        if (charts.isEmpty()) {
            body.append("<p>").append(m.get("empty")).append("</p>");
            return "";
        }
        body.append("<div class=\"filters\"><label>").append(m.get("trend.index")).append(" <select id=\"").append(chartId)
                .append("-index\">");
        charts.keySet().forEach(i -> body.append("<option value=\"").append(i).append("\">").append(Html.text(m.get(i))).append("</option>"));
        body.append("</select></label></div><div id=\"").append(chartId).append("\" class=\"chart trend\" role=\"img\" aria-label=\"")
                .append(m.get("section.trends")).append("\"></div><details><summary>").append(m.get("chart.table_alt"))
                .append("</summary>").append(table(chartId + "-table", trends, m)).append("</details>");
        Map<String, String> options = new LinkedHashMap<>();
        charts.forEach((k, v) -> options.put(k, Scripts.json(v)));
        String first = charts.keySet().iterator().next();
        String var = chartId.replace('-', '_');
        return "var " + var + " = " + Scripts.object(options) + ";\n"
                + "var " + var + "_chart = mountChart('" + chartId + "', " + var + "['" + first + "']);\n"
                + "document.getElementById('" + chartId + "-index').addEventListener('change', function () { "
                + var + "_chart.setOption(" + var + "[this.value], true); });\n";
    }
}
