package com.dangjian.dashboards;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The monthly meeting's handout (print.html): the overview's tiles, the first and last ten branches and the
 * department's indices of the last six months, laid out to print on one A4 page.
 */
final class PrintPage {

    static final String FILE = "print.html";
    static final int MONTHS = 6;

    private PrintPage() {
    }

    static PageContent render(GoldSnapshot gold, Messages m) {
        OverviewPage.Tiles t = OverviewPage.Tiles.of(gold);
        Map<String, GoldSnapshot.Organisation> orgs = gold.organisationsByCode();
        List<GoldSnapshot.Scorecard> latest = gold.branchScorecards().stream()
                .filter(s -> t.month() != null && s.month().startsWith(t.month()))
                .sorted(Comparator.comparingInt(GoldSnapshot.Scorecard::rank)).toList();
        StringBuilder body = new StringBuilder("<section class=\"print\" id=\"print-section\"><h2>").append(m.get("print.title"))
                .append(t.month() == null ? "" : " · " + t.month()).append("</h2><p class=\"note no-print\">").append(m.get("print.note"))
                .append("</p><table class=\"print-tiles\"><tbody><tr>")
                .append(cell(m.get("tile.assessed"), String.valueOf(t.assessed())))
                .append(cell(m.get("tile.compliance"), Scripts.number(t.compliance())))
                .append(cell(m.get("tile.engagement"), Scripts.number(t.engagement())))
                .append(cell(m.get("tile.evaluation"), Scripts.number(t.evaluation())))
                .append(cell(m.get("tile.alarms"), String.valueOf(t.openAlarms())))
                .append("</tr></tbody></table><div class=\"row print-row\"><div class=\"half\"><h3>").append(m.get("section.top")).append("</h3>")
                .append(table(latest.subList(0, Math.min(OverviewPage.TOP, latest.size())), orgs, m))
                .append("</div><div class=\"half\"><h3>").append(m.get("section.bottom")).append("</h3>")
                .append(table(latest.subList(Math.max(0, latest.size() - OverviewPage.TOP), latest.size()), orgs, m))
                .append("</div></div><h3>").append(m.get("section.department")).append("</h3><table><thead><tr><th>")
                .append(m.get("month")).append("</th><th>").append(m.get("compliance")).append("</th><th>").append(m.get("engagement"))
                .append("</th><th>").append(m.get("evaluation")).append("</th></tr></thead><tbody>");
        List<DepartmentIndices> trend = DepartmentIndices.of(gold);
        trend.subList(Math.max(0, trend.size() - MONTHS), trend.size()).forEach(d -> body.append("<tr><td>").append(d.month())
                .append("</td><td class=\"num\">").append(Scripts.number(d.compliance())).append("</td><td class=\"num\">")
                .append(Scripts.number(d.engagement())).append("</td><td class=\"num\">").append(Scripts.number(d.evaluation()))
                .append("</td></tr>"));
        body.append("</tbody></table><p class=\"note\">").append(Html.text(m.get("data.computed_at"))).append("：")
                .append(Html.text(gold.computedAt())).append("</p></section>");
        return new PageContent(body.toString(), "");
    }

    private static String cell(String label, String value) {
        return "<td><strong>" + Html.text(value) + "</strong><br>" + Html.text(label) + "</td>";
    }

    private static String table(List<GoldSnapshot.Scorecard> cards, Map<String, GoldSnapshot.Organisation> orgs, Messages m) {
        StringBuilder b = new StringBuilder("<table><thead><tr><th>" + m.get("rank") + "</th><th>" + m.get("org") + "</th><th>"
                + m.get("overall") + "</th><th>" + m.get("rank_change") + "</th></tr></thead><tbody>");
        for (GoldSnapshot.Scorecard s : cards) {
            GoldSnapshot.Organisation org = orgs.get(s.orgCode());
            b.append("<tr><td class=\"num\">").append(s.rank()).append("</td><td>").append(Html.text(org == null ? s.orgCode() : org.name()))
                    .append("</td><td class=\"num\">").append(Scripts.number(s.overall())).append("</td><td>")
                    .append(RankingChart.arrow(s.rankChange())).append("</td></tr>");
        }
        return b.append("</tbody></table>").toString();
    }
}
