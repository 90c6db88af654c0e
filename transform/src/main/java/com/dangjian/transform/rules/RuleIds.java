package com.dangjian.transform.rules;

import java.util.List;

/** The public rule IDs of rules.md: code, configuration, warehouse rows and dashboards use these names. */
public final class RuleIds {

    private RuleIds() {
    }

    public static final String ASSEMBLY_QUARTERLY = "ASSEMBLY_QUARTERLY";
    public static final String COMMITTEE_MONTHLY = "COMMITTEE_MONTHLY";
    public static final String GROUP_MONTHLY = "GROUP_MONTHLY";
    public static final String LECTURE_QUARTERLY = "LECTURE_QUARTERLY";
    public static final String SECRETARY_LECTURE_YEARLY = "SECRETARY_LECTURE_YEARLY";
    public static final String THEME_DAY_MONTHLY = "THEME_DAY_MONTHLY";
    public static final String ORG_LIFE_YEARLY = "ORG_LIFE_YEARLY";
    public static final String DEMOCRATIC_REVIEW_YEARLY = "DEMOCRATIC_REVIEW_YEARLY";
    public static final String TALK_YEARLY = "TALK_YEARLY";
    public static final String STUDY_HOURS_YEARLY = "STUDY_HOURS_YEARLY";
    public static final String ELECTION_ON_TIME = "ELECTION_ON_TIME";
    public static final String DUES_ON_TIME = "DUES_ON_TIME";
    public static final String DUES_ARREARS_6M = "DUES_ARREARS_6M";
    public static final String ABSENCE_6M = "ABSENCE_6M";
    public static final String MINUTES_RECORDED = "MINUTES_RECORDED";
    public static final String RECTIFICATION_ON_TIME = "RECTIFICATION_ON_TIME";
    public static final String BRANCH_SIZE = "BRANCH_SIZE";
    public static final String PROBATION_REVIEW_ON_TIME = "PROBATION_REVIEW_ON_TIME";

    /** The indicator (not a pass/fail rule) of 发展党员计划 completion. */
    public static final String RECRUITMENT_PLAN = "RECRUITMENT_PLAN";

    public static final List<String> ALL = List.of(ASSEMBLY_QUARTERLY, COMMITTEE_MONTHLY, GROUP_MONTHLY, LECTURE_QUARTERLY,
            SECRETARY_LECTURE_YEARLY, THEME_DAY_MONTHLY, ORG_LIFE_YEARLY, DEMOCRATIC_REVIEW_YEARLY, TALK_YEARLY,
            STUDY_HOURS_YEARLY, ELECTION_ON_TIME, DUES_ON_TIME, DUES_ARREARS_6M, ABSENCE_6M, MINUTES_RECORDED,
            RECTIFICATION_ON_TIME, BRANCH_SIZE, PROBATION_REVIEW_ON_TIME);
}
