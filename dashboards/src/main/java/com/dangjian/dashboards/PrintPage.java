package com.dangjian.dashboards;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The monthly meeting's handout (print.html, 党建工作月度通报): the overview's tiles, the first and last ten branches,
 * the department's indices of the last six months, the open alarms by type with the oldest ten, and the issuing
 * unit — laid out to print on one A4 page.
 */
final class PrintPage {

    static final String FILE = "print.html";
    static final int MONTHS = 6;
    /** The oldest open alarms listed on the page (one A4 page holds about ten rows beside the rest). */
    static final int ALARMS = 10;

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
                .append("</div></div><h3>").append(m.get("print.department").replace("{n}", String.valueOf(MONTHS))).append("</h3><table><thead><tr><th>")
                .append(m.get("month")).append("</th><th>").append(m.get("compliance")).append("</th><th>").append(m.get("engagement"))
                .append("</th><th>").append(m.get("evaluation")).append("</th></tr></thead><tbody>");
        List<DepartmentIndices> trend = DepartmentIndices.of(gold);
        trend.subList(Math.max(0, trend.size() - MONTHS), trend.size()).forEach(d -> body.append("<tr><td>").append(d.month())
                .append("</td><td class=\"num\">").append(Scripts.number(d.compliance())).append("</td><td class=\"num\">")
                .append(Scripts.number(d.engagement())).append("</td><td class=\"num\">").append(Scripts.number(d.evaluation()))
                .append("</td></tr>"));
        body.append("</tbody></table>");
        alarms(body, gold, orgs, m);
        body.append("<p class=\"note\" id=\"print-issuer\">").append(Html.text(m.get("print.issuer"))).append("：")
                .append(Html.text(issuer(gold))).append(" · ").append(Html.text(m.get("data.computed_at"))).append("：")
                .append(Html.text(gold.computedAt())).append("</p></section>");
        return new PageContent(body.toString(), "");
    }

    /** How many alarms of each type are open, and the oldest of them (the rest are on the alarms page). */
    private static void alarms(StringBuilder body, GoldSnapshot gold, Map<String, GoldSnapshot.Organisation> orgs, Messages m) {
        body.append("<h3>").append(m.get("section.alarms")).append("（").append(gold.alarms().size()).append("）</h3>");
        if (gold.alarms().isEmpty()) {
            body.append("<p>").append(m.get("alarms.none")).append("</p>");
            return;
        }
        body.append("<p class=\"note\" id=\"print-alarm-counts\">");
        AlarmAge.countsByType(gold.alarms()).forEach((type, n) -> body.append(Html.text(m.label("alarm", type))).append(" ")
                .append(n).append("　"));
        body.append("</p><table id=\"print-alarms\"><thead><tr><th>").append(m.get("org")).append("</th><th>").append(m.get("alarm.type"))
                .append("</th><th>").append(m.get("alarm.since")).append("</th><th>").append(m.get("alarm.days")).append("</th></tr></thead><tbody>");
        List<GoldSnapshot.Alarm> oldest = AlarmAge.oldestFirst(gold.alarms());
        oldest.subList(0, Math.min(ALARMS, oldest.size())).forEach(a -> {
            GoldSnapshot.Organisation org = orgs.get(a.orgCode());
            Long days = AlarmAge.daysOverdue(a);
            body.append("<tr><td>").append(Html.text(org == null ? a.orgCode() : org.name())).append("</td><td>")
                    .append(Html.text(m.label("alarm", a.type()))).append("</td><td>").append(Html.text(a.since() == null ? "—" : a.since()))
                    .append("</td><td class=\"num\">").append(days == null ? "—" : days).append("</td></tr>");
        });
        body.append("</tbody></table>");
        if (oldest.size() > ALARMS) {
            body.append("<p class=\"note\">").append(Html.text(m.get("print.alarms.more").replace("{n}", String.valueOf(oldest.size() - ALARMS))))
                    .append("</p>");
        }
    }

    /** The issuing unit: the top committee(s) — organisations with no parent the registry knows. */
    private static String issuer(GoldSnapshot gold) {
        Map<String, GoldSnapshot.Organisation> orgs = gold.organisationsByCode();
        return gold.organisations().stream().filter(o -> o.parent() == null || !orgs.containsKey(o.parent()))
                .map(GoldSnapshot.Organisation::name).sorted().reduce((a, b) -> a + "、" + b).orElse("—");
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
