package com.dangjian.dashboards;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.dangjian.contracts.rules.RuleCatalogue;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * 方法: every rule with its requirement, citation, weight and thresholds, and the scorecard's formulas — rendered
 * from the rule catalogue the engine ran with, so the page cannot disagree with the numbers.
 */
final class MethodologyPage {

    /** Catalogue keys shown in their own columns, not as thresholds. */
    private static final Set<String> DESCRIBED = Set.of("enabled", "weight", "name", "requirement", "citation");

    private MethodologyPage() {
    }

    static PageContent render(RuleCatalogue catalogue, Messages m) {
        StringBuilder body = new StringBuilder("<section id=\"rules-section\"><h2>").append(m.get("section.rules"))
                .append("</h2><p class=\"note\">").append(m.get("section.rules.note")).append("</p><table id=\"rules-table\"><thead><tr>")
                .append(Scripts.th(m.get("rule.id"), "text")).append(Scripts.th(m.get("rule"), "text"))
                .append(Scripts.th(m.get("rule.requirement"), "text")).append(Scripts.th(m.get("rule.citation"), "text"))
                .append(Scripts.th(m.get("rule.weight"), "num")).append(Scripts.th(m.get("rule.thresholds"), "text"))
                .append(Scripts.th(m.get("rule.enabled"), "text")).append("</tr></thead><tbody>");
        for (Map.Entry<String, RuleCatalogue.RuleSettings> e : new java.util.TreeMap<>(catalogue.rules()).entrySet()) {
            RuleCatalogue.RuleSettings r = e.getValue();
            body.append("<tr data-rule=\"").append(Html.text(r.id())).append("\"><td>").append(Html.text(r.id())).append("</td><td>")
                    .append(Html.text(r.name())).append("</td><td>").append(Html.text(r.requirement())).append("</td><td>")
                    .append(Html.text(r.citation())).append("</td><td class=\"num\">").append(weight(r.weight())).append("</td><td>")
                    .append(Html.text(thresholds(r.node()))).append("</td><td>")
                    .append(r.enabled() ? m.get("yes") : m.get("no")).append("</td></tr>");
        }
        body.append("</tbody></table></section>");
        body.append("<section id=\"formulas-section\"><h2>").append(m.get("section.formulas")).append("</h2><ul>");
        for (String key : new String[]{"formula.compliance", "formula.engagement", "formula.evaluation", "formula.overall",
                "formula.rank", "formula.levels"}) {
            body.append("<li>").append(Html.text(m.get(key))).append("</li>");
        }
        body.append("</ul><p class=\"note\">").append(m.get("formula.weights")).append(" <code>")
                .append(Html.text(catalogue.scorecard() == null ? "{}" : catalogue.scorecard().toString())).append("</code></p></section>");
        return new PageContent(body.toString(), Scripts.SORTABLE);
    }

    private static String weight(double w) {
        return w == Math.rint(w) ? String.valueOf((long) w) : String.valueOf(w);
    }

    static String thresholds(JsonNode node) {
        if (node == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!DESCRIBED.contains(f.getKey())) {
                b.append(b.isEmpty() ? "" : "; ").append(f.getKey()).append(" = ").append(f.getValue().asText(f.getValue().toString()));
            }
        }
        return b.toString();
    }
}
