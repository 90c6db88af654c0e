package com.dangjian.dashboards;

import java.util.List;
import java.util.Map;

/**
 * The table beside the ranking chart (the chart's table alternative): one tbody per month, each row tagged with
 * its category for the peer-group filter, sortable, with the three parts of the score.
 */
final class RankingTable {

    private RankingTable() {
    }

    static String header(Messages m) {
        return "<thead><tr>" + Scripts.th(m.get("rank"), "num") + Scripts.th(m.get("rank_in_category"), "num")
                + Scripts.th(m.get("org"), "text") + Scripts.th(m.get("category"), "text")
                + Scripts.th(m.get("overall"), "num") + Scripts.th(m.get("compliance"), "num")
                + Scripts.th(m.get("engagement"), "num") + Scripts.th(m.get("evaluation"), "num")
                + Scripts.th(m.get("rank_change"), "text") + "</tr></thead>";
    }

    static String body(String month, boolean visible, List<GoldSnapshot.Scorecard> ranked,
                       Map<String, GoldSnapshot.Organisation> orgs, Messages m) {
        StringBuilder b = new StringBuilder("<tbody data-month=\"" + month + "\"" + (visible ? "" : " hidden") + ">");
        for (GoldSnapshot.Scorecard s : ranked) {
            b.append(row(s, orgs, m));
        }
        return b.append("</tbody>").toString();
    }

    static String row(GoldSnapshot.Scorecard s, Map<String, GoldSnapshot.Organisation> orgs, Messages m) {
        GoldSnapshot.Organisation org = orgs.get(s.orgCode());
        String css = s.rankChange() == null || s.rankChange() == 0 ? "" : s.rankChange() > 0 ? "up" : "down";
        return "<tr data-category=\"" + Html.text(s.category()) + "\"" + (s.region() == null ? "" : " data-region=\""
                + Html.text(s.region()) + "\"") + "><td class=\"num\">" + s.rank()
                + "</td><td class=\"num\">" + s.rankInCategory()
                + "</td><td title=\"" + Html.text(s.orgCode()) + "\">" + OrgPage.link("org/", s.orgCode(), org)
                + "</td><td>" + Html.text(m.label("category", s.category()))
                + "</td><td class=\"num\"" + (s.withoutEvaluation() ? " title=\"" + Html.text(m.get("evaluation.renormalised")) + "\">"
                + Scripts.number(s.overall()) + "*" : ">" + Scripts.number(s.overall()))
                + "</td><td class=\"num\">" + Scripts.number(s.compliance())
                + "</td><td class=\"num\">" + Scripts.number(s.engagement())
                + "</td><td class=\"num\">" + evaluation(s, m)
                + "</td><td class=\"" + css + "\" title=\"" + Html.text(changeText(s.rankChange(), m)) + "\">"
                + RankingChart.arrow(s.rankChange()) + "</td></tr>";
    }

    /** The evaluation, or "无考评" when the branch has none (its overall score then re-normalises: marked *). */
    static String evaluation(GoldSnapshot.Scorecard s, Messages m) {
        return s.evaluation() == null ? "<span class=\"missing\">" + Html.text(m.get("evaluation.none")) + "</span>"
                : Scripts.number(s.evaluation());
    }

    private static String changeText(Integer change, Messages m) {
        return change == null ? m.get("new") : change > 0 ? m.get("up") : change < 0 ? m.get("down") : m.get("same");
    }
}
