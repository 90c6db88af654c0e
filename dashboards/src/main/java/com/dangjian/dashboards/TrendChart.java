package com.dangjian.dashboards;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.icepear.echarts.Option;
import org.icepear.echarts.charts.line.LineSeries;
import org.icepear.echarts.components.coord.cartesian.CategoryAxis;
import org.icepear.echarts.components.coord.cartesian.ValueAxis;
import org.icepear.echarts.components.grid.Grid;
import org.icepear.echarts.components.legend.Legend;
import org.icepear.echarts.components.marker.MarkLine;
import org.icepear.echarts.components.marker.MarkLine1DDataItem;
import org.icepear.echarts.components.series.LineStyle;
import org.icepear.echarts.components.series.SeriesLineLabel;
import org.icepear.echarts.components.tooltip.Tooltip;

/**
 * One organisation's index over time: the monthly value (solid, circles) and its 3-month moving average (dashed,
 * no markers), so the two differ by more than colour; a dotted target line at {@link #TARGET}; the value axis fitted
 * to the data and the target ({@link #bounds}), not 0–100; with a table of QoQ, YoY and the 6-month slope. Used by
 * the trends page (the department) and by every organisation's page.
 */
final class TrendChart {

    static final List<String> INDICES = List.of("overall", "compliance", "engagement", "evaluation");

    /**
     * The target score the trend lines are drawn against. The rule catalogue defines no target and no score bands
     * (its scorecard part holds weights only; see rules.yaml), so the target is the threshold of the top band, 90
     * points, for every index (all are on 0–100). Should the catalogue gain a target, read it here — the
     * organisations' pages call {@link #section} without the catalogue, and the two pages must draw the same line.
     */
    static final double TARGET = 90;

    /** The least margin (points) between what is drawn and the axis's ends, which are multiples of {@link #STEP}. */
    private static final double MIN_MARGIN = 2;
    private static final int STEP = 5;

    private static final String TARGET_COLOUR = "#555555";

    private TrendChart() {
    }

    /** A value axis's bounds, in points. */
    record Bounds(int min, int max) {
    }

    /**
     * The value axis fitted to what the chart draws — the values, their moving average and the target line — with a
     * margin of a tenth of that range (at least {@value #MIN_MARGIN} points) on either side, widened to multiples of
     * {@value #STEP} and kept within 0–100: values of 70–85 against the target 90 give 65–95.
     */
    static Bounds bounds(Collection<Double> values, double target) {
        double lo = target;
        double hi = target;
        for (Double v : values) {
            if (v != null && !v.isNaN()) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double margin = Math.max(MIN_MARGIN, (hi - lo) / 10);
        int min = (int) Math.max(0, Math.floor((lo - margin) / STEP) * STEP);
        int max = (int) Math.min(100, Math.ceil((hi + margin) / STEP) * STEP);
        return new Bounds(min, Math.max(max, min + STEP));
    }

    /** index name → chart option, for the indices this organisation has. */
    static Map<String, Option> of(List<GoldSnapshot.Trend> trends, Messages m) {
        Map<String, Option> out = new LinkedHashMap<>();
        for (String index : INDICES) {
            List<GoldSnapshot.Trend> rows = trends.stream().filter(t -> t.index().equals(index))
                    .sorted(java.util.Comparator.comparing(GoldSnapshot.Trend::month)).toList();
            if (rows.isEmpty()) {
                continue;
            }
            List<Double> drawn = new ArrayList<>();
            rows.forEach(t -> {
                drawn.add(t.value());
                drawn.add(t.ma3());
            });
            Bounds axis = bounds(drawn.stream().filter(Objects::nonNull).toList(), TARGET);
            out.put(index, new Option()
                    .setAnimation(false)
                    .setTooltip(new Tooltip().setTrigger("axis"))
                    .setLegend(new Legend().setTop(0))
                    .setGrid(new Grid().setLeft("3%").setRight("4%").setTop(36).setBottom(24).setContainLabel(true))
                    .setXAxis(new CategoryAxis().setData(rows.stream().map(t -> t.month().substring(0, 7)).toArray()))
                    .setYAxis(new ValueAxis().setMin(axis.min()).setMax(axis.max()))
                    .setSeries(new LineSeries[]{
                            new LineSeries().setName(m.get(index)).setColor(Palette.PASS).setSymbol("circle")
                                    .setData(rows.stream().map(GoldSnapshot.Trend::value).toArray())
                                    .setMarkLine(targetLine(m)),
                            new LineSeries().setName(m.get("trend.ma3")).setColor(Palette.FAIL).setSymbol("none")
                                    .setLineStyle(new LineStyle().setType("dashed"))
                                    .setData(rows.stream().map(GoldSnapshot.Trend::ma3).toArray())}));
        }
        return out;
    }

    /** The target as a dotted horizontal line with its label (the first series carries it: it adds no series). */
    private static MarkLine targetLine(Messages m) {
        String label = targetLabel(m);
        return new MarkLine().setSilent(true).setSymbol("none").setAnimation(false)
                .setLineStyle(new LineStyle().setType("dotted").setColor(TARGET_COLOUR).setWidth(1.5))
                .setLabel(new SeriesLineLabel().setFormatter(label).setPosition("insideEndTop").setColor(TARGET_COLOUR))
                .setData(new MarkLine1DDataItem[]{new MarkLine1DDataItem().setName(label).setYAxis(TARGET)});
    }

    static String targetLabel(Messages m) {
        return m.get("trends.target").replace("{n}", points(TARGET));
    }

    private static String points(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
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
                        .append(slope(t.slope6()))
                        .append("</td></tr>"));
        return b.append("</tbody></table>").toString();
    }

    /** A change with its sign (▲/▼ would repeat the sign; the sign is not colour). */
    static String signed(Double v) {
        return v == null ? "—" : Decimals.signed(v, 1);
    }

    /** A 6-month slope, points per month, with its sign. */
    static String slope(Double v) {
        return v == null ? "—" : Decimals.signed(v, 2);
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
                .append(m.get("section.trends")).append("\"></div><p class=\"note trend-axis\">")
                .append(Html.text(m.get("trends.axis.note").replace("{n}", points(TARGET)))).append("</p><details><summary>")
                .append(m.get("chart.table_alt")).append("</summary><div class=\"table-wrap\">")
                .append(table(chartId + "-table", trends, m)).append("</div></details>");
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
