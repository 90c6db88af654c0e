package com.dangjian.dashboards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.icepear.echarts.Option;
import org.icepear.echarts.charts.heatmap.HeatmapSeries;
import org.icepear.echarts.components.coord.SplitArea;
import org.icepear.echarts.components.coord.cartesian.CategoryAxis;
import org.icepear.echarts.components.grid.Grid;
import org.icepear.echarts.components.series.SeriesLabel;
import org.icepear.echarts.components.tooltip.Tooltip;
import org.icepear.echarts.components.visualMap.PiecewiseVisualMap;
import org.icepear.echarts.components.visualMap.VisualPiece;

/**
 * Organisation × month heat maps: one for the compliance index, coloured by threshold bands with the score in each
 * cell, and one per rule where each cell shows the rule's status with a symbol (✓ pass, ✗ fail, – not applicable) as
 * well as a colour. A quarterly rule's result fills the months of its quarter.
 * <p>
 * At a province's scale (thousands of branches, three years) a matrix is tens of thousands of cells, so the cells
 * are kept small: the index's cells are bare {@code [month, row, score]} triples (the page's script labels them), a
 * rule's cells bare {@code [month, row, status]} triples in one series per status, whose label is the status's symbol.
 */
public final class ComplianceMatrix {

    public static final String INDEX = "COMPLIANCE_INDEX";

    /** The index's bands: below the first bound, between two bounds (from inclusive, to exclusive), the last bound and above. */
    static final int[] BAND_BOUNDS = {60, 80, 90};
    /**
     * The bands' colours, low to high: red, orange, light green, green — Okabe–Ito vermillion, orange and bluish green
     * (distinguishable with the common colour-vision deficiencies) and a light tint of that green. Each cell also carries
     * its score, so no band is told by colour alone; the labels pick a dark or light text colour from the cell's fill.
     */
    static final String[] BAND_COLOURS = {Palette.FAIL, "#E69F00", "#8FD3BE", Palette.THIRD};

    /** A rule cell's value: its status as a code, in the legend's order (ECharts lists value pieces by value). */
    private static final int PASS = 0;
    private static final int FAIL = 1;
    private static final int NOT_APPLICABLE = 2;
    /** The value dimension of a cell ([month, row, value]): the one the visual maps colour by. */
    private static final int VALUE = 2;

    private final GoldSnapshot gold;
    private final List<String> months;
    private final String[] names;
    private final Map<String, Integer> row;
    private final Map<String, Integer> column;
    private final Map<String, List<GoldSnapshot.RuleResult>> byRule;
    private final Messages m;

    private ComplianceMatrix(GoldSnapshot gold, List<String> orgCodes, Messages m) {
        this.gold = gold;
        this.m = m;
        this.months = gold.months();
        Map<String, GoldSnapshot.Organisation> orgs = gold.organisationsByCode();
        this.names = orgCodes.stream().map(c -> orgs.containsKey(c) ? orgs.get(c).name() : c).toArray(String[]::new);
        // Row and column positions looked up once each, not searched for every cell (800 k results at SF 10).
        this.row = positions(orgCodes);
        this.column = positions(months);
        this.byRule = new TreeMap<>(gold.ruleResults().stream().collect(Collectors.groupingBy(GoldSnapshot.RuleResult::ruleId)));
    }

    /** The matrices of a snapshot, with the organisations as rows in this order; each option is built when asked for. */
    public static ComplianceMatrix of(GoldSnapshot gold, List<String> orgCodes, Messages m) {
        return new ComplianceMatrix(gold, orgCodes, m);
    }

    /** The rules with results, in display order (by id). */
    public List<String> rules() {
        return List.copyOf(byRule.keySet());
    }

    /** The compliance index per branch and month, coloured by {@link #BAND_BOUNDS}. */
    public Option index() {
        List<Object> cells = new ArrayList<>();
        for (GoldSnapshot.Scorecard s : gold.branchScorecards()) {
            Integer y = row.get(s.orgCode());
            Integer x = column.get(s.month().substring(0, 7));
            if (y != null && x != null && s.compliance() != null) {
                cells.add(cell(x, y, s.compliance()));
            }
        }
        return base().setVisualMap(legend(scoreBands(m)))
                .setSeries(new HeatmapSeries().setName(m.get("compliance")).setData(cells.toArray())
                        .setLabel(new SeriesLabel().setShow(true).setFontSize(10)));
    }

    /**
     * The columns of the index matrix besides months: quarters, years and the year to date, each cell the mean of the
     * branch's monthly index in the period, as the rankings' longer periods are ({@link PeriodRanking}).
     */
    public enum Columns { MONTH, QUARTER, YEAR, YTD }

    /** The periods of a kind of column, oldest first ("2024-Q1", "2024", "2026-YTD"; months as "2024-01"). */
    public List<String> columns(Columns kind) {
        if (kind == Columns.MONTH) {
            return months;
        }
        return PeriodRanking.periods(months).stream()
                .filter(p -> switch (kind) {
                    case QUARTER -> p.contains("-Q");
                    case YTD -> p.endsWith("-YTD");
                    default -> !p.contains("-");
                })
                .sorted().toList();
    }

    /** For each column of a kind, the month a cell opens on the organisation's page: the period's latest month. */
    public List<String> linkMonths(Columns kind) {
        String latest = months.isEmpty() ? "" : months.get(months.size() - 1);
        return columns(kind).stream().map(period -> months.stream()
                .filter(month -> kind == Columns.MONTH ? month.equals(period) : PeriodRanking.contains(period, month, latest))
                .reduce((a, b) -> b).orElse(latest)).toList();
    }

    /** The compliance index per branch and quarter, year or year to date: the mean of its months in the period. */
    public Option index(Columns kind) {
        if (kind == Columns.MONTH) {
            return index();
        }
        List<String> periods = columns(kind);
        Map<String, Integer> at = positions(periods);
        String latest = months.isEmpty() ? "" : months.get(months.size() - 1);
        Map<String, List<GoldSnapshot.Scorecard>> byCell = new TreeMap<>();
        for (GoldSnapshot.Scorecard s : gold.branchScorecards()) {
            String month = s.month().substring(0, 7);
            for (String period : periods) {
                if (PeriodRanking.contains(period, month, latest)) {
                    byCell.computeIfAbsent(s.orgCode() + "|" + period, k -> new ArrayList<>()).add(s);
                }
            }
        }
        List<Object> cells = new ArrayList<>();
        byCell.forEach((key, cards) -> {
            String[] orgAndPeriod = key.split("\\|", 2);
            Integer y = row.get(orgAndPeriod[0]);
            Double mean = DepartmentIndices.mean(cards, GoldSnapshot.Scorecard::compliance);
            if (y != null && mean != null) {
                cells.add(cell(at.get(orgAndPeriod[1]), y, mean));
            }
        });
        List<String> labels = periods.stream().map(p -> RankingsPage.periodLabel(p, m)).toList();
        return base(labels).setVisualMap(legend(scoreBands(m)))
                .setSeries(new HeatmapSeries().setName(m.get("compliance")).setData(cells.toArray())
                        .setLabel(new SeriesLabel().setShow(true).setFontSize(10)));
    }

    /**
     * A bare [column, row, score] (the page's script labels it with the rounded score): at a province's scale the
     * index matrix is tens of thousands of cells, and an object per cell tripled the page. Four decimals, as the
     * read side gives scores (a period's mean would otherwise carry sixteen digits).
     */
    private static Object[] cell(int x, int y, double value) {
        return new Object[]{x, y, Math.round(value * 10_000) / 10_000.0};
    }

    /** One rule's status per branch and month: a series per status, so each cell is a bare triple and its label the symbol. */
    public Option rule(String ruleId) {
        Map<Integer, List<int[]>> cells = new LinkedHashMap<>();
        for (int status : new int[]{PASS, FAIL, NOT_APPLICABLE}) {
            cells.put(status, new ArrayList<>());
        }
        for (GoldSnapshot.RuleResult r : byRule.getOrDefault(ruleId, List.of())) {
            Integer y = row.get(r.orgCode());
            if (y == null) {
                continue;
            }
            int code = code(r.status());
            LocalDate end = LocalDate.parse(r.periodEnd());
            for (LocalDate d = LocalDate.parse(r.periodStart()); !d.isAfter(end); d = d.plusMonths(1)) {
                Integer x = column.get(d.toString().substring(0, 7));
                if (x != null) {
                    cells.get(code).add(new int[]{x, y, code});
                }
            }
        }
        String[] statuses = {"PASS", "FAIL", "NOT_APPLICABLE"};
        HeatmapSeries[] series = new HeatmapSeries[statuses.length];
        VisualPiece[] pieces = new VisualPiece[statuses.length];
        String[] colours = {Palette.PASS, Palette.FAIL, Palette.NOT_APPLICABLE};
        for (int i = 0; i < statuses.length; i++) {
            int code = code(statuses[i]);
            String label = symbol(statuses[i]) + " " + m.get("status." + statuses[i]);
            pieces[i] = new VisualPiece().setValue(code).setLabel(label).setColor(colours[i]);
            series[i] = new HeatmapSeries().setName(m.label("rule", ruleId) + " · " + label)
                    .setData(cells.get(code).toArray())
                    .setLabel(new SeriesLabel().setShow(true).setFontSize(10).setFormatter(symbol(statuses[i])));
        }
        return base().setVisualMap(legend(pieces)).setSeries(series);
    }

    /** The index's four bands as legend pieces, labelled from the bundle ("低于 60", "60–80", "80–90", "90 及以上"). */
    static VisualPiece[] scoreBands(Messages m) {
        VisualPiece[] pieces = new VisualPiece[BAND_BOUNDS.length + 1];
        for (int i = 0; i <= BAND_BOUNDS.length; i++) {
            VisualPiece p = new VisualPiece().setColor(BAND_COLOURS[i]);
            if (i == 0) {
                p.setLt(BAND_BOUNDS[0]).setLabel(m.get("matrix.band.below").replace("{n}", String.valueOf(BAND_BOUNDS[0])));
            } else if (i == BAND_BOUNDS.length) {
                p.setGte(BAND_BOUNDS[i - 1]).setLabel(m.get("matrix.band.above").replace("{n}", String.valueOf(BAND_BOUNDS[i - 1])));
            } else {
                p.setGte(BAND_BOUNDS[i - 1]).setLt(BAND_BOUNDS[i]).setLabel(m.get("matrix.band.between")
                        .replace("{from}", String.valueOf(BAND_BOUNDS[i - 1])).replace("{to}", String.valueOf(BAND_BOUNDS[i])));
            }
            pieces[i] = p;
        }
        return pieces;
    }

    /**
     * The legend above the matrix (a tall matrix's bottom is far down the page), at its left edge (a wide matrix's
     * centre is out of sight on a phone); clicking a piece hides its cells.
     */
    private static PiecewiseVisualMap legend(VisualPiece[] pieces) {
        return new PiecewiseVisualMap().setType("piecewise").setDimension(VALUE).setOrient("horizontal").setLeft(8).setTop(0)
                .setPieces(pieces);
    }

    /** Months along the top, under the legend, so they stay in sight above a tall matrix. */
    private Option base() {
        return base(months);
    }

    private Option base(List<String> columns) {
        return new Option()
                .setAnimation(false)
                .setTooltip(new Tooltip().setPosition("top").setConfine(true))
                .setGrid(new Grid().setLeft(8).setRight(8).setTop(34).setBottom(10).setContainLabel(true))
                .setXAxis(new CategoryAxis().setData(columns.toArray()).setPosition("top").setSplitArea(new SplitArea().setShow(true)))
                .setYAxis(new CategoryAxis().setData(names).setInverse(true).setSplitArea(new SplitArea().setShow(true)));
    }

    private static int code(String status) {
        return switch (status) {
            case "PASS" -> PASS;
            case "FAIL" -> FAIL;
            default -> NOT_APPLICABLE;
        };
    }

    private static Map<String, Integer> positions(List<String> keys) {
        Map<String, Integer> out = new HashMap<>();
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
