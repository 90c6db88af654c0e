package com.dangjian.notebooks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranks scorecards again with other weights, by the rules.md order: overall score descending, ties by the
 * compliance index, then org_code; among organisations of the same type in the same month (an empty score
 * ranks last). Computed in Java, not in ClickHouse SQL (which on 18.16 has no window functions).
 */
public final class Rankings {

    /** Columns a scorecard frame must hold (org_scorecard_monthly). */
    static final List<String> NEEDED = List.of("org_code", "month", "org_type", "compliance_index", "engagement_index",
            "evaluation_score", "rank_overall");

    private Rankings() {
    }

    /**
     * @param scorecards rows of org_scorecard_monthly with at least {@link #NEEDED}
     * @return org_code, month, org_type, overall (with the new weights), rank (with them), night_rank (the
     *         night's rank_overall) and moved (night_rank − rank: positive = up), best first per month and type
     */
    public static Frame rank(Frame scorecards, Weights weights) {
        NEEDED.forEach(scorecards::position);
        record Scored(Frame.Row row, double overall, double compliance) {
        }
        Map<String, List<Frame.Row>> groups = scorecards.groupBy(r -> r.str("month") + "|" + r.str("org_type"));
        List<List<Object>> out = new ArrayList<>();
        for (List<Frame.Row> group : groups.values()) {
            List<Scored> scored = new ArrayList<>();
            for (Frame.Row r : group) {
                double c = r.num("compliance_index");
                scored.add(new Scored(r, weights.overall(c, r.num("engagement_index"), r.num("evaluation_score")), c));
            }
            scored.sort(Comparator.comparingDouble((Scored s) -> descendingNaNLast(s.overall))
                    .thenComparingDouble(s -> descendingNaNLast(s.compliance))
                    .thenComparing(s -> s.row.str("org_code")));
            int rank = 0;
            for (Scored s : scored) {
                rank++;
                long nightRank = s.row.integer("rank_overall");
                out.add(List.of(s.row.str("org_code"), s.row.str("month"), s.row.str("org_type"), s.overall, (long) rank,
                        nightRank, nightRank - rank));
            }
        }
        return new Frame(List.of("org_code", "month", "org_type", "overall", "rank", "night_rank", "moved"), out);
    }

    /** Sort key: larger first, NaN after every number. */
    private static double descendingNaNLast(double v) {
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : -v;
    }
}
