package com.dangjian.dashboards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.icepear.echarts.Option;
import org.icepear.echarts.render.Engine;

import com.dangjian.warehouse.read.GoldReadSide;

/**
 * Generates the static site from the read side: HTML with chart options built by echarts-java, and every
 * asset local (ECharts from the webjar, our own page template instead of echarts-java's CDN one), so the
 * pages work on an intranet with no internet.
 */
public final class SiteGenerator {

    static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

    private final Messages messages;
    private final Engine engine = new Engine();

    public SiteGenerator(Messages messages) {
        this.messages = messages;
    }

    /** Writes the site into {@code siteDir}; returns the path of index.html. */
    public Path generate(GoldReadSide readSide, Path siteDir) {
        GoldSnapshot gold = GoldSnapshot.read(readSide);
        try {
            Files.createDirectories(siteDir.resolve("assets"));
            copyResource(ECHARTS, siteDir.resolve("assets/echarts.min.js"));
            copyResource("/dashboards/site.css", siteDir.resolve("assets/site.css"));
            Path index = siteDir.resolve("index.html");
            Files.writeString(index, overview(gold), StandardCharsets.UTF_8);
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site to " + siteDir, e);
        }
    }

    String overview(GoldSnapshot gold) {
        Messages m = messages;
        Map<String, GoldSnapshot.Organisation> orgs = gold.organisationsByCode();
        Map<String, List<GoldSnapshot.Scorecard>> byMonth = gold.scorecards().stream()
                .collect(Collectors.groupingBy(s -> s.month().substring(0, 7), TreeMap::new, Collectors.toList()));
        String latest = byMonth.isEmpty() ? null : ((TreeMap<String, ?>) byMonth).lastKey();

        StringBuilder body = new StringBuilder();
        StringBuilder script = new StringBuilder();
        body.append("<section id=\"ranking-section\"><h2>").append(m.get("section.ranking")).append("</h2><p class=\"note\">")
                .append(m.get("section.ranking.note")).append("</p>");
        if (latest == null) {
            body.append("<p>").append(m.get("empty")).append("</p></section>");
        } else {
            body.append("<label>").append(m.get("month")).append(" <select id=\"month\">");
            byMonth.keySet().stream().sorted(java.util.Comparator.reverseOrder()).forEach(month ->
                    body.append("<option value=\"").append(month).append("\">").append(month).append("</option>"));
            body.append("</select></label>");
            int orgCount = byMonth.values().stream().mapToInt(List::size).max().orElse(1);
            body.append("<div class=\"row\"><div id=\"ranking\" class=\"chart\" role=\"img\" aria-label=\"")
                    .append(m.get("section.ranking")).append("\" style=\"height:").append(80 + 24 * orgCount).append("px\"></div>")
                    .append("<div class=\"table-wrap\"><table id=\"ranking-table\" aria-label=\"").append(m.get("chart.table_alt"))
                    .append("\">").append(RankingTable.header(m));
            Map<String, String> rankingOptions = new LinkedHashMap<>();
            byMonth.forEach((month, cards) -> {
                body.append(RankingTable.body(month, month.equals(latest), cards, orgs, m));
                rankingOptions.put(month, json(RankingChart.of(month + "-01", cards, orgs, m)));
            });
            body.append("</table></div></div></section>");
            script.append("var RANKING = ").append(jsObject(rankingOptions)).append(";\n")
                    .append("var rankingChart = mountChart('ranking', RANKING['").append(latest).append("']);\n")
                    .append("document.getElementById('month').addEventListener('change', function () {\n")
                    .append("  rankingChart.setOption(RANKING[this.value], true);\n")
                    .append("  var month = this.value;\n")
                    .append("  document.querySelectorAll('#ranking-table tbody').forEach(function (t) { t.hidden = t.dataset.month !== month; });\n")
                    .append("});\n");
        }

        List<String> branchOrder = gold.scorecards().stream()
                .filter(s -> s.month().startsWith(latest == null ? "" : latest))
                .map(GoldSnapshot.Scorecard::orgCode).collect(Collectors.toList());
        gold.scorecards().stream().map(GoldSnapshot.Scorecard::orgCode).distinct()
                .filter(c -> !branchOrder.contains(c)).sorted().forEach(branchOrder::add);
        Map<String, Option> matrices = ComplianceMatrix.of(gold, branchOrder, m);
        body.append("<section id=\"matrix-section\"><h2>").append(m.get("section.matrix")).append("</h2><p class=\"note\">")
                .append(m.get("section.matrix.note")).append("</p><div class=\"tabs\" role=\"group\">");
        matrices.keySet().forEach(rule -> body.append("<button type=\"button\" data-rule=\"").append(rule)
                .append("\" aria-pressed=\"").append(rule.equals(ComplianceMatrix.INDEX)).append("\">")
                .append(Html.text(m.label("rule", rule))).append("</button>"));
        body.append("</div><div id=\"matrix\" class=\"chart matrix\" role=\"img\" aria-label=\"").append(m.get("section.matrix"))
                .append("\" style=\"height:").append(120 + 22 * Math.max(1, branchOrder.size())).append("px\"></div></section>");
        Map<String, String> matrixOptions = new LinkedHashMap<>();
        matrices.forEach((rule, option) -> matrixOptions.put(rule, json(option)));
        script.append("var MATRIX = ").append(jsObject(matrixOptions)).append(";\n")
                .append("var matrixChart = mountChart('matrix', MATRIX['").append(ComplianceMatrix.INDEX).append("']);\n")
                .append("document.querySelectorAll('.tabs button').forEach(function (b) {\n")
                .append("  b.addEventListener('click', function () {\n")
                .append("    matrixChart.setOption(MATRIX[b.dataset.rule], true);\n")
                .append("    document.querySelectorAll('.tabs button').forEach(function (o) { o.setAttribute('aria-pressed', o === b); });\n")
                .append("  });\n});\n")
                .append(SORTABLE);

        String meta = m.get("data.source") + "：" + Html.text(gold.source()) + " · " + m.get("data.run") + "："
                + Html.text(gold.runId()) + " · " + m.get("data.computed_at") + "：" + Html.text(gold.computedAt());
        return template()
                .replace("{{lang}}", m.language().equals("zh") ? "zh-CN" : m.language())
                .replace("{{title}}", m.get("site.title"))
                .replace("{{subtitle}}", m.get("site.subtitle"))
                .replace("{{meta}}", meta)
                .replace("{{body}}", body)
                .replace("{{script}}", script);
    }

    /** Click a column header to sort its table; numbers as numbers. */
    static final String SORTABLE = """
            document.querySelectorAll('th[data-sort]').forEach(function (th, i) {
              th.addEventListener('click', function () {
                var table = th.closest('table'), col = Array.prototype.indexOf.call(th.parentNode.children, th);
                var asc = th.dataset.dir !== 'asc'; th.dataset.dir = asc ? 'asc' : 'desc';
                table.querySelectorAll('tbody').forEach(function (tb) {
                  var rows = Array.from(tb.rows);
                  rows.sort(function (a, b) {
                    var x = a.cells[col].textContent, y = b.cells[col].textContent;
                    var r = th.dataset.sort === 'num' ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x.localeCompare(y, 'zh');
                    return asc ? r : -r;
                  });
                  rows.forEach(function (r) { tb.appendChild(r); });
                });
              });
            });
            """;

    private String json(Option option) {
        return Html.script(engine.renderJsonOption(option));
    }

    private static String jsObject(Map<String, String> jsonByKey) {
        return jsonByKey.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + e.getValue())
                .collect(Collectors.joining(",\n", "{\n", "\n}"));
    }

    private static String template() {
        try (InputStream in = SiteGenerator.class.getResourceAsStream("/dashboards/page.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyResource(String resource, Path target) throws IOException {
        try (InputStream in = SiteGenerator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the classpath");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
