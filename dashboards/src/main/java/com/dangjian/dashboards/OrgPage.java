package com.dangjian.dashboards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;


import com.dangjian.contracts.rules.RuleCatalogue;

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
            Map<String, GoldSnapshot.Organisation> orgs = gold.organisationsByCode();
            return new Index(orgs,
                    gold.organisations().stream().filter(o -> o.parent() != null)
                            .collect(Collectors.groupingBy(GoldSnapshot.Organisation::parent)),
                    gold.scorecards().stream().collect(Collectors.groupingBy(GoldSnapshot.Scorecard::orgCode)),
                    gold.trends().stream().collect(Collectors.groupingBy(GoldSnapshot.Trend::orgCode)),
                    gold.alarms().stream().collect(Collectors.groupingBy(GoldSnapshot.Alarm::orgCode)),
                    gold.ruleResults().stream().collect(Collectors.groupingBy(GoldSnapshot.RuleResult::orgCode)),
                    gold.evidence().stream().collect(Collectors.groupingBy(GoldSnapshot.Evidence::orgCode)),
                    gold.scorecards().stream().collect(Collectors.groupingBy(s -> peerGroup(s, orgs))),
                    gold.scorecards().stream().collect(Collectors.groupingBy(s -> rankedTogether(s, orgs), Collectors.counting())),
                    gold.progress().stream().collect(Collectors.groupingBy(GoldSnapshot.Progress::orgCode)),
                    gold.deductions().stream().collect(Collectors.groupingBy(GoldSnapshot.Deduction::orgCode)));
        }

        /** Organisations compared with the bars: same month, type, level and category. */
        static String peerGroup(GoldSnapshot.Scorecard s, Map<String, GoldSnapshot.Organisation> orgs) {
            return rankedTogether(s, orgs) + "|" + s.category();
        }

        /**
         * Organisations ranked together, as the transform ranks them: same month and type, and for committees the
         * same level (the top committees — no parent the registry knows — apart from the committees below them).
         */
        static String rankedTogether(GoldSnapshot.Scorecard s, Map<String, GoldSnapshot.Organisation> orgs) {
            GoldSnapshot.Organisation o = orgs.get(s.orgCode());
            boolean top = "COMMITTEE".equals(s.orgType()) && (o == null || o.parent() == null || !orgs.containsKey(o.parent()));
            return s.month() + "|" + s.orgType() + (top ? "|TOP" : "");
        }

        /** How many organisations were ranked with this scorecard's organisation in its month. */
        long rankedWith(GoldSnapshot.Scorecard s) {
            return ranked.getOrDefault(rankedTogether(s, orgs), 0L);
        }

        /** The scorecards of this one's peer group (same month, type, level and category). */
        List<GoldSnapshot.Scorecard> peersOf(GoldSnapshot.Scorecard s) {
            return peers.getOrDefault(peerGroup(s, orgs), List.of());
        }

        /** The scorecards ranked with this one (same month, type and level; every category). */
        List<GoldSnapshot.Scorecard> rankedWithThis(GoldSnapshot.Scorecard s) {
            String group = rankedTogether(s, orgs) + "|";
            return peers.entrySet().stream().filter(e -> e.getKey().startsWith(group) && e.getKey().indexOf('|', group.length()) < 0)
                    .flatMap(e -> e.getValue().stream()).toList();
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
        Pages pages = renderBoth(org, index, gold, catalogue, m);
        return new PageContent(detail == Detail.MEMBERS ? pages.members() : pages.summary(), pages.script());
    }

    /** Both versions of an organisation's page and the script they share (no member named in it). */
    record Pages(String summary, String members, String script) {
    }

    /**
     * Renders both versions at once: they differ only in the detail note, the alarms' subjects and the history's
     * records, so everything else is rendered once and written into both (at province scale the organisations'
     * pages are most of the dashboards stage).
     */
    static Pages renderBoth(GoldSnapshot.Organisation org, Index index, GoldSnapshot gold, RuleCatalogue catalogue, Messages m) {
        StringBuilder body = new StringBuilder(); // the shared part not yet copied into both
        StringBuilder summary = new StringBuilder();
        StringBuilder members = new StringBuilder();
        StringBuilder script = new StringBuilder();
        java.util.function.Consumer<java.util.function.BiConsumer<StringBuilder, Detail>> each = part -> {
            summary.append(body);
            members.append(body);
            body.setLength(0);
            part.accept(summary, Detail.SUMMARY);
            part.accept(members, Detail.MEMBERS);
        };
        header(body, org, index, m);
        each.accept((b, detail) -> detailNote(b, org, detail, m));
        scorecard(body, script, org, index, m);
        boolean hasBelow = index.children().containsKey(org.code());
        if (hasBelow) {
            String month = latestMonth(org, index, gold);
            body.append(Subordinates.table(m, month));
            script.append(Subordinates.data(org, index, month, m)).append(Subordinates.SCRIPT);
        }
        if ("BRANCH".equals(org.type()) && gold.asOf() != null) {
            due(body, org, index, gold, m);
        }
        List<String> months = OrgMonths.months(org, index);
        String shown = months.isEmpty() ? null : months.get(0);
        Map<String, List<String[]>> why = OrgMonths.whyRows(org, index, catalogue, m); // the page's month and the script's data
        if (shown != null) {
            OrgMonths.monthFilter(body, months, m);
            OrgMonths.why(body, org, why, m, shown);
        }
        body.append("<section id=\"trend-section\"><h2>").append(m.get("section.trends")).append("</h2>");
        script.append(TrendChart.section(body, "org-trend", index.trends().getOrDefault(org.code(), List.of()), m));
        body.append("</section>");
        List<GoldSnapshot.Alarm> alarms = hasBelow ? Subordinates.alarms(org, index) : index.alarms().getOrDefault(org.code(), List.of());
        each.accept((b, detail) -> alarms(b, alarms, index, m, detail, hasBelow));
        latestResults(body, index.results().getOrDefault(org.code(), List.of()), m);
        List<OrgMonths.HistoryRow> history = OrgMonths.historyRows(org, index, m);
        each.accept((b, detail) -> OrgMonths.history(b, history, m, shown, detail));
        if (shown != null) {
            script.append(OrgMonths.data(history, why)).append(OrgMonths.MONTH_SCRIPT);
        }
        script.append(Scripts.SORTABLE);
        each.accept((b, detail) -> { }); // the shared part after the last difference, into both
        return new Pages(summary.toString(), members.toString(), script.toString());
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
        List<GoldSnapshot.Scorecard> peers = index.peersOf(latest);
        body.append(" · ").append(latest.month(), 0, 7).append("</h2><div class=\"row\"><div class=\"half\"><table id=\"scorecard-table\"><tbody>")
                .append(row(m.get("overall"), Scripts.number(latest.overall())))
                .append(row(m.get("compliance"), Scripts.number(latest.compliance())))
                .append(row(m.get("engagement"), Scripts.number(latest.engagement())))
                .append(row(m.get("evaluation"), latest.evaluation() == null ? m.get("evaluation.none") : Scripts.number(latest.evaluation())))
                .append(row(m.get("rank"), latest.rank() + " / " + index.rankedWith(latest)))
                .append(row(m.get("rank_in_category"), latest.rankInCategory() + " / " + peers.size()))
                .append(row(m.get("rank_change"), RankingChart.arrow(latest.rankChange())))
                .append(row(m.get("members"), String.valueOf(latest.members())))
                .append("</tbody></table></div><div class=\"half\">");
        String note = "section.peers.note";
        if (peers.size() <= 1) { // alone in its category: against every organisation of its type and level
            peers = index.rankedWithThis(latest);
            note = "section.peers.note.type";
        }
        if (peers.size() > 1) {
            body.append("<div id=\"peer-bars\" class=\"chart trend\" role=\"img\" aria-label=\"").append(m.get("section.radar"))
                    .append("\"></div><p class=\"note\">").append(m.get(note)).append("</p>");
            script.append("mountChart('peer-bars', ").append(Scripts.json(PeerBars.of(latest, peers, m))).append(");\n");
        } else { // compared with itself, the bars would say nothing
            body.append("<p class=\"note\" id=\"no-peers\">").append(m.get("section.peers.none")).append("</p>");
        }
        body.append("</div></div></section>");
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

    /**
     * The organisation's open alarms — a committee's or general branch's with those of every organisation below it
     * ({@code rolledUp}, with an organisation column) — counted by type, the oldest first, with days overdue; on the
     * member-level page with the members they concern.
     */
    private static void alarms(StringBuilder body, List<GoldSnapshot.Alarm> alarms, Index index, Messages m, Detail detail,
                               boolean rolledUp) {
        body.append("<section id=\"org-alarms-section\"><h2>").append(m.get(rolledUp ? "section.alarms.below" : "section.alarms"))
                .append("</h2>");
        if (alarms.isEmpty()) {
            body.append("<p>").append(m.get(rolledUp ? "alarms.none.below" : "alarms.none")).append("</p>");
        } else {
            body.append(AlarmAge.countsLine("org-alarm-counts", alarms, "../" + SitePage.ALARMS.file, m))
                    .append("<div class=\"table-wrap wide\"><table id=\"org-alarms\"><thead><tr>")
                    .append(rolledUp ? Scripts.th(m.get("org"), "text") : "").append(Scripts.th(m.get("alarm.type"), "text"))
                    .append(Scripts.th(m.get("rule"), "text")).append(Scripts.th(m.get("alarm.subject"), "text"))
                    .append(Scripts.th(m.get("alarm.since"), "text")).append(Scripts.th(m.get("alarm.days"), "num"))
                    .append(Scripts.th(m.get("alarm.note"), "text")).append("</tr></thead><tbody>");
            AlarmAge.oldestFirst(alarms).forEach(a -> body.append("<tr data-org=\"").append(Html.text(a.orgCode())).append("\">")
                    .append(rolledUp ? "<td>" + link("", a.orgCode(), index.orgs().get(a.orgCode())) + "</td>" : "").append("<td>")
                    .append(Html.text(m.label("alarm", a.type()))).append("</td><td>")
                    .append(Html.text(m.label("rule", a.ruleId()))).append("</td><td>")
                    .append(Html.text(detail == Detail.MEMBERS ? a.subject() : AlarmsPage.subject(a, m)))
                    .append("</td><td>").append(Html.text(a.since() == null ? "—" : a.since())).append("</td>").append(AlarmAge.cell(a))
                    .append("<td>").append(Html.text(a.note())).append("</td></tr>"));
            body.append("</tbody></table></div>");
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

    /** The month the page's scorecard shows: the organisation's latest, else the site's latest (null: none). */
    private static String latestMonth(GoldSnapshot.Organisation org, Index index, GoldSnapshot gold) {
        return index.scorecards().getOrDefault(org.code(), List.of()).stream().map(GoldSnapshot.Scorecard::month)
                .max(Comparator.naturalOrder()).orElseGet(() -> gold.months().isEmpty() ? null : gold.months().get(gold.months().size() - 1) + "-01");
    }

    private static String row(String label, String value) {
        return "<tr><th scope=\"row\">" + Html.text(label) + "</th><td class=\"num\">" + Html.text(value) + "</td></tr>";
    }
}
