package com.dangjian.dashboards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rankings of longer periods, from the monthly scorecards gold holds: a quarter ("2024-Q1"), a year ("2024")
 * and the year to date ("2026-YTD", January to the latest month). An organisation's value for the period is the
 * mean of its monthly values in the months of the period it was scored in (an empty evaluation left out, as the
 * months do); the ranks order those means as the transform orders a month (overall descending, then
 * compliance, then code), among organisations ranked together (same type and level), within the category and
 * within the region. The rank change is not shown for these periods. Months stay as gold ranked them.
 */
final class PeriodRanking {

    private PeriodRanking() {
    }

    /** The periods with scorecards, newest first within each kind: quarters, years, then the year to date. */
    static List<String> periods(List<String> months) {
        List<String> quarters = months.stream().map(PeriodRanking::quarterOf).distinct().sorted(Comparator.reverseOrder()).toList();
        List<String> years = months.stream().map(m -> m.substring(0, 4)).distinct().sorted(Comparator.reverseOrder()).toList();
        List<String> out = new ArrayList<>(quarters);
        out.addAll(years);
        if (!months.isEmpty()) {
            out.add(months.get(months.size() - 1).substring(0, 4) + "-YTD");
        }
        return out;
    }

    /** Whether a month ("yyyy-MM") lies in a period of {@link #periods}. */
    static boolean contains(String period, String month, String latestMonth) {
        if (period.endsWith("-YTD")) {
            return month.startsWith(period.substring(0, 4)) && month.compareTo(latestMonth) <= 0;
        }
        return period.contains("-Q") ? quarterOf(month).equals(period) : month.startsWith(period);
    }

    static String quarterOf(String month) {
        return month.substring(0, 4) + "-Q" + ((Integer.parseInt(month.substring(5, 7)) - 1) / 3 + 1);
    }

    /**
     * One period's scorecards of the given monthly ones (each the mean of an organisation's months in it), ranked;
     * {@code rankedTogether} names the group an organisation is ranked in (type and level).
     */
    static List<GoldSnapshot.Scorecard> of(String period, List<GoldSnapshot.Scorecard> monthly, String latestMonth,
                                           Function<GoldSnapshot.Scorecard, String> rankedTogether) {
        Map<String, List<GoldSnapshot.Scorecard>> byOrg = monthly.stream()
                .filter(s -> contains(period, s.month().substring(0, 7), latestMonth))
                .collect(Collectors.groupingBy(GoldSnapshot.Scorecard::orgCode, TreeMap::new, Collectors.toList()));
        List<GoldSnapshot.Scorecard> means = new ArrayList<>();
        byOrg.forEach((org, cards) -> {
            GoldSnapshot.Scorecard last = cards.stream().max(Comparator.comparing(GoldSnapshot.Scorecard::month)).orElseThrow();
            means.add(new GoldSnapshot.Scorecard(org, period, DepartmentIndices.mean(cards, GoldSnapshot.Scorecard::compliance),
                    DepartmentIndices.mean(cards, GoldSnapshot.Scorecard::engagement), DepartmentIndices.mean(cards, GoldSnapshot.Scorecard::evaluation),
                    DepartmentIndices.mean(cards, GoldSnapshot.Scorecard::overall), 0, 0, null, last.category(), last.orgType(), last.members(),
                    last.region(), null));
        });
        Comparator<GoldSnapshot.Scorecard> order = Comparator.comparing((GoldSnapshot.Scorecard s) -> s.overall() == null ? -1 : s.overall())
                .thenComparing(s -> s.compliance() == null ? -1 : s.compliance()).reversed()
                .thenComparing(GoldSnapshot.Scorecard::orgCode);
        List<GoldSnapshot.Scorecard> sorted = means.stream().sorted(order).toList();
        Map<String, Integer> overall = new LinkedHashMap<>();
        Map<String, Integer> category = new LinkedHashMap<>();
        Map<String, Integer> region = new LinkedHashMap<>();
        List<GoldSnapshot.Scorecard> out = new ArrayList<>();
        for (GoldSnapshot.Scorecard s : sorted) {
            String group = rankedTogether.apply(s);
            int rank = overall.merge(group, 1, Integer::sum);
            int inCategory = category.merge(group + "|" + s.category(), 1, Integer::sum);
            boolean prefecture = s.region() != null && !s.region().equals(RankingsPage.PROVINCE);
            Integer inRegion = prefecture ? region.merge(group + "|" + s.region(), 1, Integer::sum) : null;
            out.add(new GoldSnapshot.Scorecard(s.orgCode(), period, s.compliance(), s.engagement(), s.evaluation(), s.overall(), rank,
                    inCategory, null, s.category(), s.orgType(), s.members(), s.region(), inRegion));
        }
        return out;
    }
}
