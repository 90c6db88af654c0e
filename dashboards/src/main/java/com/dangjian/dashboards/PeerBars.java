package com.dangjian.dashboards;

import java.util.ArrayList;
import java.util.List;

import org.icepear.echarts.Option;
import org.icepear.echarts.charts.bar.BarSeries;
import org.icepear.echarts.components.coord.cartesian.CategoryAxis;
import org.icepear.echarts.components.coord.cartesian.ValueAxis;
import org.icepear.echarts.components.grid.Grid;
import org.icepear.echarts.components.legend.Legend;
import org.icepear.echarts.components.tooltip.Tooltip;

/** An organisation's page: its three indices beside its peer group's means, as pairs of bars. */
final class PeerBars {

    private PeerBars() {
    }

    /**
     * This organisation against the mean of its peer group (same type and category, same month): the three parts
     * of the score as pairs of bars — a radar with three axes drew an area that says nothing.
     */
    static Option of(GoldSnapshot.Scorecard card, List<GoldSnapshot.Scorecard> peers, Messages m) {
        Double[] own = {card.compliance(), card.engagement(), card.evaluation()};
        Double[] mean = {DepartmentIndices.mean(peers, GoldSnapshot.Scorecard::compliance),
                DepartmentIndices.mean(peers, GoldSnapshot.Scorecard::engagement), DepartmentIndices.mean(peers, GoldSnapshot.Scorecard::evaluation)};
        return new Option()
                .setAnimation(false)
                .setTooltip(new Tooltip().setTrigger("axis"))
                .setLegend(new Legend().setBottom(0))
                .setGrid(new Grid().setLeft(8).setRight(16).setTop(16).setBottom(36).setContainLabel(true))
                .setXAxis(new CategoryAxis().setData(new String[]{m.get("compliance"), m.get("engagement"), m.get("evaluation")}))
                .setYAxis(new ValueAxis().setMin(0).setMax(100))
                .setSeries(new BarSeries[]{
                        new BarSeries().setName(m.get("radar.own")).setColor(Palette.PASS).setData(rounded(own))
,
                        new BarSeries().setName(m.get("radar.peers")).setColor(Palette.NOT_APPLICABLE).setData(rounded(mean))
});
    }

    /** Rounded values; an empty one is ECharts' "-" (missing), never 0: an empty evaluation is not a zero one. */
    private static Object[] rounded(Double[] values) {
        List<Object> out = new ArrayList<>();
        for (Double v : values) {
            out.add(v == null ? "-" : Math.round(v * 10) / 10.0);
        }
        return out.toArray();
    }
}
