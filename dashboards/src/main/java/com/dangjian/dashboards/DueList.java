package com.dangjian.dashboards;

import java.util.Comparator;
import java.util.List;

import com.dangjian.contracts.rules.RuleId;

/**
 * What a branch still has to hold in the month and the quarter of the night's date, as the transform computed it
 * (gold rule_progress: the count rules' meetings held so far against the one each period requires). The engine
 * assesses only complete periods; this is the running count for the period in progress. Rules switched off and
 * a committee meeting where the branch has none are not computed, so not shown.
 */
record DueList(String ruleId, String period, int held, int required) {

    boolean done() {
        return held >= required;
    }

    /** The branch's rows in rules.md's order of the rules: "2024-03" for a month, "2024-Q1" for a quarter. */
    static List<DueList> of(List<GoldSnapshot.Progress> progress) {
        return progress.stream()
                .sorted(Comparator.comparing(p -> RuleId.valueOf(p.ruleId()).ordinal()))
                .map(p -> new DueList(p.ruleId(), period(p), p.actual(), p.required()))
                .toList();
    }

    private static String period(GoldSnapshot.Progress p) {
        java.time.LocalDate start = java.time.LocalDate.parse(p.periodStart());
        return p.periodType().equals("QUARTER") ? start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1)
                : p.periodStart().substring(0, 7);
    }
}
