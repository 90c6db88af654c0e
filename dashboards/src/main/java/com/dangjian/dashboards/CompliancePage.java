package com.dangjian.dashboards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.icepear.echarts.Option;

/** 规范: organisation × month heat map, for the compliance index or any one rule. */
final class CompliancePage {

    private CompliancePage() {
    }

    static PageContent render(GoldSnapshot gold, Messages m) {
        List<String> months = gold.months();
        String latest = months.isEmpty() ? "" : months.get(months.size() - 1);
        List<String> branchOrder = gold.branchScorecards().stream().filter(s -> s.month().startsWith(latest))
                .map(GoldSnapshot.Scorecard::orgCode).collect(Collectors.toList());
        gold.branchScorecards().stream().map(GoldSnapshot.Scorecard::orgCode).distinct()
                .filter(c -> !branchOrder.contains(c)).sorted().forEach(branchOrder::add);
        Map<String, Option> matrices = ComplianceMatrix.of(gold, branchOrder, m);
        StringBuilder body = new StringBuilder("<section id=\"matrix-section\"><h2>").append(m.get("section.matrix"))
                .append("</h2><p class=\"note\">").append(m.get("section.matrix.note")).append(" ").append(m.get("section.matrix.click"))
                .append("</p><div class=\"tabs\" role=\"group\">");
        matrices.keySet().forEach(rule -> body.append("<button type=\"button\" data-rule=\"").append(rule)
                .append("\" aria-pressed=\"").append(rule.equals(ComplianceMatrix.INDEX)).append("\">")
                .append(Html.text(m.label("rule", rule))).append("</button>"));
        body.append("</div><div id=\"matrix\" class=\"chart matrix\" role=\"img\" aria-label=\"").append(m.get("section.matrix"))
                .append("\" style=\"height:").append(120 + 22 * Math.max(1, branchOrder.size())).append("px\"></div></section>");
        Map<String, String> options = new LinkedHashMap<>();
        matrices.forEach((rule, option) -> options.put(rule, Scripts.json(option)));
        String codes = branchOrder.stream().map(c -> "\"" + Html.script(c.replace("\"", "")) + "\"").collect(Collectors.joining(","));
        String script = "var MATRIX = " + Scripts.object(options) + ";\n"
                + "var MATRIX_ORGS = [" + codes + "];\n"
                + "var matrixChart = mountChart('matrix', MATRIX['" + ComplianceMatrix.INDEX + "']);\n"
                + "// A cell opens its organisation's page: the rule results and the notes behind them.\n"
                + "matrixChart.on('click', function (p) { if (p.value) { location.href = 'org/' + MATRIX_ORGS[p.value[1]] + '.html'; } });\n"
                + """
                document.querySelectorAll('.tabs button').forEach(function (b) {
                  b.addEventListener('click', function () {
                    matrixChart.setOption(MATRIX[b.dataset.rule], true);
                    document.querySelectorAll('.tabs button').forEach(function (o) { o.setAttribute('aria-pressed', o === b); });
                  });
                });
                """;
        return new PageContent(body.toString(), script);
    }
}
