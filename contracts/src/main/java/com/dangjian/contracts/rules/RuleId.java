package com.dangjian.contracts.rules;

import java.util.Arrays;
import java.util.List;

/**
 * The public rule IDs of rules.md: code, configuration, warehouse rows and dashboards use these names. A rule's
 * names for people (zh/en), weight, thresholds and citation are in the rule catalogue (rules.yaml).
 */
public enum RuleId {
    ASSEMBLY_QUARTERLY, COMMITTEE_MONTHLY, GROUP_MONTHLY, LECTURE_QUARTERLY, SECRETARY_LECTURE_YEARLY, THEME_DAY_MONTHLY,
    ORG_LIFE_YEARLY, DEMOCRATIC_REVIEW_YEARLY, TALK_YEARLY, STUDY_HOURS_YEARLY, ELECTION_ON_TIME, DUES_ON_TIME,
    DUES_ARREARS_6M, ABSENCE_6M, MINUTES_RECORDED, RECTIFICATION_ON_TIME, BRANCH_SIZE, PROBATION_REVIEW_ON_TIME;

    /** The indicator (not a pass/fail rule) of 发展党员计划 completion. */
    public static final String RECRUITMENT_PLAN = "RECRUITMENT_PLAN";

    /** The id as the warehouse and the catalogue write it. */
    public String id() {
        return name();
    }

    /** Every rule id, in rules.md's order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(RuleId::id).toList();
    }
}
