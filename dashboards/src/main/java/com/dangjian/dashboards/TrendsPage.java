package com.dangjian.dashboards;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 趋势: the department's indices (its top committee) with their moving average, quarter-on-quarter and
 * year-on-year change; every other organisation's trend is on its own page, listed here.
 */
final class TrendsPage {

    private TrendsPage() {
    }

    static PageContent render(GoldSnapshot gold, Messages m) {
        Map<String, GoldSnapshot.Organisation> orgs = gold.organisationsByCode();
        List<GoldSnapshot.Organisation> roots = gold.organisations().stream()
                .filter(o -> o.parent() == null || !orgs.containsKey(o.parent())).toList();
        StringBuilder body = new StringBuilder();
        StringBuilder script = new StringBuilder();
        int n = 0;
        for (GoldSnapshot.Organisation root : roots) {
            body.append("<section id=\"trend-").append(Html.text(root.code())).append("\"><h2>").append(m.get("section.trends"))
                    .append(" · ").append(OrgPage.link("org/", root.code(), root)).append("</h2><p class=\"note\">")
                    .append(m.get("section.trends.note")).append("</p>");
            String code = root.code();
            script.append(TrendChart.section(body, "dept-trend-" + n++,
                    gold.trends().stream().filter(t -> t.orgCode().equals(code)).toList(), m));
            body.append("</section>");
        }
        Set<String> withTrends = gold.trends().stream().map(GoldSnapshot.Trend::orgCode).collect(Collectors.toSet());
        body.append("<section id=\"trend-orgs\"><h2>").append(m.get("section.trends.orgs")).append("</h2><p>");
        gold.organisations().stream().filter(o -> withTrends.contains(o.code()))
                .forEach(o -> body.append(OrgPage.link("org/", o.code(), o)).append(" "));
        body.append("</p></section>");
        script.append(Scripts.SORTABLE);
        return new PageContent(body.toString(), script.toString());
    }
}
