package com.dangjian.dashboards;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.dangjian.contracts.rules.RuleCatalogue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;

/**
 * 方法: every rule with its requirement, citation and weight, each rule's parameters, the scorecard's weights and
 * the formulas — rendered from the rule catalogue the engine ran with, so the page cannot disagree with the numbers;
 * every name in words from the message bundle, never the catalogue's own keys.
 */
final class MethodologyPage {

    /** Catalogue keys shown in their own columns, not as parameters. */
    private static final Set<String> DESCRIBED = Set.of("enabled", "weight", "name", "nameEn", "requirement", "citation");

    /**
     * The scorecard's weights as the engine reads them (catalogue path and the engine's fallback when the catalogue
     * has none: {@code OrgScorecardMonthly}, {@code Engagement}, {@code Evaluation}), by the score they make up, with
     * the message key of each part.
     */
    record Weight(String score, String path, double fallback, String label) {
    }

    static final List<Weight> WEIGHTS = List.of(
            new Weight("overall", "weights.compliance", 0.4, "compliance"),
            new Weight("overall", "weights.engagement", 0.3, "engagement"),
            new Weight("overall", "weights.evaluation", 0.3, "evaluation"),
            new Weight("engagement", "engagement.attendance", 0.5, "engagement.attendance"),
            new Weight("engagement", "engagement.study", 0.3, "engagement.study"),
            new Weight("engagement", "engagement.service", 0.2, "engagement.service"),
            new Weight("evaluation", "evaluation.quarterly", 0.6, "evaluation.quarterly"),
            new Weight("evaluation", "evaluation.secretaryReview", 0.4, "evaluation.secretary_review"));

    /** One row of the parameters table: what it belongs to (in words), the parameter's key and its value. */
    private record Parameter(String owner, String key, JsonNode value, boolean fallback) {
    }

    private MethodologyPage() {
    }

    static PageContent render(RuleCatalogue catalogue, Messages m) {
        StringBuilder body = new StringBuilder();
        rules(body, catalogue, m);
        parameters(body, catalogue, m);
        weights(body, catalogue, m);
        body.append("<section id=\"formulas-section\"><h2>").append(m.get("section.formulas")).append("</h2><ul>");
        for (String key : new String[]{"formula.compliance", "formula.engagement", "formula.evaluation", "formula.overall",
                "formula.rank", "formula.levels"}) {
            body.append("<li>").append(Html.text(m.get(key))).append("</li>");
        }
        body.append("</ul></section>");
        return new PageContent(body.toString(), Scripts.SORTABLE);
    }

    private static void rules(StringBuilder body, RuleCatalogue catalogue, Messages m) {
        body.append("<section id=\"rules-section\"><h2>").append(m.get("section.rules"))
                .append("</h2><p class=\"note\">").append(m.get("method.rules.note")).append("</p><div class=\"table-wrap wide\">")
                .append("<table id=\"rules-table\"><thead><tr>")
                .append(Scripts.th(m.get("rule"), "text")).append(Scripts.th(m.get("rule.requirement"), "text"))
                .append(Scripts.th(m.get("rule.citation"), "text")).append(Scripts.th(m.get("rule.weight"), "num"))
                .append(Scripts.th(m.get("rule.enabled"), "text")).append(Scripts.th(m.get("rule.id"), "text"))
                .append("</tr></thead><tbody>");
        for (RuleCatalogue.RuleSettings r : catalogue.rules().values()) {
            body.append("<tr data-rule=\"").append(Html.text(r.id())).append("\"><td>").append(Html.text(r.name(m.language())))
                    .append("</td><td>").append(Html.text(r.requirement())).append("</td><td>").append(Html.text(r.citation()))
                    .append("</td><td class=\"num\">").append(number(r.weight())).append("</td><td>")
                    .append(r.enabled() ? m.get("yes") : m.get("no")).append("</td><td class=\"code\">").append(Html.text(r.id()))
                    .append("</td></tr>");
        }
        body.append("</tbody></table></div></section>");
    }

    /**
     * Each rule's parameters (the catalogue's keys besides those in {@link #DESCRIBED}), the engagement's study target
     * and the alarms' notice period, named and with their unit from the bundle ({@code method.param.KEY},
     * {@code method.unit.KEY}).
     */
    private static void parameters(StringBuilder body, RuleCatalogue catalogue, Messages m) {
        List<Parameter> rows = new ArrayList<>();
        for (RuleCatalogue.RuleSettings r : catalogue.rules().values()) {
            if (r.node() == null) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = r.node().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (!DESCRIBED.contains(f.getKey())) {
                    rows.add(new Parameter(r.name(m.language()), f.getKey(), f.getValue(), false));
                }
            }
        }
        // Read as the engine reads them (Engagement, RuleCatalogue.electionDueWithinDays), with the same fallbacks.
        boolean targetSet = configured(catalogue, "engagement.studyMinutesTarget");
        rows.add(new Parameter(m.get("engagement"), "studyMinutesTarget", DoubleNode.valueOf(targetSet
                ? catalogue.scorecardWeight("engagement.studyMinutesTarget", 120) : 120), !targetSet));
        boolean dueSet = catalogue.alarms() != null && catalogue.alarms().path("electionDueWithinDays").isNumber();
        rows.add(new Parameter(m.get("method.alarms"), "electionDueWithinDays",
                IntNode.valueOf(catalogue.alarms() == null ? 90 : catalogue.electionDueWithinDays()), !dueSet));
        body.append("<section id=\"parameters-section\"><h2>").append(m.get("method.parameters")).append("</h2><p class=\"note\">")
                .append(m.get("method.parameters.note")).append("</p><div class=\"table-wrap wide\"><table id=\"parameters-table\"><thead><tr>")
                .append(Scripts.th(m.get("method.owner"), "text")).append(Scripts.th(m.get("method.parameter"), "text"))
                .append(Scripts.th(m.get("method.value"), "num")).append("</tr></thead><tbody>");
        for (Parameter p : rows) {
            body.append("<tr><td>").append(Html.text(p.owner())).append("</td><td>").append(parameterName(p.key(), m))
                    .append("</td><td class=\"num\">").append(value(p.key(), p.value(), m))
                    .append(p.fallback() ? Html.text(m.get("method.default")) : "").append("</td></tr>");
        }
        body.append("</tbody></table></div></section>");
    }

    /** A parameter's name in words; one the bundle does not know (an operator's addition) is shown as it is, marked. */
    private static String parameterName(String key, Messages m) {
        String label = m.label("method.param", key);
        return label.equals(key) ? "<code>" + Html.text(key) + "</code>" + Html.text(m.get("method.param.unknown"))
                : Html.text(label);
    }

    /** A parameter's value with its unit: "7 人"; yes/no for a switch. */
    private static String value(String key, JsonNode v, Messages m) {
        if (v.isBoolean()) {
            return v.asBoolean() ? m.get("yes") : m.get("no");
        }
        if (!v.isValueNode()) {
            return "<code>" + Html.text(v.toString()) + "</code>";
        }
        String unit = m.label("method.unit", key);
        String text = v.isNumber() ? number(v.asDouble()) : v.asText();
        return Html.text(unit.equals(key) ? text : text + " " + unit);
    }

    /**
     * The weights of the overall score and of the engagement and evaluation parts: each weight as configured and its
     * share of its score (weight ÷ the sum of the score's weights, as the engine divides by that sum).
     */
    private static void weights(StringBuilder body, RuleCatalogue catalogue, Messages m) {
        body.append("<section id=\"weights-section\"><h2>").append(m.get("method.weights")).append("</h2><p class=\"note\">")
                .append(m.get("method.weights.note")).append("</p><div class=\"table-wrap wide\"><table id=\"weights-table\"><thead><tr>")
                .append(Scripts.th(m.get("method.score"), "text")).append(Scripts.th(m.get("method.part"), "text"))
                .append(Scripts.th(m.get("rule.weight"), "num")).append(Scripts.th(m.get("method.share"), "num"))
                .append("</tr></thead><tbody>");
        for (String score : List.of("overall", "engagement", "evaluation")) {
            List<Weight> parts = WEIGHTS.stream().filter(w -> w.score().equals(score)).toList();
            double sum = parts.stream().mapToDouble(w -> weight(catalogue, w)).sum();
            for (Weight w : parts) {
                double v = weight(catalogue, w);
                boolean fallback = !configured(catalogue, w.path());
                body.append("<tr data-score=\"").append(score).append("\"><td>").append(Html.text(m.get(score)))
                        .append("</td><td>").append(Html.text(m.get(w.label()))).append("</td><td class=\"num\">").append(number(v))
                        .append(fallback ? Html.text(m.get("method.default")) : "").append("</td><td class=\"num\">")
                        .append(sum > 0 ? Decimals.fixed(100 * v / sum, 0) + "%" : "—").append("</td></tr>");
            }
        }
        body.append("</tbody></table></div></section>");
    }

    private static double weight(RuleCatalogue catalogue, Weight w) {
        return catalogue.scorecard() == null ? w.fallback() : catalogue.scorecardWeight(w.path(), w.fallback());
    }

    private static boolean configured(RuleCatalogue catalogue, String path) {
        if (catalogue.scorecard() == null) {
            return false;
        }
        JsonNode n = catalogue.scorecard();
        for (String part : path.split("\\.")) {
            n = n.path(part);
        }
        return n.isNumber();
    }

    /** 1 as "1", 0.4 as "0.4". */
    static String number(double w) {
        return w == Math.rint(w) ? String.valueOf((long) w) : String.valueOf(w);
    }
}
