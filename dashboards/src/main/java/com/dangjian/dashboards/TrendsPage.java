package com.dangjian.dashboards;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 趋势: the department's indices (its top committee) with their moving average, QoQ and YoY change and the target
 * line; the organisations that improved and declined fastest in the latest month by the 6-month slope of their
 * overall score (branches apart from committees and general branches); and every organisation with a trend in a
 * sortable table, linked to its page (where its own chart is).
 */
final class TrendsPage {

    /** How many organisations each of the fastest-improving and fastest-declining tables lists. */
    static final int TOP = 10;

    /** The index the organisations are compared by. */
    static final String INDEX = "overall";

    private static final List<String> TYPE_ORDER = List.of("COMMITTEE", "GENERAL_BRANCH", "BRANCH");

    private TrendsPage() {
    }

    /** An organisation and its overall-score trend row of the latest month. */
    record Mover(GoldSnapshot.Organisation org, GoldSnapshot.Trend trend) {
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
        String month = latestMonth(gold);
        Map<String, GoldSnapshot.Trend> latest = latest(gold, month);
        movers(body, gold, month, m);
        organisations(body, gold, latest, month, m);
        script.append(Scripts.SORTABLE);
        return new PageContent(body.toString(), script.toString());
    }

    /** The newest month of any organisation's overall-score trend ("yyyy-MM-dd"), null without any. */
    static String latestMonth(GoldSnapshot gold) {
        return gold.trends().stream().filter(t -> INDEX.equals(t.index())).map(GoldSnapshot.Trend::month)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    /** Organisation code → its overall-score trend row of {@code month}. */
    private static Map<String, GoldSnapshot.Trend> latest(GoldSnapshot gold, String month) {
        return gold.trends().stream().filter(t -> INDEX.equals(t.index()) && t.month().equals(month))
                .collect(Collectors.toMap(GoldSnapshot.Trend::orgCode, Function.identity(), (a, b) -> a));
    }

    /**
     * The {@value #TOP} organisations of the latest month whose 6-month slope is steepest upwards ({@code up}) or
     * downwards — branches ({@code branches}) or the others (committees, general branches). Only a positive slope
     * counts as improving and a negative one as declining; without a slope (fewer than 3 months) an organisation is
     * not listed. Equal slopes by name, then code.
     */
    static List<Mover> movers(GoldSnapshot gold, boolean branches, boolean up) {
        Map<String, GoldSnapshot.Organisation> orgs = gold.organisationsByCode();
        Comparator<Mover> bySlope = Comparator.comparingDouble(mv -> mv.trend().slope6());
        return latest(gold, latestMonth(gold)).values().stream()
                .filter(t -> t.slope6() != null && (up ? t.slope6() > 0 : t.slope6() < 0))
                .filter(t -> orgs.containsKey(t.orgCode()) && "BRANCH".equals(orgs.get(t.orgCode()).type()) == branches)
                .map(t -> new Mover(orgs.get(t.orgCode()), t))
                .sorted((up ? bySlope.reversed() : bySlope).thenComparing(mv -> name(mv.org()))
                        .thenComparing(mv -> mv.org().code()))
                .limit(TOP).toList();
    }

    private static void movers(StringBuilder body, GoldSnapshot gold, String month, Messages m) {
        body.append("<section id=\"movers-section\"><h2>").append(m.get("trends.movers"))
                .append(month == null ? "" : " · " + month.substring(0, 7)).append("</h2><p class=\"note\">")
                .append(Html.text(m.get("trends.movers.note").replace("{n}", String.valueOf(TOP)))).append("</p>");
        if (month == null) {
            body.append("<p>").append(m.get("empty")).append("</p></section>");
            return;
        }
        List<Mover> example = movers(gold, true, true);
        if (example.isEmpty()) {
            example = movers(gold, true, false);
        }
        if (!example.isEmpty()) {
            body.append("<p class=\"note\" id=\"slope-example\">").append(Html.text(example(example.get(0), m))).append("</p>");
        }
        for (boolean branches : new boolean[]{true, false}) {
            String group = branches ? "branches" : "higher";
            body.append("<h3>").append(m.get("trends.group." + group)).append("</h3><div class=\"row\">");
            for (boolean up : new boolean[]{true, false}) {
                String id = (up ? "improved-" : "declined-") + group;
                body.append("<div class=\"half\"><h4>").append(m.get(up ? "trends.improved" : "trends.declined")
                        .replace("{n}", String.valueOf(TOP))).append("</h4>");
                List<Mover> list = movers(gold, branches, up);
                if (list.isEmpty()) {
                    body.append("<p class=\"note\" id=\"").append(id).append("\">")
                            .append(m.get(up ? "trends.improved.none" : "trends.declined.none")).append("</p></div>");
                    continue;
                }
                body.append("<div class=\"table-wrap\"><table id=\"").append(id).append("\"><thead><tr>")
                        .append(Scripts.th(m.get("rank"), "num")).append(Scripts.th(m.get("org"), "text"))
                        .append(branches ? "" : Scripts.th(m.get("trends.type"), "text"))
                        .append(Scripts.th(m.get("trends.slope"), "num")).append(Scripts.th(m.get("trend.qoq"), "num"))
                        .append(Scripts.th(m.get("trend.yoy"), "num")).append(Scripts.th(m.get("overall"), "num"))
                        .append("</tr></thead><tbody>");
                int rank = 0;
                for (Mover mv : list) {
                    body.append("<tr data-org=\"").append(Html.text(mv.org().code())).append("\"><td class=\"num\">").append(++rank)
                            .append("</td><td>").append(OrgPage.link("org/", mv.org().code(), mv.org())).append("</td>")
                            .append(branches ? "" : "<td>" + Html.text(m.label("org_type", mv.org().type())) + "</td>")
                            .append(moverCells(Cells.of(mv.trend(), month, m))).append("</tr>");
                }
                body.append("</tbody></table></div></div>");
            }
            body.append("</div>");
        }
        body.append("</section>");
    }

    /** What the slope means, on the first organisation listed: "第一支部的斜率为 +2.00，即…平均每月提高约 2.0 分". */
    static String example(Mover mv, Messages m) {
        double s = mv.trend().slope6();
        return m.get("trends.example").replace("{org}", name(mv.org())).replace("{slope}", TrendChart.slope(s))
                .replace("{change}", m.get(s >= 0 ? "trends.up_by" : "trends.down_by")
                        .replace("{n}", Decimals.fixed(Math.abs(s), 1)));
    }

    /** The cells of a row's overall score, slope, QoQ and YoY; an absent figure is "—" with a title saying why. */
    record Cells(String overall, String slope, String qoq, String yoy) {

        static Cells of(GoldSnapshot.Trend t, String month, Messages m) {
            String none = blank(m.get("trends.blank.latest").replace("{month}", month.substring(0, 7)));
            if (t == null) {
                return new Cells(none, none, none, none);
            }
            return new Cells(t.value() == null ? none : num(Scripts.number(t.value())),
                    t.slope6() == null ? blank(m.get("trends.blank.slope")) : num(TrendChart.slope(t.slope6())),
                    t.qoq() == null ? blank(m.get("trends.blank.qoq")) : num(TrendChart.signed(t.qoq())),
                    t.yoy() == null ? blank(m.get("trends.blank.yoy")) : num(TrendChart.signed(t.yoy())));
        }
    }

    /** The movers' columns: slope first (what they are ranked by), then QoQ, YoY and the score itself. */
    private static String moverCells(Cells c) {
        return c.slope() + c.qoq() + c.yoy() + c.overall();
    }

    private static String num(String text) {
        return "<td class=\"num\">" + text + "</td>";
    }

    private static String blank(String why) {
        return "<td class=\"num missing\" title=\"" + Html.text(why) + "\">—</td>";
    }

    /** Every organisation with a trend: name (linked), type, and its latest overall score, slope, QoQ and YoY. */
    private static void organisations(StringBuilder body, GoldSnapshot gold, Map<String, GoldSnapshot.Trend> latest, String month,
                                      Messages m) {
        java.util.Set<String> withTrends = gold.trends().stream().map(GoldSnapshot.Trend::orgCode).collect(Collectors.toSet());
        List<GoldSnapshot.Organisation> listed = gold.organisations().stream().filter(o -> withTrends.contains(o.code()))
                .sorted(Comparator.comparingInt((GoldSnapshot.Organisation o) -> typeOrder(o.type()))
                        .thenComparing(GoldSnapshot.Organisation::code))
                .toList();
        body.append("<section id=\"trend-orgs\"><h2>").append(m.get("section.trends.orgs"))
                .append(month == null ? "" : " · " + month.substring(0, 7)).append("</h2>");
        if (listed.isEmpty() || month == null) {
            body.append("<p>").append(m.get("empty")).append("</p></section>");
            return;
        }
        body.append("<p class=\"note\">").append(m.get("trends.orgs.note")).append("</p><div class=\"table-wrap\">")
                .append("<table id=\"trend-orgs-table\"><thead><tr>").append(Scripts.th(m.get("org"), "text"))
                .append(Scripts.th(m.get("trends.type"), "text")).append(Scripts.th(m.get("overall"), "num"))
                .append(Scripts.th(m.get("trends.slope"), "num")).append(Scripts.th(m.get("trend.qoq"), "num"))
                .append(Scripts.th(m.get("trend.yoy"), "num")).append("</tr></thead><tbody>");
        for (GoldSnapshot.Organisation o : listed) {
            Cells c = Cells.of(latest.get(o.code()), month, m);
            body.append("<tr data-org=\"").append(Html.text(o.code())).append("\"><td>").append(OrgPage.link("org/", o.code(), o))
                    .append("</td><td>").append(Html.text(m.label("org_type", o.type()))).append("</td>")
                    .append(c.overall()).append(c.slope()).append(c.qoq()).append(c.yoy()).append("</tr>");
        }
        body.append("</tbody></table></div></section>");
    }

    private static String name(GoldSnapshot.Organisation o) {
        return o.name() == null ? o.code() : o.name();
    }

    private static int typeOrder(String type) {
        int i = TYPE_ORDER.indexOf(type);
        return i < 0 ? TYPE_ORDER.size() : i;
    }
}
