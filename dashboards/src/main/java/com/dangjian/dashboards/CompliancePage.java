package com.dangjian.dashboards;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 规范: organisation × month heat map, for the compliance index or any one rule. The page's script holds the index's
 * matrix only; each rule's matrix is a script of its own ({@link #ruleFile}), which the page adds when the rule's tab
 * is first chosen (pages open from file://, where nothing can be fetched, but a script element still loads).
 */
final class CompliancePage {

    /**
     * Where the rules' scripts go: beside the site's other assets, under a prefix no other asset has, so the portal
     * serves them as the department-wide assets they are (they name no member) and a stale one is told apart.
     */
    static final String RULE_DIR = "assets";
    static final String RULE_PREFIX = "matrix-";

    private CompliancePage() {
    }

    /**
     * The matrix's table alternative: each branch's compliance index per month, linked to its page. Its rows are
     * drawn from the index's matrix (the page's script has it) when the table is first opened: written into the page,
     * a province's two thousand branches × 36 months were a megabyte of HTML.
     */
    static String table(List<String> months, Messages m) {
        StringBuilder b = new StringBuilder("<details id=\"matrix-table-details\"><summary>").append(m.get("chart.table_alt"))
                .append("</summary><div class=\"table-wrap\"><table id=\"matrix-table\" data-drawn data-more=\"")
                .append(Html.text(m.get("table.more"))).append("\"><thead><tr>").append(Scripts.th(m.get("org"), "text"));
        months.forEach(month -> b.append(Scripts.th(month, "num")));
        return b.append("</tr></thead><tbody></tbody></table></div></details>").toString();
    }

    /**
     * How many of the matrix's rows are in sight at once: the chart is that tall and its rows scroll inside it (the
     * slider at its left, the mouse wheel over it). All of a province's two thousand branches made a canvas 48,000
     * pixels tall that took seconds to draw.
     */
    static final int ROWS_IN_SIGHT = 30;

    /** The matrix's rows: the latest month's branches in rank order, then any other branch by code. */
    static List<String> branchOrder(GoldSnapshot gold) {
        List<String> months = gold.months();
        String latest = months.isEmpty() ? "" : months.get(months.size() - 1);
        List<String> branchOrder = gold.branchScorecards().stream().filter(s -> s.month().startsWith(latest))
                .map(GoldSnapshot.Scorecard::orgCode).collect(Collectors.toList());
        gold.branchScorecards().stream().map(GoldSnapshot.Scorecard::orgCode).distinct()
                .filter(c -> !branchOrder.contains(c)).sorted().forEach(branchOrder::add);
        return branchOrder;
    }

    /** A rule's script, relative to the site's root (and to compliance.html, which is at the root). */
    static String ruleFile(String rule) {
        return RULE_DIR + "/" + RULE_PREFIX + rule.replaceAll("[^A-Za-z0-9_-]", "_") + ".js";
    }

    /** A rule's script: it registers the rule's option under the rule's id, for the page to draw. */
    static String ruleScript(String rule, ComplianceMatrix matrices) {
        return "MATRIX[" + Scripts.string(rule) + "] = " + Scripts.json(matrices.rule(rule)) + ";\n";
    }

    /**
     * Writes each rule's script, one rule at a time, and the index's by quarter, year and year to date, and removes
     * the scripts of an earlier generation this one did not write (a rule no longer in the results).
     */
    static void writeRuleScripts(SiteFiles files, GoldSnapshot gold, Messages m) throws IOException {
        ComplianceMatrix matrices = ComplianceMatrix.of(gold, branchOrder(gold), m);
        for (String rule : matrices.rules()) {
            files.write(ruleFile(rule), ruleScript(rule, matrices));
        }
        for (ComplianceMatrix.Columns kind : ComplianceMatrix.Columns.values()) {
            if (kind != ComplianceMatrix.Columns.MONTH) {
                files.write(ruleFile(indexKey(kind)), "MATRIX[" + Scripts.string(indexKey(kind)) + "] = "
                        + Scripts.json(matrices.index(kind)) + ";\n");
            }
        }
        files.removeUnwritten(RULE_DIR, RULE_PREFIX);
    }

    /**
     * The matrix draws ROWS_IN_SIGHT branches at a time behind a thin slider: said in words, so that a reader does not
     * take the branches in sight for all of them.
     */
    static String rowsInSight(int branches, Messages m) {
        if (branches <= ROWS_IN_SIGHT) {
            return "";
        }
        return " <span id=\"matrix-rows\">" + Html.text(m.get("matrix.rows_in_sight").replace("{n}", String.valueOf(branches))
                .replace("{shown}", String.valueOf(ROWS_IN_SIGHT))) + "</span>";
    }

    static PageContent render(GoldSnapshot gold, Messages m) {
        List<String> months = gold.months();
        List<String> branchOrder = branchOrder(gold);
        ComplianceMatrix matrices = ComplianceMatrix.of(gold, branchOrder, m);
        StringBuilder body = new StringBuilder("<section id=\"matrix-section\" data-loading=\"").append(Html.text(m.get("matrix.loading")))
                .append("\" data-failed=\"").append(Html.text(m.get("matrix.failed"))).append("\"><h2>").append(m.get("section.matrix"))
                .append("</h2><p class=\"note\">").append(m.get("section.matrix.note")).append(" ").append(m.get("section.matrix.click"))
                .append(rowsInSight(branchOrder.size(), m)).append("</p><div class=\"tabs\" id=\"matrix-tabs\" role=\"group\" aria-label=\"").append(Html.text(m.get("matrix.tabs"))).append("\">");
        body.append(tab(ComplianceMatrix.INDEX, null, true, m));
        matrices.rules().forEach(rule -> body.append(tab(rule, ruleFile(rule), false, m)));
        // Wide (three years of months) and tall (a row per branch): the chart scrolls sideways inside its box on a
        // phone rather than the page, wide enough for each month's cell to hold its score.
        body.append("</div>").append(periodButtons(m));
        body.append("<p id=\"matrix-status\" class=\"note\" role=\"status\" aria-live=\"polite\"></p>")
                .append("<div class=\"table-wrap wide matrix-wrap\"><div id=\"matrix\" class=\"chart matrix\" role=\"img\" aria-label=\"")
                .append(m.get("section.matrix")).append("\" style=\"height:").append(130 + 22 * Math.max(1, Math.min(ROWS_IN_SIGHT, branchOrder.size())))
                .append("px;min-width:").append(Math.max(320, 200 + 30 * months.size())).append("px\"></div></div>")
                .append(table(months, m)).append("</section>");
        String codes = branchOrder.stream().map(c -> "\"" + Html.script(c.replace("\"", "")) + "\"").collect(Collectors.joining(","));
        StringBuilder links = new StringBuilder();
        for (ComplianceMatrix.Columns kind : ComplianceMatrix.Columns.values()) {
            links.append(links.isEmpty() ? "" : ",\n").append(Scripts.string(indexKey(kind))).append(": [")
                    .append(matrices.linkMonths(kind).stream().map(x -> "\"" + x + "\"").collect(Collectors.joining(","))).append("]");
        }
        String script = "var MATRIX = {" + Scripts.string(ComplianceMatrix.INDEX) + ": " + Scripts.json(matrices.index()) + "};\n"
                + "var MATRIX_ORGS = [" + codes + "];\n"
                + "// The month a cell opens on its organisation's page, per column, for each matrix of the index (a rule's: its month).\n"
                + "var MATRIX_LINKS = {" + links + "};\n"
                + "var MATRIX_MONTHS = [" + months.stream().map(x -> "\"" + x + "\"").collect(Collectors.joining(",")) + "];\n"
                + "var matrixKey = '" + ComplianceMatrix.INDEX + "';\n"
                + "var MATRIX_ROWS_IN_SIGHT = " + ROWS_IN_SIGHT + ";\n"
                + """
                function axisData(a) { return (Array.isArray(a) ? a[0] : a).data; }
                // More rows than are in sight: they scroll inside the chart, by the slider at its left edge (in sight on a
                // phone, where the chart scrolls sideways) or the mouse wheel; another matrix opens on the rows in sight.
                function rowsInSight(option) {
                  if (axisData(option.yAxis).length <= MATRIX_ROWS_IN_SIGHT) { return; }
                  var zoom = typeof matrixChart === 'undefined' ? null : matrixChart.getOption().dataZoom;
                  var start = zoom && zoom.length ? zoom[0].startValue || 0 : 0, end = start + MATRIX_ROWS_IN_SIGHT - 1;
                  (Array.isArray(option.grid) ? option.grid[0] : option.grid).left = 30;
                  option.dataZoom = [
                    {type: 'slider', yAxisIndex: 0, left: 4, width: 16, startValue: start, endValue: end, zoomLock: true,
                     showDetail: false, brushSelect: false},
                    {type: 'inside', yAxisIndex: 0, startValue: start, endValue: end, zoomLock: true, zoomOnMouseWheel: false,
                     moveOnMouseWheel: true, moveOnMouseMove: false}];
                }
                // The tooltip names the cell's organisation and month, and the score or the status (the option's JSON
                // cannot carry a function; the series of a rule's matrix is named after the rule and the status). It stays
                // inside the chart: past its edge it would widen the box the matrix scrolls in.
                function withTooltip(rule) {
                  var option = MATRIX[rule], axis = axisData;
                  rowsInSight(option);
                  var names = axis(option.yAxis), months = axis(option.xAxis), index = rule.indexOf('%s') === 0;
                  // The index's cells are bare [column, row, score] (a province's matrix is tens of thousands of
                  // cells): each shows its score rounded, as the tables do.
                  if (index) {
                    var series = Array.isArray(option.series) ? option.series[0] : option.series;
                    series.label.formatter = function (p) { return String(Math.round(p.value[2])); };
                  }
                  option.tooltip = {position: 'top', confine: true, formatter: function (p) {
                    var v = p.value;
                    return echarts.format.encodeHTML(names[v[1]] + ' · ' + months[v[0]]) + '<br>' + echarts.format.encodeHTML(p.seriesName)
                        + (index ? '：<b>' + oneDecimal(v[2]) + '</b>' : '');
                  }};
                  return option;
                }
                """.formatted(ComplianceMatrix.INDEX)
                + "var matrixChart = mountChart('matrix', withTooltip('" + ComplianceMatrix.INDEX + "'));\n"
                + "// A cell opens its organisation's page: the rule results and the notes behind them.\n"
                + "matrixChart.on('click', function (p) { if (p.value) {\n"
                + "  var months = MATRIX_LINKS[matrixKey] || MATRIX_MONTHS;\n"
                + "  location.href = 'org/' + MATRIX_ORGS[p.value[1]] + '.html#m=' + months[p.value[0]]; } });\n"
                + """
                // A rule's matrix, and the index's by quarter, year or year to date, is a script of its own, added the
                // first time its button is chosen; it sets MATRIX[key].
                (function () {
                  var section = document.getElementById('matrix-section'), status = document.getElementById('matrix-status');
                  var buttons = document.querySelectorAll('#matrix-tabs button'), periods = document.querySelectorAll('#matrix-periods button');
                  var chosen = null, shown = buttons[0], shownPeriod = periods[0], requested = {};
                  var chart = document.getElementById('matrix'), label = chart.getAttribute('aria-label');
                  function press(b) { buttons.forEach(function (o) { o.setAttribute('aria-pressed', o === b); }); }
                  function pressPeriod(p) { periods.forEach(function (o) { o.setAttribute('aria-pressed', o === p); }); }
                  function say(text, loading) {
                    status.textContent = text;
                    if (loading) { section.setAttribute('aria-busy', 'true'); } else { section.removeAttribute('aria-busy'); }
                  }
                  function draw(key, b) {
                    if (chosen !== key) { return; } // another button was chosen while this one loaded
                    matrixChart.hideLoading();
                    if (MATRIX[key]) {
                      say('', false);
                      matrixChart.setOption(withTooltip(key), true);
                      matrixKey = key;
                      chart.setAttribute('aria-label', label + ' · ' + b.textContent);
                      if (b.dataset.period) { shown = buttons[0]; shownPeriod = b; } else { shown = b; shownPeriod = periods[0]; }
                    } else { // the buttons pressed are again those of the matrix drawn
                      say(section.dataset.failed, false);
                      chosen = matrixKey;
                      press(shown);
                      pressPeriod(shownPeriod);
                    }
                  }
                  function choose(key, b) {
                    chosen = key;
                    if (MATRIX[key] || !b.dataset.script) { draw(key, b); return; }
                    say(section.dataset.loading, true);
                    matrixChart.showLoading('default', {text: section.dataset.loading});
                    if (requested[key]) { return; }
                    requested[key] = true;
                    var s = document.createElement('script');
                    s.src = b.dataset.script;
                    s.onload = function () { draw(key, b); };
                    s.onerror = function () { requested[key] = false; s.remove(); draw(key, b); };
                    document.head.appendChild(s);
                  }
                  buttons.forEach(function (b) {
                    b.addEventListener('click', function () { press(b); pressPeriod(periods[0]); choose(b.dataset.rule, b); });
                  });
                  // 按月 / 按季度 / 按年度 / 年初至今: the index's matrix of that period (a rule's matrix is by month).
                  periods.forEach(function (p) {
                    p.addEventListener('click', function () { press(buttons[0]); pressPeriod(p); choose(p.dataset.matrix, p); });
                  });
                  // #period=QUARTER in the address opens the index by quarter (a link to share).
                  var asked = /period=([A-Z]+)/.exec(location.hash);
                  periods.forEach(function (p) { if (asked && p.dataset.period === asked[1]) { p.click(); } });
                })();
                // The table alternative: its rows drawn from the index's matrix by month when first opened.
                (function () {
                  var details = document.getElementById('matrix-table-details'), table = document.getElementById('matrix-table');
                  var rows = null;
                  function score(v) { return v === null ? '—' : oneDecimal(v); }
                  function html(r) {
                    return '<tr><td><a href="org/' + escapeHtml(r[0]) + '.html">' + escapeHtml(r[1]) + '</a></td><td>'
                      + r[2].map(score).join('</td><td>') + '</td></tr>';
                  }
                  details.addEventListener('toggle', function () {
                    if (!details.open || rows) { return; }
                    var index = MATRIX['%s'], names = axisData(index.yAxis);
                    var series = Array.isArray(index.series) ? index.series[0] : index.series;
                    rows = MATRIX_ORGS.map(function (code, y) {
                      return [code, names[y], MATRIX_MONTHS.map(function () { return null; })];
                    });
                    series.data.forEach(function (c) { rows[c[1]][2][c[0]] = c[2]; });
                    drawnRows(table, html, function (r, col) { return col === 0 ? r[1] : score(r[2][col - 1]); }).show(rows);
                  });
                })();
                """.formatted(ComplianceMatrix.INDEX);
        return new PageContent(body.toString(), script);
    }

    /** The index matrix's key in MATRIX for a kind of column: the index itself by month, else INDEX@QUARTER …. */
    static String indexKey(ComplianceMatrix.Columns kind) {
        return kind == ComplianceMatrix.Columns.MONTH ? ComplianceMatrix.INDEX : ComplianceMatrix.INDEX + "@" + kind;
    }

    /** 按月 · 按季度 · 按年度 · 年初至今, for the compliance index (quarters and years are means of the months). */
    private static String periodButtons(Messages m) {
        StringBuilder b = new StringBuilder("<div class=\"tabs\" id=\"matrix-periods\" role=\"group\" aria-label=\"")
                .append(Html.text(m.get("matrix.periods"))).append("\">");
        for (ComplianceMatrix.Columns kind : ComplianceMatrix.Columns.values()) {
            b.append("<button type=\"button\" data-period=\"").append(kind).append("\" data-matrix=\"").append(Html.text(indexKey(kind)))
                    .append(kind == ComplianceMatrix.Columns.MONTH ? "" : "\" data-script=\"" + Html.text(ruleFile(indexKey(kind))))
                    .append("\" aria-pressed=\"").append(kind == ComplianceMatrix.Columns.MONTH).append("\">")
                    .append(Html.text(m.get("matrix.period." + kind.name().toLowerCase(java.util.Locale.ROOT)))).append("</button>");
        }
        return b.append("</div>").toString();
    }

    private static String tab(String rule, String script, boolean pressed, Messages m) {
        return "<button type=\"button\" data-rule=\"" + Html.text(rule) + "\""
                + (script == null ? "" : " data-script=\"" + Html.text(script) + "\"")
                + " aria-pressed=\"" + pressed + "\">" + Html.text(m.label("rule", rule)) + "</button>";
    }
}
