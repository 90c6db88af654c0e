package com.dangjian.dashboards;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.icepear.echarts.Option;
import org.icepear.echarts.charts.line.LineSeries;
import org.icepear.echarts.components.coord.cartesian.CategoryAxis;
import org.icepear.echarts.components.coord.cartesian.ValueAxis;
import org.icepear.echarts.components.grid.Grid;
import org.icepear.echarts.components.legend.Legend;
import org.icepear.echarts.components.tooltip.Tooltip;

/**
 * 总览: the latest month at a glance — tiles, the first and last ten branches, and the department's three
 * indices over the last 24 months (with their table).
 */
final class OverviewPage {

    static final int TREND_MONTHS = 24;
    static final int TOP = 10;

    private OverviewPage() {
    }

    /** The tiles' figures for the latest month (null averages when nothing was scored). */
    record Tiles(String month, int assessed, Double compliance, Double engagement, Double evaluation, int openAlarms) {

        static Tiles of(GoldSnapshot gold) {
            List<String> months = gold.months();
            String month = months.isEmpty() ? null : months.get(months.size() - 1);
            List<GoldSnapshot.Scorecard> latest = gold.branchScorecards().stream()
                    .filter(s -> month != null && s.month().startsWith(month)).toList();
            return new Tiles(month, latest.size(), DepartmentIndices.mean(latest, GoldSnapshot.Scorecard::compliance),
                    DepartmentIndices.mean(latest, GoldSnapshot.Scorecard::engagement),
                    DepartmentIndices.mean(latest, GoldSnapshot.Scorecard::evaluation),
                    gold.alarms().size());
        }

    }

    static PageContent render(GoldSnapshot gold, Messages m) {
        Tiles t = Tiles.of(gold);
        StringBuilder body = new StringBuilder("<section id=\"tiles-section\"><h2>").append(m.get("section.overview"))
                .append(t.month() == null ? "" : " · " + t.month()).append("</h2><div class=\"tiles\">")
                .append(tile("tile-assessed", String.valueOf(t.assessed()), m.get("tile.assessed")))
                .append(tile("tile-compliance", Scripts.number(t.compliance()), m.get("tile.compliance")))
                .append(tile("tile-engagement", Scripts.number(t.engagement()), m.get("tile.engagement")))
                .append(tile("tile-evaluation", Scripts.number(t.evaluation()), m.get("tile.evaluation")))
                .append(tile("tile-alarms", String.valueOf(t.openAlarms()), m.get("tile.alarms")))
                .append(tile("tile-freshness", Html.text(gold.computedAt() == null ? "—" : gold.computedAt().substring(0, Math.min(16, gold.computedAt().length()))),
                        m.get("tile.freshness")))
                .append("</div><p class=\"note\" id=\"tiles-definition\">").append(m.get("tiles.definition")).append("</p>")
                .append(AlarmAge.countsLine("overview-alarm-counts", gold.alarms(), SitePage.ALARMS.file, m))
                .append("</section>");

        Map<String, GoldSnapshot.Organisation> orgs = gold.organisationsByCode();
        List<GoldSnapshot.Scorecard> latest = gold.branchScorecards().stream()
                .filter(s -> t.month() != null && s.month().startsWith(t.month()))
                .sorted(Comparator.comparingInt(GoldSnapshot.Scorecard::rank)).toList();
        List<GoldSnapshot.Scorecard> top = latest.subList(0, Math.min(TOP, latest.size()));
        List<GoldSnapshot.Scorecard> bottom = latest.subList(Math.max(0, latest.size() - TOP), latest.size());
        body.append("<section id=\"leaders-section\"><div class=\"row\"><div class=\"half\"><h2>").append(m.get("section.top"))
                .append("</h2>").append(table("top-table", top, orgs, m)).append("</div><div class=\"half\"><h2>")
                .append(m.get("section.bottom")).append("</h2>").append(table("bottom-table", bottom, orgs, m))
                .append("</div></div><p class=\"note\"><a href=\"rankings.html\">").append(m.get("see.rankings"))
                .append("</a> · <a href=\"").append(PrintPage.FILE).append("\">").append(m.get("print.link")).append("</a></p></section>");

        List<DepartmentIndices> trend = DepartmentIndices.of(gold);
        trend = trend.subList(Math.max(0, trend.size() - TREND_MONTHS), trend.size());
        body.append("<section id=\"department-section\"><h2>").append(m.get("section.department")).append("</h2><p class=\"note\">")
                .append(m.get("section.department.note")).append("</p><div id=\"department\" class=\"chart trend\" role=\"img\" aria-label=\"")
                .append(m.get("section.department")).append("\"></div><details><summary>").append(m.get("chart.table_alt"))
                .append("</summary><table id=\"department-table\"><thead><tr>").append(Scripts.th(m.get("month"), "text"))
                .append(Scripts.th(m.get("compliance"), "num")).append(Scripts.th(m.get("engagement"), "num"))
                .append(Scripts.th(m.get("evaluation"), "num")).append("</tr></thead><tbody>");
        trend.forEach(d -> body.append("<tr><td>").append(d.month()).append("</td><td class=\"num\">").append(Scripts.number(d.compliance()))
                .append("</td><td class=\"num\">").append(Scripts.number(d.engagement())).append("</td><td class=\"num\">")
                .append(Scripts.number(d.evaluation())).append("</td></tr>"));
        body.append("</tbody></table></details></section>");
        String script = "mountChart('department', " + Scripts.json(departmentChart(trend, m)) + ");\n" + Scripts.SORTABLE;
        return new PageContent(body.toString(), script);
    }

    static Option departmentChart(List<DepartmentIndices> trend, Messages m) {
        Object[] months = trend.stream().map(DepartmentIndices::month).toArray();
        return new Option()
                .setAnimation(false)
                .setTooltip(new Tooltip().setTrigger("axis"))
                .setLegend(new Legend().setTop(0))
                .setGrid(new Grid().setLeft("3%").setRight("4%").setTop(36).setBottom(24).setContainLabel(true))
                .setXAxis(new CategoryAxis().setData(months))
                .setYAxis(new ValueAxis().setMin(0).setMax(100))
                .setSeries(new LineSeries[]{
                        line(m.get("compliance"), Palette.PASS, "circle", trend.stream().map(DepartmentIndices::compliance).toArray()),
                        line(m.get("engagement"), Palette.FAIL, "triangle", trend.stream().map(DepartmentIndices::engagement).toArray()),
                        line(m.get("evaluation"), Palette.THIRD, "rect", trend.stream().map(DepartmentIndices::evaluation).toArray())});
    }

    /** A line with its own marker shape, so the series differ by more than colour. */
    private static LineSeries line(String name, String colour, String symbol, Object[] values) {
        Object[] rounded = java.util.Arrays.stream(values).map(v -> v == null ? null : Math.round((Double) v * 10) / 10.0).toArray();
        return new LineSeries().setName(name).setColor(colour).setSymbol(symbol).setSymbolSize(7).setConnectNulls(false).setData(rounded);
    }

    private static String tile(String id, String value, String label) {
        return "<div class=\"tile\" id=\"" + id + "\"><div class=\"value\">" + value + "</div><div class=\"label\">"
                + Html.text(label) + "</div></div>";
    }

    private static String table(String id, List<GoldSnapshot.Scorecard> cards, Map<String, GoldSnapshot.Organisation> orgs, Messages m) {
        StringBuilder b = new StringBuilder("<table id=\"" + id + "\">" + RankingTable.header(m) + "<tbody>");
        cards.forEach(s -> b.append(RankingTable.row(s, orgs, m)));
        return b.append("</tbody></table>").toString();
    }
}
