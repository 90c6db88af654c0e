package com.dangjian.dashboards;

import java.util.List;
import java.util.Map;

/**
 * The table beside the ranking chart (the chart's table alternative): the shown period's and type's organisations,
 * filtered by peer group, sortable, with the three parts of the score — drawn by the rankings page's script from
 * {@link #data}; the overview's top ten as rows ({@link #row}).
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

    /**
     * The shown period's and type's tbody, its rows drawn by the page's script from {@link #data} (RankingsPage's
     * script): a province's two thousand branches written as rows made a megabyte of HTML that took over a second to open.
     */
    static String body(String period, String type) {
        return "<tbody data-month=\"" + period + "\" data-type=\"" + type + "\"></tbody>";
    }

    /**
     * One period's and type's rows for the page's script, in the order given (level, then rank): per organisation its
     * code, name, category, region (null: a provincial organ), level (0: a top committee), ranks overall, in category
     * and in region (null: none), rank change (null: new to the ranking, or a longer period's, which shows none), the
     * overall score and its three parts to two decimals as the chart draws them, and the same four as the table shows
     * them (one decimal, rounded from the score, not from its two decimals); a missing part is null.
     */
    static String data(List<GoldSnapshot.Scorecard> ranked, Map<String, GoldSnapshot.Organisation> orgs) {
        StringBuilder b = new StringBuilder("[");
        for (GoldSnapshot.Scorecard s : ranked) {
            GoldSnapshot.Organisation org = orgs.get(s.orgCode());
            b.append(b.length() == 1 ? "\n[" : ",\n[").append(Scripts.string(s.orgCode())).append(',')
                    .append(Scripts.string(org == null ? s.orgCode() : org.name())).append(',').append(Scripts.string(s.category()))
                    .append(',').append(s.region() == null ? "null" : Scripts.string(s.region())).append(',')
                    .append(OrgPage.Index.rankedTogether(s, orgs).endsWith("|TOP") ? 0 : 1).append(',').append(s.rank()).append(',')
                    .append(s.rankInCategory()).append(',').append(s.rankInRegion()).append(',')
                    .append(isMonth(s) ? s.rankChange() : null);
            for (Double part : new Double[]{s.overall(), s.compliance(), s.engagement(), s.evaluation()}) {
                b.append(',').append(part == null ? "null" : Decimals.fixed(part, 2));
            }
            for (Double part : new Double[]{s.overall(), s.compliance(), s.engagement(), s.evaluation()}) {
                b.append(',').append(part == null ? "null" : Decimals.fixed(part, 1));
            }
            b.append(']');
        }
        return b.append("]").toString();
    }

    /**
     * A row, with what the ranking chart draws in its data attributes: ranks (overall, in category, in region), the
     * overall score and its three parts, the rank change's arrow, the name, and the level (top committees first).
     */
    static String row(GoldSnapshot.Scorecard s, Map<String, GoldSnapshot.Organisation> orgs, Messages m) {
        GoldSnapshot.Organisation org = orgs.get(s.orgCode());
        String css = s.rankChange() == null || s.rankChange() == 0 ? "" : s.rankChange() > 0 ? "up" : "down";
        return "<tr data-category=\"" + Html.text(s.category()) + "\"" + (s.region() == null ? "" : " data-region=\""
                + Html.text(s.region()) + "\"") + " data-r=\"" + s.rank() + "\" data-rc=\"" + s.rankInCategory() + "\" data-rr=\""
                + (s.rankInRegion() == null ? "" : s.rankInRegion()) + "\" data-v=\"" + value(s.overall()) + "\" data-c=\""
                + value(s.compliance()) + "\" data-e=\"" + value(s.engagement()) + "\" data-ev=\"" + value(s.evaluation())
                + "\" data-a=\"" + (isMonth(s) ? RankingChart.arrow(s.rankChange()) : "")
                + "\" data-name=\"" + Html.text(org == null ? s.orgCode() : org.name()) + "\" data-level=\""
                + (OrgPage.Index.rankedTogether(s, orgs).endsWith("|TOP") ? "0" : "1") + "\"><td class=\"num\">" + s.rank()
                + "</td><td class=\"num\">" + s.rankInCategory()
                + "</td><td title=\"" + Html.text(s.orgCode()) + "\">" + OrgPage.link("org/", s.orgCode(), org)
                + "</td><td>" + Html.text(m.label("category", s.category()))
                + "</td><td class=\"num\"" + (s.withoutEvaluation() ? " title=\"" + Html.text(m.get("evaluation.renormalised")) + "\">"
                + Scripts.number(s.overall()) + "*" : ">" + Scripts.number(s.overall()))
                + "</td><td class=\"num\">" + Scripts.number(s.compliance())
                + "</td><td class=\"num\">" + Scripts.number(s.engagement())
                + "</td><td class=\"num\">" + evaluation(s, m)
                + "</td><td class=\"" + css + "\" title=\"" + (isMonth(s) ? Html.text(changeText(s.rankChange(), m)) : "") + "\">"
                + (isMonth(s) ? RankingChart.arrow(s.rankChange()) : "—") + "</td></tr>";
    }

    /** A month's card ("yyyy-MM-dd"), not a longer period's (PeriodRanking), whose rank change is not shown. */
    private static boolean isMonth(GoldSnapshot.Scorecard s) {
        return s.month().length() == 10 && !s.month().contains("Q");
    }

    /** A value for a data attribute, to two decimals; empty when missing. */
    private static String value(Double v) {
        return v == null ? "" : Decimals.fixed(v, 2);
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
