package com.dangjian.transform.rules;

/** The public rule IDs of rules.md: code, configuration, warehouse rows and dashboards use these names. */
public final class RuleIds {

    private RuleIds() {
    }

    public static final String ASSEMBLY_QUARTERLY = "ASSEMBLY_QUARTERLY";
    public static final String COMMITTEE_MONTHLY = "COMMITTEE_MONTHLY";
    public static final String THEME_DAY_MONTHLY = "THEME_DAY_MONTHLY";
    public static final String ELECTION_ON_TIME = "ELECTION_ON_TIME";
}
