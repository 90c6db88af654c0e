package com.dangjian.notebooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.icepear.echarts.Option;
import org.icepear.echarts.charts.bar.BarSeries;
import org.icepear.echarts.charts.line.LineSeries;
import org.icepear.echarts.charts.scatter.ScatterSeries;
import org.icepear.echarts.components.coord.cartesian.CategoryAxis;
import org.icepear.echarts.components.coord.cartesian.ValueAxis;
import org.icepear.echarts.components.grid.Grid;
import org.icepear.echarts.components.legend.Legend;
import org.icepear.echarts.components.title.Title;
import org.icepear.echarts.components.tooltip.Tooltip;
import org.icepear.echarts.render.Engine;

import com.dangjian.dashboards.Html;

/**
 * An ECharts chart shown inline in a notebook, built with the ECharts Java wrapper. Works offline: the first
 * chart a kernel shows carries the ECharts library itself (the jar's copy, never a CDN), later ones use it.
 * Any option the wrapper can build can be shown with {@link #of(String, Option)}.
 */
public final class Chart implements Displayable {

    static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    /** Okabe–Ito colours, as on the dashboards (distinguishable with colour-vision deficiencies). */
    static final String[] COLOURS = {"#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"};
    private static final String[] SYMBOLS = {"circle", "rect", "triangle", "diamond", "pin", "arrow", "roundRect", "emptyCircle"};
    private static final Engine ENGINE = new Engine();
    private static final AtomicBoolean LIBRARY_SENT = new AtomicBoolean();
    private static final AtomicInteger IDS = new AtomicInteger();

    private final String title;
    private final Option option;
    private int height = 400;

    private Chart(String title, Option option) {
        this.title = title;
        this.option = option.setAnimation(false).setColor(COLOURS);
    }

    public static Chart of(String title, Option option) {
        return new Chart(title, option.setTitle(new Title().setText(title)));
    }

    /** Lines over categories (months, say): one line per series, each with its own marker shape. */
    public static Chart line(String title, List<String> x, Map<String, double[]> series) {
        List<LineSeries> lines = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, double[]> s : series.entrySet()) {
            lines.add(new LineSeries().setName(s.getKey()).setSymbol(SYMBOLS[i++ % SYMBOLS.length]).setData(boxed(s.getValue())));
        }
        return of(title, axes(x).setSeries(lines.toArray(new LineSeries[0])));
    }

    /** Bars over categories: one bar per series and category. */
    public static Chart bar(String title, List<String> categories, Map<String, double[]> series) {
        List<BarSeries> bars = new ArrayList<>();
        series.forEach((name, values) -> bars.add(new BarSeries().setName(name).setData(boxed(values))));
        return of(title, axes(categories).setSeries(bars.toArray(new BarSeries[0])));
    }

    /** Points (x, y), each named by its label in the tooltip. */
    public static Chart scatter(String title, String xName, String yName, double[] x, double[] y, List<String> labels) {
        if (x.length != y.length || x.length != labels.size()) {
            throw new IllegalArgumentException("x, y and labels differ in length: " + x.length + ", " + y.length + ", " + labels.size());
        }
        Object[] points = new Object[x.length];
        for (int i = 0; i < x.length; i++) {
            points[i] = Map.of("value", new double[]{x[i], y[i]}, "name", labels.get(i));
        }
        Option option = new Option()
                .setTooltip(new Tooltip().setTrigger("item"))
                .setGrid(new Grid().setLeft("3%").setRight("6%").setTop(48).setBottom(36).setContainLabel(true))
                .setXAxis(new ValueAxis().setName(xName).setScale(true))
                .setYAxis(new ValueAxis().setName(yName).setScale(true))
                .setSeries(new ScatterSeries[]{new ScatterSeries().setName(yName).setSymbolSize(9).setData(points)});
        return of(title, option);
    }

    private static Option axes(List<String> x) {
        return new Option()
                .setTooltip(new Tooltip().setTrigger("axis"))
                .setLegend(new Legend().setTop(24))
                .setGrid(new Grid().setLeft("3%").setRight("4%").setTop(64).setBottom(24).setContainLabel(true))
                .setXAxis(new CategoryAxis().setData(x.toArray()))
                .setYAxis(new ValueAxis());
    }

    /** Empty values (NaN) are gaps, not zeros. */
    private static Object[] boxed(double[] values) {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Double.isNaN(values[i]) ? null : values[i];
        }
        return out;
    }

    public Chart height(int pixels) {
        this.height = pixels;
        return this;
    }

    /** The chart's option as ECharts reads it (JSON). */
    public String json() {
        return ENGINE.renderJsonOption(option);
    }

    @Override
    public String html() {
        String id = "dangjian-chart-" + ProcessHandle.current().pid() + "-" + IDS.incrementAndGet();
        StringBuilder b = new StringBuilder();
        if (LIBRARY_SENT.compareAndSet(false, true)) {
            b.append(library());
        }
        b.append("<div id=\"").append(id).append("\" style=\"width:100%;max-width:960px;height:").append(height)
                .append("px\">").append(Html.text(title)).append("（图表需要脚本：在 Jupyter 中信任此 Notebook 后显示）</div>\n<script>(function () {\n")
                .append("  var option = ").append(Html.script(json())).append(";\n")
                .append("  function draw() { var el = document.getElementById('").append(id).append("');\n")
                .append("    if (!window.echarts || !el) { return setTimeout(draw, 100); }\n")
                .append("    el.textContent = ''; window.echarts.init(el).setOption(option); }\n")
                .append("  draw();\n})();</script>");
        return b.toString();
    }

    /**
     * ECharts itself, once per kernel. Jupyter's classic page has RequireJS, whose define() would take the
     * library as an anonymous module and leave window.echarts unset; define is hidden while it loads.
     */
    private static String library() {
        try (InputStream in = Chart.class.getResourceAsStream(ECHARTS)) {
            if (in == null) {
                throw new IllegalStateException("ECharts is missing from the classpath (" + ECHARTS + "): rebuild the notebooks distribution");
            }
            String js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return "<script>window.__dangjianDefine = window.define; window.define = undefined;</script>\n<script>"
                    + js.replace("</script", "<\\/script") + "</script>\n<script>window.define = window.__dangjianDefine;</script>\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String text() {
        return "图表 " + title + "（在 Notebook 中显示）";
    }

    @Override
    public String toString() {
        return text();
    }
}
