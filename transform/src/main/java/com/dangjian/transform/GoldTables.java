package com.dangjian.transform;

/** Names of the gold tables: the same in the Parquet lake and in ClickHouse. */
public final class GoldTables {

    private GoldTables() {
    }

    public static final String DIM_ORGANISATION = "dim_organisation";
    public static final String RULE_RESULT = "rule_result";
    public static final String ORG_SCORECARD_MONTHLY = "org_scorecard_monthly";
}
