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

    /** The matrix's table alternative: each branch's compliance index per month, linked to its page. */
    static String table(GoldSnapshot gold, List<String> branchOrder, List<String> months, Messages m) {
        Map<String, Double> index = new java.util.HashMap<>();
        gold.branchScorecards().forEach(s -> index.put(s.orgCode() + "|" + s.month().substring(0, 7), s.compliance()));
        Map<String, GoldSnapshot.Organisation> orgs = gold.organisationsByCode();
        StringBuilder b = new StringBuilder("<details><summary>").append(m.get("chart.table_alt")).append("</summary><div class=\"table-wrap\">")
                .append("<table id=\"matrix-table\"><thead><tr>").append(Scripts.th(m.get("org"), "text"));
        months.forEach(month -> b.append(Scripts.th(month, "num")));
        b.append("</tr></thead><tbody>");
        for (String code : branchOrder) {
            b.append("<tr><td>").append(OrgPage.link("org/", code, orgs.get(code))).append("</td>");
            months.forEach(month -> b.append("<td class=\"num\">").append(Scripts.number(index.get(code + "|" + month))).append("</td>"));
            b.append("</tr>");
        }
        return b.append("</tbody></table></div></details>").toString();
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
                .append("\" style=\"height:").append(120 + 22 * Math.max(1, branchOrder.size())).append("px\"></div>")
                .append(table(gold, branchOrder, months, m)).append("</section>");
        Map<String, String> options = new LinkedHashMap<>();
        matrices.forEach((rule, option) -> options.put(rule, Scripts.json(option)));
        String codes = branchOrder.stream().map(c -> "\"" + Html.script(c.replace("\"", "")) + "\"").collect(Collectors.joining(","));
        String script = "var MATRIX = " + Scripts.object(options) + ";\n"
                + "var MATRIX_ORGS = [" + codes + "];\n"
                + "var MATRIX_MONTHS = [" + months.stream().map(x -> "\"" + x + "\"").collect(Collectors.joining(",")) + "];\n"
                + "var matrixChart = mountChart('matrix', MATRIX['" + ComplianceMatrix.INDEX + "']);\n"
                + "// A cell opens its organisation's page: the rule results and the notes behind them.\n"
                + "matrixChart.on('click', function (p) { if (p.value) {\n"
                + "  location.href = 'org/' + MATRIX_ORGS[p.value[1]] + '.html#m=' + MATRIX_MONTHS[p.value[0]]; } });\n"
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
