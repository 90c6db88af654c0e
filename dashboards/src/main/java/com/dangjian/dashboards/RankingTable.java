package com.dangjian.dashboards;

import java.util.List;
import java.util.Map;

/** The table beside the ranking chart (the chart's table alternative): one tbody per month, sortable. */
final class RankingTable {

    private RankingTable() {
    }

    static String header(Messages m) {
        return "<thead><tr>" + th(m.get("rank"), "num") + th(m.get("org"), "text") + th(m.get("category"), "text")
                + th(m.get("overall"), "num") + th(m.get("compliance"), "num") + th(m.get("rank_change"), "text")
                + "</tr></thead>";
    }

    static String body(String month, boolean visible, List<GoldSnapshot.Scorecard> ranked,
                       Map<String, GoldSnapshot.Organisation> orgs, Messages m) {
        StringBuilder b = new StringBuilder("<tbody data-month=\"" + month + "\"" + (visible ? "" : " hidden") + ">");
        for (GoldSnapshot.Scorecard s : ranked) {
            GoldSnapshot.Organisation org = orgs.get(s.orgCode());
            String change = RankingChart.arrow(s.rankChange());
            String css = s.rankChange() == null || s.rankChange() == 0 ? "" : s.rankChange() > 0 ? "up" : "down";
            b.append("<tr><td class=\"num\">").append(s.rank())
                    .append("</td><td title=\"").append(Html.text(s.orgCode())).append("\">")
                    .append(Html.text(org == null ? s.orgCode() : org.name()))
                    .append("</td><td>").append(Html.text(m.label("category", s.category())))
                    .append("</td><td class=\"num\">").append(format(s.overall()))
                    .append("</td><td class=\"num\">").append(format(s.compliance()))
                    .append("</td><td class=\"").append(css).append("\">").append(change)
                    .append("</td></tr>");
        }
        return b.append("</tbody>").toString();
    }

    private static String th(String label, String type) {
        return "<th data-sort=\"" + type + "\" scope=\"col\">" + Html.text(label) + "</th>";
    }

    private static String format(Double v) {
        return v == null ? "—" : String.format("%.1f", v);
    }
}
