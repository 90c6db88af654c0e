package com.dangjian.transform.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.dangjian.contracts.rules.RuleCatalogue;
import com.dangjian.contracts.rules.RuleId;

/** Every rule of rules.md by id, and the ones the catalogue switches on. */
public final class RuleBook {

    private RuleBook() {
    }

    public static Map<String, ComplianceRule> all(RuleCatalogue catalogue) {
        Map<String, ComplianceRule> rules = new LinkedHashMap<>();
        int minFull = catalogue.rules().containsKey(RuleId.COMMITTEE_MONTHLY.id())
                ? catalogue.rule(RuleId.COMMITTEE_MONTHLY.id()).integer("minimumFullMembers", 7) : 7;
        for (ComplianceRule r : List.of(
                MeetingCountRule.assemblyQuarterly(), MeetingCountRule.committeeMonthly(minFull), new GroupMonthlyRule(),
                MeetingCountRule.lectureQuarterly(), new SecretaryLectureRule(), MeetingCountRule.themeDayMonthly(),
                MeetingCountRule.orgLifeYearly(), MeetingCountRule.democraticReviewYearly(), MemberShareRule.talkYearly(),
                MemberShareRule.studyHoursYearly(), new ElectionOnTimeRule(), MemberShareRule.duesOnTime(),
                MemberStreakRule.duesArrears(), MemberStreakRule.absence(), new MinutesRecordedRule(),
                new RectificationOnTimeRule(), new BranchSizeRule(), new ProbationReviewRule())) {
            rules.put(r.ruleId(), r);
        }
        if (!rules.keySet().equals(new java.util.LinkedHashSet<>(RuleId.ids()))) {
            throw new IllegalStateException("the rule book and RuleId.ids() disagree");
        }
        return rules;
    }

    public static List<ComplianceRule> enabled(RuleCatalogue catalogue) {
        return all(catalogue).values().stream().filter(r -> catalogue.enabled(r.ruleId())).toList();
    }
}
