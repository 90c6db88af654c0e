package com.dangjian.dashboards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * 排名: the branches' ranking of any month, overall or within a peer group (category), as a bar chart with the
 * sortable table beside it.
 */
final class RankingsPage {

    static final String ALL = "ALL";
    /** Prefecture organs are also compared within their region (rules.md); the provincial organs are not. */
    static final String REGION = "REGION:";
    static final String PROVINCE = "PROVINCE";

    private RankingsPage() {
    }

    static PageContent render(GoldSnapshot gold, Messages m) {
        Map<String, GoldSnapshot.Organisation> orgs = gold.organisationsByCode();
        Map<String, List<GoldSnapshot.Scorecard>> byMonth = gold.branchScorecards().stream()
                .collect(Collectors.groupingBy(s -> s.month().substring(0, 7), TreeMap::new, Collectors.toList()));
        StringBuilder body = new StringBuilder("<section id=\"ranking-section\"><h2>").append(m.get("section.ranking"))
                .append("</h2><p class=\"note\">").append(m.get("section.ranking.note")).append("</p>");
        if (byMonth.isEmpty()) {
            return new PageContent(body.append("<p>").append(m.get("empty")).append("</p></section>").toString(), "");
        }
        String latest = ((TreeMap<String, ?>) byMonth).lastKey();
        List<String> categories = gold.branchScorecards().stream().map(GoldSnapshot.Scorecard::category).distinct().sorted().toList();
        List<String> regions = gold.branchScorecards().stream().map(GoldSnapshot.Scorecard::region)
                .filter(r -> r != null && !r.equals(PROVINCE)).distinct().sorted().toList();
        filters(body, byMonth.keySet(), categories, regions, m);
        int orgCount = byMonth.values().stream().mapToInt(List::size).max().orElse(1);
        body.append("<div class=\"row\"><div id=\"ranking\" class=\"chart\" role=\"img\" aria-label=\"")
                .append(m.get("section.ranking")).append("\" style=\"height:").append(80 + 24 * orgCount).append("px\"></div>")
                .append("<div class=\"table-wrap\"><table id=\"ranking-table\" aria-label=\"").append(m.get("chart.table_alt"))
                .append("\">").append(RankingTable.header(m));
        Map<String, String> options = new LinkedHashMap<>();
        byMonth.forEach((month, cards) -> {
            body.append(RankingTable.body(month, month.equals(latest), cards, orgs, m));
            options.put(month + "|" + ALL, Scripts.json(RankingChart.of(month + "-01", cards, orgs, m)));
            for (String c : categories) {
                List<GoldSnapshot.Scorecard> peers = cards.stream().filter(s -> c.equals(s.category()))
                        .sorted(java.util.Comparator.comparingInt(GoldSnapshot.Scorecard::rankInCategory)).toList();
                if (!peers.isEmpty()) {
                    options.put(month + "|" + c, Scripts.json(RankingChart.of(month + "-01", peers, orgs, m, RankingChart.Peers.CATEGORY)));
                }
            }
            for (String r : regions) {
                List<GoldSnapshot.Scorecard> peers = cards.stream().filter(s -> r.equals(s.region()) && s.rankInRegion() != null)
                        .sorted(java.util.Comparator.comparingInt(GoldSnapshot.Scorecard::rankInRegion)).toList();
                if (!peers.isEmpty()) {
                    options.put(month + "|" + REGION + r, Scripts.json(RankingChart.of(month + "-01", peers, orgs, m, RankingChart.Peers.REGION)));
                }
            }
        });
        body.append("</table></div></div></section>");
        String script = "var RANKING = " + Scripts.object(options) + ";\n"
                + "var rankingChart = mountChart('ranking', RANKING['" + latest + "|" + ALL + "']);\n"
                + """
                function showRanking() {
                  var month = document.getElementById('month').value, category = document.getElementById('category').value;
                  rankingChart.setOption(RANKING[month + '|' + category] || {series: []}, true);
                  document.querySelectorAll('#ranking-table tbody').forEach(function (t) { t.hidden = t.dataset.month !== month; });
                  document.querySelectorAll('#ranking-table tbody tr').forEach(function (r) {
                    r.hidden = category !== 'ALL' && r.dataset.category !== category && 'REGION:' + r.dataset.region !== category;
                  });
                }
                document.getElementById('month').addEventListener('change', showRanking);
                document.getElementById('category').addEventListener('change', showRanking);
                """ + Scripts.SORTABLE;
        return new PageContent(body.toString(), script);
    }

    /** The month and peer-group selectors, the export and the print view. */
    private static void filters(StringBuilder body, java.util.Set<String> months, List<String> categories, List<String> regions,
                                Messages m) {
        body.append("<div class=\"filters\"><label>").append(m.get("month")).append(" <select id=\"month\">");
        months.stream().sorted(java.util.Comparator.reverseOrder()).forEach(month ->
                body.append("<option value=\"").append(month).append("\">").append(month).append("</option>"));
        body.append("</select></label><label>").append(m.get("peer_group")).append(" <select id=\"category\"><option value=\"")
                .append(ALL).append("\">").append(m.get("peer_group.all")).append("</option>");
        categories.forEach(c -> body.append("<option value=\"").append(Html.text(c)).append("\">")
                .append(Html.text(m.label("category", c))).append("</option>"));
        regions.forEach(r -> body.append("<option value=\"").append(REGION).append(Html.text(r)).append("\">")
                .append(Html.text(m.get("peer_group.region").replace("{region}", m.label("region", r)))).append("</option>"));
        body.append("</select></label><a href=\"").append(Exports.DIR).append("/").append(Exports.RANKINGS).append("\" download>")
                .append(m.get("export.xlsx")).append("</a> <a href=\"print.html\">").append(m.get("print.link")).append("</a></div>");
    }
}
