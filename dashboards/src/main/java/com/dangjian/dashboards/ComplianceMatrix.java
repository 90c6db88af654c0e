package com.dangjian.dashboards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.icepear.echarts.Option;
import org.icepear.echarts.charts.heatmap.HeatmapSeries;
import org.icepear.echarts.components.coord.cartesian.CategoryAxis;
import org.icepear.echarts.components.coord.SplitArea;
import org.icepear.echarts.components.grid.Grid;
import org.icepear.echarts.components.tooltip.Tooltip;
import org.icepear.echarts.components.visualMap.ContinousVisualMap;
import org.icepear.echarts.components.visualMap.PiecewiseVisualMap;
import org.icepear.echarts.components.visualMap.VisualPiece;

/**
 * Organisation × month heat maps: one for the compliance index, and one per rule where each cell shows the
 * rule's status with a symbol (✓ pass, ✗ fail, – not applicable) as well as a colour. A quarterly rule's
 * result fills the months of its quarter.
 */
public final class ComplianceMatrix {

    public static final String INDEX = "COMPLIANCE_INDEX";
    private static final int PASS = 1;
    private static final int FAIL = 0;
    private static final int NOT_APPLICABLE = -1;

    private ComplianceMatrix() {
    }

    /** Option per matrix, keyed by rule id (and {@link #INDEX}), in display order. */
    public static Map<String, Option> of(GoldSnapshot gold, List<String> orgCodes, Messages m) {
        List<String> months = new ArrayList<>(new TreeSet<>(gold.branchScorecards().stream().map(s -> s.month().substring(0, 7)).toList()));
        Map<String, GoldSnapshot.Organisation> orgs = gold.organisationsByCode();
        String[] names = orgCodes.stream().map(c -> orgs.containsKey(c) ? orgs.get(c).name() : c).toArray(String[]::new);
        Map<String, Option> out = new LinkedHashMap<>();
        // Row and column positions looked up once each, not searched for every cell (800 k results at SF 10).
        Map<String, Integer> row = positions(orgCodes);
        Map<String, Integer> column = positions(months);

        List<Object> index = new ArrayList<>();
        for (GoldSnapshot.Scorecard s : gold.branchScorecards()) {
            Integer y = row.get(s.orgCode());
            if (y != null && s.compliance() != null) {
                index.add(cell(column.get(s.month().substring(0, 7)), y, s.compliance(), String.format("%.0f", s.compliance())));
            }
        }
        out.put(INDEX, base(months, names).setVisualMap(new ContinousVisualMap().setMin(0).setMax(100)
                        .setCalculable(true).setOrient("horizontal").setLeft("center").setBottom(0)
                        .setColor(Palette.SEQUENTIAL_BLUE_HIGH_FIRST))
                .setSeries(new HeatmapSeries().setName(m.get("compliance")).setData(index.toArray())));

        Map<String, List<GoldSnapshot.RuleResult>> byRule = new java.util.TreeMap<>(gold.ruleResults().stream()
                .collect(java.util.stream.Collectors.groupingBy(GoldSnapshot.RuleResult::ruleId)));
        for (Map.Entry<String, List<GoldSnapshot.RuleResult>> ruleResults : byRule.entrySet()) {
            String rule = ruleResults.getKey();
            List<Object> cells = new ArrayList<>();
            for (GoldSnapshot.RuleResult r : ruleResults.getValue()) {
                Integer y = row.get(r.orgCode());
                if (y == null) {
                    continue;
                }
                int code = switch (r.status()) {
                    case "PASS" -> PASS;
                    case "FAIL" -> FAIL;
                    default -> NOT_APPLICABLE;
                };
                String symbol = symbol(r.status());
                for (LocalDate d = LocalDate.parse(r.periodStart()); !d.isAfter(LocalDate.parse(r.periodEnd())); d = d.plusMonths(1)) {
                    Integer x = column.get(d.toString().substring(0, 7));
                    if (x != null) {
                        cells.add(cell(x, y, code, symbol));
                    }
                }
            }
            out.put(rule, base(months, names)
                    .setVisualMap(new PiecewiseVisualMap().setOrient("horizontal").setLeft("center").setBottom(0)
                            .setPieces(new VisualPiece[]{
                                    new VisualPiece().setValue(PASS).setLabel("✓ " + m.get("status.PASS")).setColor(Palette.PASS),
                                    new VisualPiece().setValue(FAIL).setLabel("✗ " + m.get("status.FAIL")).setColor(Palette.FAIL),
                                    new VisualPiece().setValue(NOT_APPLICABLE).setLabel("– " + m.get("status.NOT_APPLICABLE"))
                                            .setColor(Palette.NOT_APPLICABLE)}))
                    .setSeries(new HeatmapSeries().setName(m.label("rule", rule)).setData(cells.toArray())));
        }
        return out;
    }

    private static Option base(List<String> months, String[] names) {
        return new Option()
                .setAnimation(false)
                .setTooltip(new Tooltip().setPosition("top"))
                .setGrid(new Grid().setLeft("2%").setRight("2%").setTop(10).setBottom(50).setContainLabel(true))
                .setXAxis(new CategoryAxis().setData(months.toArray()).setSplitArea(new SplitArea().setShow(true)))
                .setYAxis(new CategoryAxis().setData(names).setInverse(true).setSplitArea(new SplitArea().setShow(true)));
    }

    private static Map<String, Object> cell(int x, int y, Number value, String text) {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("value", new Object[]{x, y, value});
        cell.put("label", Map.of("show", true, "formatter", text, "fontSize", 10));
        return cell;
    }

    private static Map<String, Integer> positions(List<String> keys) {
        Map<String, Integer> out = new java.util.HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            out.putIfAbsent(keys.get(i), i);
        }
        return out;
    }

    /** The status as a symbol, so a cell never depends on colour alone: ✓ pass, ✗ fail, – not applicable. */
    static String symbol(String status) {
        return switch (status) {
            case "PASS" -> "✓";
            case "FAIL" -> "✗";
            default -> "–";
        };
    }
}
