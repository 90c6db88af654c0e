package com.dangjian.dashboards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.icepear.echarts.Option;

import com.dangjian.contracts.rules.RuleCatalogue;
import org.icepear.echarts.charts.radar.RadarSeries;
import org.icepear.echarts.components.coord.radar.RadarAxis;
import org.icepear.echarts.components.coord.radar.RadarIndicator;
import org.icepear.echarts.components.legend.Legend;
import org.icepear.echarts.components.tooltip.Tooltip;

/**
 * 组织: one organisation's page (org/CODE.html), reached by drill-down 党委 → 党总支 → 党支部: its scorecard of the
 * latest month, a radar against its peer group's average, its trend, its alarms — with the members they name,
 * as this is the branch's own page — and the latest result of every rule with the note that explains it.
 */
final class OrgPage {

    /** The organisation's facts the page shows, gathered once for all pages. */
    record Index(Map<String, GoldSnapshot.Organisation> orgs, Map<String, List<GoldSnapshot.Organisation>> children,
                 Map<String, List<GoldSnapshot.Scorecard>> scorecards, Map<String, List<GoldSnapshot.Trend>> trends,
                 Map<String, List<GoldSnapshot.Alarm>> alarms, Map<String, List<GoldSnapshot.RuleResult>> results,
                 Map<String, List<GoldSnapshot.Evidence>> evidence, Map<String, List<GoldSnapshot.Scorecard>> peers,
                 Map<String, Long> ranked, Map<String, List<GoldSnapshot.Progress>> progress,
                 Map<String, List<GoldSnapshot.Deduction>> deductions) {

        static Index of(GoldSnapshot gold) {
            return new Index(gold.organisationsByCode(),
                    gold.organisations().stream().filter(o -> o.parent() != null)
                            .collect(Collectors.groupingBy(GoldSnapshot.Organisation::parent)),
                    gold.scorecards().stream().collect(Collectors.groupingBy(GoldSnapshot.Scorecard::orgCode)),
                    gold.trends().stream().collect(Collectors.groupingBy(GoldSnapshot.Trend::orgCode)),
                    gold.alarms().stream().collect(Collectors.groupingBy(GoldSnapshot.Alarm::orgCode)),
                    gold.ruleResults().stream().collect(Collectors.groupingBy(GoldSnapshot.RuleResult::orgCode)),
                    gold.evidence().stream().collect(Collectors.groupingBy(GoldSnapshot.Evidence::orgCode)),
                    gold.scorecards().stream().collect(Collectors.groupingBy(Index::peerGroup)),
                    gold.scorecards().stream().collect(Collectors.groupingBy(Index::rankedTogether, Collectors.counting())),
                    gold.progress().stream().collect(Collectors.groupingBy(GoldSnapshot.Progress::orgCode)),
                    gold.deductions().stream().collect(Collectors.groupingBy(GoldSnapshot.Deduction::orgCode)));
        }

        /** Organisations compared on the radar: same month, type and category. */
        static String peerGroup(GoldSnapshot.Scorecard s) {
            return s.month() + "|" + s.orgType() + "|" + s.category();
        }

        /** Organisations ranked together: same month and type. */
        static String rankedTogether(GoldSnapshot.Scorecard s) {
            return s.month() + "|" + s.orgType();
        }
    }

    private OrgPage() {
    }

    /** The folder of the organisations' pages (and, under exports/, of their member-level workbooks). */
    static final String DIR = "org";

    /** Whether a page names members: the portal serves MEMBERS only to those who may see them. */
    enum Detail {
        SUMMARY(".html"), MEMBERS(".members.html");

        final String suffix;

        Detail(String suffix) {
            this.suffix = suffix;
        }
    }

    static String file(String code, Detail detail) {
        return code + detail.suffix;
    }

    /** A link to an organisation's page from a page in {@code prefix}'s parent ("org/" from the root, "" within org/). */
    static String link(String prefix, String code, GoldSnapshot.Organisation org) {
        return "<a href=\"" + prefix + Html.text(code) + ".html\">" + Html.text(org == null ? code : org.name()) + "</a>";
    }

    /** The page with its member-level detail. */
    static PageContent render(GoldSnapshot.Organisation org, Index index, GoldSnapshot gold, RuleCatalogue catalogue, Messages m) {
        return render(org, index, gold, catalogue, m, Detail.MEMBERS);
    }

    static PageContent render(GoldSnapshot.Organisation org, Index index, GoldSnapshot gold, RuleCatalogue catalogue, Messages m,
                              Detail detail) {
        StringBuilder body = new StringBuilder();
        StringBuilder script = new StringBuilder();
        header(body, org, index, m);
        detailNote(body, org, detail, m);
        scorecard(body, script, org, index, m);
        if ("BRANCH".equals(org.type()) && gold.asOf() != null) {
            due(body, org, index, gold, m);
        }
        List<String> months = OrgMonths.months(org, index);
        if (!months.isEmpty()) {
            OrgMonths.monthFilter(body, months, m);
            OrgMonths.why(body, org, index, catalogue, m, months.get(0));
        }
        body.append("<section id=\"trend-section\"><h2>").append(m.get("section.trends")).append("</h2>");
        script.append(TrendChart.section(body, "org-trend", index.trends().getOrDefault(org.code(), List.of()), m));
        body.append("</section>");
        alarms(body, index.alarms().getOrDefault(org.code(), List.of()), m, detail);
        latestResults(body, index.results().getOrDefault(org.code(), List.of()), m);
        OrgMonths.history(body, org, index, m, months, detail);
        script.append(OrgMonths.MONTH_SCRIPT);
        script.append(Scripts.SORTABLE);
        return new PageContent(body.toString(), script.toString());
    }

    /** The drill-down path 党委 → 党总支 → 党支部, the organisation's name, code, type and category, and its children. */
    private static void header(StringBuilder body, GoldSnapshot.Organisation org, Index index, Messages m) {
        body.append("<section id=\"org-section\"><p class=\"breadcrumb\">");
        List<GoldSnapshot.Organisation> path = new ArrayList<>();
        for (GoldSnapshot.Organisation o = index.orgs().get(org.parent()); o != null && !path.contains(o); o = index.orgs().get(o.parent())) {
            path.add(0, o);
        }
        path.forEach(p -> body.append(link("", p.code(), p)).append(" → "));
        body.append("<strong>").append(Html.text(org.name())).append("</strong></p><h2>").append(Html.text(org.name()))
                .append("</h2><p class=\"note\">").append(Html.text(org.code())).append(" · ").append(Html.text(m.label("org_type", org.type())))
                .append(" · ").append(Html.text(m.label("category", org.category()))).append("</p>");
        List<GoldSnapshot.Organisation> children = index.children().getOrDefault(org.code(), List.of());
        if (!children.isEmpty()) {
            body.append("<p>").append(m.get("org.children")).append("：");
            children.stream().sorted(Comparator.comparing(GoldSnapshot.Organisation::code))
                    .forEach(c -> body.append(link("", c.code(), c)).append(" "));
            body.append("</p>");
        }
        body.append("</section>");
    }

    /** The latest month's scorecard beside the radar against the peer group. */
    private static void scorecard(StringBuilder body, StringBuilder script, GoldSnapshot.Organisation org, Index index, Messages m) {
        List<GoldSnapshot.Scorecard> cards = index.scorecards().getOrDefault(org.code(), List.of());
        GoldSnapshot.Scorecard latest = cards.stream().max(Comparator.comparing(GoldSnapshot.Scorecard::month)).orElse(null);
        body.append("<section id=\"scorecard-section\"><h2>").append(m.get("section.scorecard"));
        if (latest == null) {
            body.append("</h2><p>").append(m.get("empty")).append("</p></section>");
            return;
        }
        List<GoldSnapshot.Scorecard> peers = index.peers().get(Index.peerGroup(latest));
        body.append(" · ").append(latest.month(), 0, 7).append("</h2><div class=\"row\"><div class=\"half\"><table id=\"scorecard-table\"><tbody>")
                .append(row(m.get("overall"), Scripts.number(latest.overall())))
                .append(row(m.get("compliance"), Scripts.number(latest.compliance())))
                .append(row(m.get("engagement"), Scripts.number(latest.engagement())))
                .append(row(m.get("evaluation"), latest.evaluation() == null ? m.get("evaluation.none") : Scripts.number(latest.evaluation())))
                .append(row(m.get("rank"), latest.rank() + " / " + index.ranked().get(Index.rankedTogether(latest))))
                .append(row(m.get("rank_in_category"), latest.rankInCategory() + " / " + peers.size()))
                .append(row(m.get("rank_change"), RankingChart.arrow(latest.rankChange())))
                .append(row(m.get("members"), String.valueOf(latest.members())))
                .append("</tbody></table></div><div class=\"half\"><div id=\"radar\" class=\"chart trend\" role=\"img\" aria-label=\"")
                .append(m.get("section.radar")).append("\"></div><p class=\"note\">").append(m.get("section.radar.note"))
                .append("</p></div></div></section>");
        script.append("mountChart('radar', ").append(Scripts.json(radar(latest, peers, m))).append(");\n");
    }

    /**
     * Which version of the page this is: without member-level detail, with a link to the version that has it (the
     * portal lets through only those who may see it); with it, a reminder of who may, and its workbook.
     */
    private static void detailNote(StringBuilder body, GoldSnapshot.Organisation org, Detail detail, Messages m) {
        body.append("<p class=\"detail-note\" id=\"detail-note\" data-detail=\"").append(detail.name()).append("\">");
        if (detail == Detail.SUMMARY) {
            body.append(Html.text(m.get("org.detail.summary"))).append(" <a href=\"").append(Html.text(file(org.code(), Detail.MEMBERS)))
                    .append("\">").append(Html.text(m.get("org.detail.open"))).append("</a>");
        } else {
            body.append(Html.text(m.get("org.detail.members"))).append(" <a href=\"../").append(Exports.DIR).append("/").append(DIR)
                    .append("/").append(Html.text(Exports.organisationFile(org.code()))).append("\" download>")
                    .append(Html.text(m.get("org.detail.export"))).append("</a>");
        }
        body.append("</p>");
    }

    /** The organisation's open alarms; on the member-level page with the members they concern. */
    private static void alarms(StringBuilder body, List<GoldSnapshot.Alarm> alarms, Messages m, Detail detail) {
        body.append("<section id=\"org-alarms-section\"><h2>").append(m.get("section.alarms")).append("</h2>");
        if (alarms.isEmpty()) {
            body.append("<p>").append(m.get("alarms.none")).append("</p>");
        } else {
            body.append("<table id=\"org-alarms\"><thead><tr>").append(Scripts.th(m.get("alarm.type"), "text"))
                    .append(Scripts.th(m.get("rule"), "text")).append(Scripts.th(m.get("alarm.subject"), "text"))
                    .append(Scripts.th(m.get("alarm.since"), "text")).append(Scripts.th(m.get("alarm.note"), "text"))
                    .append("</tr></thead><tbody>");
            alarms.forEach(a -> body.append("<tr><td>").append(Html.text(m.label("alarm", a.type()))).append("</td><td>")
                    .append(Html.text(m.label("rule", a.ruleId()))).append("</td><td>")
                    .append(Html.text(detail == Detail.MEMBERS ? a.subject() : AlarmsPage.subject(a, m)))
                    .append("</td><td>").append(Html.text(a.since() == null ? "—" : a.since())).append("</td><td>")
                    .append(Html.text(a.note())).append("</td></tr>"));
            body.append("</tbody></table>");
        }
        body.append("</section>");
    }

    /** The latest result of every rule, with the note that explains it. */
    private static void latestResults(StringBuilder body, List<GoldSnapshot.RuleResult> results, Messages m) {
        body.append("<section id=\"results-section\"><h2>").append(m.get("section.results")).append("</h2><p class=\"note\">")
                .append(m.get("section.results.note")).append("</p><table id=\"org-results\"><thead><tr>")
                .append(Scripts.th(m.get("rule"), "text")).append(Scripts.th(m.get("period"), "text"))
                .append(Scripts.th(m.get("status"), "text")).append(Scripts.th(m.get("alarm.note"), "text"))
                .append("</tr></thead><tbody>");
        Map<String, GoldSnapshot.RuleResult> latestPerRule = new java.util.TreeMap<>();
        for (GoldSnapshot.RuleResult r : results) {
            latestPerRule.merge(r.ruleId(), r, (a, b) -> a.periodStart().compareTo(b.periodStart()) >= 0 ? a : b);
        }
        latestPerRule.values().forEach(r -> body.append("<tr data-status=\"").append(Html.text(r.status())).append("\"><td>")
                .append(Html.text(m.label("rule", r.ruleId()))).append("</td><td>").append(Html.text(r.periodStart()))
                .append(" – ").append(Html.text(r.periodEnd())).append("</td><td>").append(ComplianceMatrix.symbol(r.status()))
                .append(" ").append(Html.text(m.label("status", r.status()))).append("</td><td>").append(Html.text(r.note()))
                .append("</td></tr>"));
        body.append("</tbody></table></section>");
    }

    /** 本月、本季度尚需: the running count of the month's and quarter's meetings against what each requires. */
    private static void due(StringBuilder body, GoldSnapshot.Organisation org, Index index, GoldSnapshot gold, Messages m) {
        List<DueList> items = DueList.of(index.progress().getOrDefault(org.code(), List.of()));
        body.append("<section id=\"due-section\"><h2>").append(m.get("section.due")).append("</h2><p class=\"note\">")
                .append(Html.text(m.get("section.due.note").replace("{date}", gold.asOf()))).append("</p><table id=\"due-table\"><thead><tr>")
                .append(Scripts.th(m.get("rule"), "text")).append(Scripts.th(m.get("period"), "text"))
                .append(Scripts.th(m.get("due.held"), "num")).append(Scripts.th(m.get("due.required"), "num"))
                .append(Scripts.th(m.get("status"), "text")).append("</tr></thead><tbody>");
        for (DueList d : items) {
            body.append("<tr data-rule=\"").append(d.ruleId()).append("\"><td>").append(Html.text(m.label("rule", d.ruleId())))
                    .append("</td><td>").append(d.period()).append("</td><td class=\"num\">").append(d.held())
                    .append("</td><td class=\"num\">").append(d.required()).append("</td><td>")
                    .append(d.done() ? "✓ " + m.get("due.done") : "… " + m.get("due.open")).append("</td></tr>");
        }
        body.append("</tbody></table></section>");
    }

    /** This organisation against the mean of its peer group (same type and category, same month). */
    static Option radar(GoldSnapshot.Scorecard card, List<GoldSnapshot.Scorecard> peers, Messages m) {
        Double[] own = {card.compliance(), card.engagement(), card.evaluation()};
        Double[] mean = {DepartmentIndices.mean(peers, GoldSnapshot.Scorecard::compliance),
                DepartmentIndices.mean(peers, GoldSnapshot.Scorecard::engagement), DepartmentIndices.mean(peers, GoldSnapshot.Scorecard::evaluation)};
        return new Option()
                .setAnimation(false)
                .setTooltip(new Tooltip())
                .setLegend(new Legend().setBottom(0))
                .setRadar(new RadarAxis().setIndicator(new RadarIndicator[]{
                        new RadarIndicator().setName(m.get("compliance")).setMax(100),
                        new RadarIndicator().setName(m.get("engagement")).setMax(100),
                        new RadarIndicator().setName(m.get("evaluation")).setMax(100)}))
                .setSeries(new RadarSeries().setData(List.of(
                        Map.of("name", m.get("radar.own"), "value", rounded(own), "symbol", "circle",
                                "itemStyle", Map.of("color", Palette.PASS)),
                        Map.of("name", m.get("radar.peers"), "value", rounded(mean), "symbol", "triangle",
                                "itemStyle", Map.of("color", Palette.FAIL), "lineStyle", Map.of("type", "dashed")))));
    }

    /** Rounded values; an empty one is ECharts' "-" (missing), never 0: an empty evaluation is not a zero one. */
    private static List<Object> rounded(Double[] values) {
        List<Object> out = new ArrayList<>();
        for (Double v : values) {
            out.add(v == null ? "-" : Math.round(v * 10) / 10.0);
        }
        return out;
    }


    private static String row(String label, String value) {
        return "<tr><th scope=\"row\">" + Html.text(label) + "</th><td class=\"num\">" + Html.text(value) + "</td></tr>";
    }
}
