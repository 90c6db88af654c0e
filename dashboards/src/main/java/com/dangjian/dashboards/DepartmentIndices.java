package com.dangjian.dashboards;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The department's three indices per month: the scorecards of its top organisations (no parent in the
 * registry — one committee at a provincial department, several when prefectures' organs are included)
 * averaged weighted by their members, as the engine weighs branches into a committee.
 */
record DepartmentIndices(String month, Double compliance, Double engagement, Double evaluation) {

    static List<DepartmentIndices> of(GoldSnapshot gold) {
        Map<String, GoldSnapshot.Organisation> orgs = gold.organisationsByCode();
        Set<String> roots = gold.organisations().stream()
                .filter(o -> o.parent() == null || !orgs.containsKey(o.parent()))
                .map(GoldSnapshot.Organisation::code).collect(Collectors.toSet());
        Map<String, List<GoldSnapshot.Scorecard>> byMonth = gold.scorecards().stream()
                .filter(s -> roots.contains(s.orgCode()))
                .collect(Collectors.groupingBy(s -> s.month().substring(0, 7), TreeMap::new, Collectors.toList()));
        List<DepartmentIndices> out = new ArrayList<>();
        byMonth.forEach((month, cards) -> out.add(new DepartmentIndices(month,
                weighted(cards, GoldSnapshot.Scorecard::compliance), weighted(cards, GoldSnapshot.Scorecard::engagement),
                weighted(cards, GoldSnapshot.Scorecard::evaluation))));
        return out;
    }

    /** Plain mean of the values present (a missing index is not a zero); null when none. */
    static Double mean(List<GoldSnapshot.Scorecard> cards, Function<GoldSnapshot.Scorecard, Double> value) {
        return cards.stream().map(value).filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).average().stream()
                .boxed().findFirst().orElse(null);
    }

    /** Members-weighted mean of the values present; a plain mean when no card has members; null when none. */
    static Double weighted(List<GoldSnapshot.Scorecard> cards, Function<GoldSnapshot.Scorecard, Double> value) {
        double sum = 0;
        double weight = 0;
        double plain = 0;
        int n = 0;
        for (GoldSnapshot.Scorecard c : cards) {
            Double v = value.apply(c);
            if (v != null) {
                sum += v * c.members();
                weight += c.members();
                plain += v;
                n++;
            }
        }
        if (n == 0) {
            return null;
        }
        return weight > 0 ? sum / weight : plain / n;
    }
}
