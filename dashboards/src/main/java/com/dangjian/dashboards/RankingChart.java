package com.dangjian.dashboards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.icepear.echarts.Option;
import org.icepear.echarts.charts.bar.BarSeries;
import org.icepear.echarts.components.coord.cartesian.CategoryAxis;
import org.icepear.echarts.components.coord.cartesian.ValueAxis;
import org.icepear.echarts.components.grid.Grid;
import org.icepear.echarts.components.title.Title;
import org.icepear.echarts.components.tooltip.Tooltip;

/**
 * The ranking of one month as a horizontal bar chart: first place on top, each bar labelled with its score
 * and the rank change (▲ up, ▼ down, ＝ unchanged, 新 new) so the change is never carried by colour alone.
 */
public final class RankingChart {

    private RankingChart() {
    }

    public static Option of(String month, List<GoldSnapshot.Scorecard> ranked, Map<String, GoldSnapshot.Organisation> orgs,
                            Messages m) {
        return of(month, ranked, orgs, m, Peers.ALL);
    }

    /** Which ranks label the bars: overall, within the category, within the region. */
    public enum Peers { ALL, CATEGORY, REGION }

    public static Option of(String month, List<GoldSnapshot.Scorecard> ranked, Map<String, GoldSnapshot.Organisation> orgs,
                            Messages m, Peers peers) {
        List<String> names = new ArrayList<>();
        List<Object> bars = new ArrayList<>();
        for (GoldSnapshot.Scorecard s : ranked) {
            GoldSnapshot.Organisation org = orgs.get(s.orgCode());
            int rank = switch (peers) {
                case ALL -> s.rank();
                case CATEGORY -> s.rankInCategory();
                case REGION -> s.rankInRegion();
            };
            names.add(rank + ". " + (org == null ? s.orgCode() : org.name()));
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("value", s.overall());
            bar.put("label", Map.of("show", true, "position", "right",
                    "formatter", Scripts.number(s.overall()) + "  " + arrow(s.rankChange())));
            bars.add(bar);
        }
        return new Option()
                .setTitle(new Title().setText(m.get("section.ranking") + " · " + month.substring(0, 7)).setLeft("center"))
                .setTooltip(new Tooltip().setTrigger("axis"))
                .setAnimation(false)
                .setGrid(new Grid().setLeft("2%").setRight("10%").setTop(40).setBottom(30).setContainLabel(true))
                .setXAxis(new ValueAxis().setName(m.get("overall")).setMin(0).setMax(100))
                .setYAxis(new CategoryAxis().setInverse(true).setData(names.toArray()))
                .setSeries(new BarSeries().setName(m.get("overall")).setColor(Palette.BAR).setData(bars.toArray()));
    }

    public static String arrow(Integer change) {
        if (change == null) {
            return "新";
        }
        if (change > 0) {
            return "▲" + change;
        }
        if (change < 0) {
            return "▼" + (-change);
        }
        return "＝";
    }
}
