package com.dangjian.dashboards;

import java.util.List;
import java.util.Map;

import com.dangjian.contracts.rules.RuleCatalogue;

/**
 * 得分构成 ("why this score") on an organisation's page, for each month it was scored: the overall score from its
 * three parts and their weights; the compliance index as 100 minus each rule's deduction (e.g. 党课 2026Q3 未达标
 * −6.7) with the result's note; the engagement index from attendance, study and service; the evaluation from the
 * quarterly assessment and the secretary's review, or "无考评" when there is none (and the weights re-normalised).
 */
final class ScoreExplanation {

    private ScoreExplanation() {
    }

    /**
     * The rows of every month, newest first: month "YYYY-MM" → its rows, each {css class ("" or "deduction"), item,
     * value, explanation}. The page renders the month it opens on ({@link #html}); the others travel as data in the
     * organisation's script and are rendered when chosen.
     */
    static Map<String, List<String[]>> rows(List<GoldSnapshot.Scorecard> cards, List<GoldSnapshot.Deduction> deductions,
                                            Map<String, GoldSnapshot.RuleResult> resultsByKey, RuleCatalogue c, Messages m) {
        Map<String, List<String[]>> out = new java.util.LinkedHashMap<>();
        Map<String, List<GoldSnapshot.Deduction>> byMonth = deductions.stream()
                .collect(java.util.stream.Collectors.groupingBy(d -> d.month().substring(0, 7)));
        for (GoldSnapshot.Scorecard s : cards) {
            String month = s.month().substring(0, 7);
            List<String[]> rows = out.computeIfAbsent(month, k -> new java.util.ArrayList<>());
            rows.add(new String[]{"", m.get("overall"), Scripts.number(s.overall()), overallText(s, c, m)});
            rows.add(new String[]{"", m.get("compliance"), Scripts.number(s.compliance()), m.get("why.compliance")});
            for (GoldSnapshot.Deduction d : byMonth.getOrDefault(month, List.of())) {
                GoldSnapshot.RuleResult r = resultsByKey.get(d.ruleId() + "|" + d.periodStart());
                rows.add(new String[]{"deduction", "　" + m.label("rule", d.ruleId()), "−" + Decimals.fixed(d.points(), 1),
                        periodLabel(d.periodType(), d.periodStart(), m) + " " + ComplianceMatrix.symbol(d.status()) + " "
                                + m.label("status", d.status()) + (r == null || r.note() == null ? "" : "：" + r.note())});
            }
            rows.add(new String[]{"", m.get("engagement"), Scripts.number(s.engagement()), engagementText(s.parts(), c, m)});
            rows.add(new String[]{"", m.get("evaluation"), s.evaluation() == null ? m.get("evaluation.none") : Scripts.number(s.evaluation()),
                    evaluationText(s.parts(), c, m)});
        }
        return out;
    }

    /** One month's rows as HTML, tagged data-month="YYYY-MM" (what the page's script renders for another month). */
    static String html(String month, List<String[]> rows) {
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            b.append("<tr").append(r[0].isEmpty() ? "" : " class=\"" + r[0] + "\"").append(" data-month=\"").append(month)
                    .append("\"><th scope=\"row\">").append(Html.text(r[1])).append("</th><td class=\"num\">").append(Html.text(r[2]))
                    .append("</td><td>").append(Html.text(r[3])).append("</td></tr>");
        }
        return b.toString();
    }

    /** "2026-07" for a month or a month-end point, "2026Q3" for a quarter, "2025年" for a year. */
    static String periodLabel(String type, String start, Messages m) {
        java.time.LocalDate d = java.time.LocalDate.parse(start);
        return switch (type) {
            case "QUARTER" -> d.getYear() + "Q" + ((d.getMonthValue() - 1) / 3 + 1);
            case "YEAR" -> m.get("period.year").replace("{y}", String.valueOf(d.getYear()));
            default -> start.substring(0, 7);
        };
    }

    private static String overallText(GoldSnapshot.Scorecard s, RuleCatalogue c, Messages m) {
        double wc = c.scorecardWeight("weights.compliance", 0.4);
        double we = c.scorecardWeight("weights.engagement", 0.3);
        double wv = s.evaluation() == null ? 0 : c.scorecardWeight("weights.evaluation", 0.3);
        double total = wc + we + wv;
        String text = m.get("compliance") + " × " + share(wc / total) + " + " + m.get("engagement") + " × " + share(we / total);
        return s.evaluation() == null ? text + "（" + m.get("evaluation.renormalised") + "）"
                : text + " + " + m.get("evaluation") + " × " + share(wv / total);
    }

    private static String engagementText(GoldSnapshot.Parts p, RuleCatalogue c, Messages m) {
        double wa = c.scorecardWeight("engagement.attendance", 0.5);
        double ws = c.scorecardWeight("engagement.study", 0.3);
        double wv = c.scorecardWeight("engagement.service", 0.2);
        double total = wa + ws + wv;
        return "100 × （" + m.get("engagement.attendance") + " " + percent(p.attendance()) + " × " + share(wa / total)
                + " + " + m.get("engagement.study") + " " + percent(p.study()) + " × " + share(ws / total)
                + " + " + m.get("engagement.service") + " " + percent(p.service()) + " × " + share(wv / total) + "）";
    }

    private static String evaluationText(GoldSnapshot.Parts p, RuleCatalogue c, Messages m) {
        if (p.quarterlyAssessment() == null && p.secretaryReview() == null) {
            return m.get("evaluation.none.why");
        }
        double wq = c.scorecardWeight("evaluation.quarterly", 0.6);
        double wy = c.scorecardWeight("evaluation.secretaryReview", 0.4);
        if (p.secretaryReview() == null) {
            return m.get("evaluation.quarterly") + " " + Scripts.number(p.quarterlyAssessment()) + "（" + m.get("evaluation.only") + "）";
        }
        if (p.quarterlyAssessment() == null) {
            return m.get("evaluation.secretary_review") + " " + Scripts.number(p.secretaryReview()) + "（" + m.get("evaluation.only") + "）";
        }
        return m.get("evaluation.quarterly") + " " + Scripts.number(p.quarterlyAssessment()) + " × " + share(wq / (wq + wy)) + " + "
                + m.get("evaluation.secretary_review") + " " + Scripts.number(p.secretaryReview()) + " × " + share(wy / (wq + wy));
    }

    private static String percent(Double share) {
        return share == null ? "—" : Decimals.fixed(share * 100, 0) + "%";
    }

    private static String share(double weight) {
        return Decimals.fixed(weight, 2);
    }
}
