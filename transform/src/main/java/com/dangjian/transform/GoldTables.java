package com.dangjian.transform;

/** Names of the gold tables: the same in the Parquet lake and in ClickHouse. */
public final class GoldTables {

    private GoldTables() {
    }

    public static final String DIM_ORGANISATION = "dim_organisation";
    public static final String DIM_ORGANISATION_HISTORY = "dim_organisation_history";
    public static final String RULE_RESULT = "rule_result";
    public static final String ORG_SCORECARD_MONTHLY = "org_scorecard_monthly";
    public static final String RULE_EVIDENCE = "rule_evidence";
    public static final String ORG_TREND_MONTHLY = "org_trend_monthly";
    public static final String ALARM = "alarm";
    public static final String RECRUITMENT_INDICATOR = "recruitment_indicator";
    public static final String DIM_MEMBER = "dim_member";
    public static final String FACT_MEETING = "fact_meeting";
    public static final String FACT_ATTENDANCE = "fact_attendance";
    public static final String FACT_DUES = "fact_dues";
    public static final String FACT_STUDY = "fact_study";
    public static final String FACT_EVALUATION = "fact_evaluation";
    public static final String FACT_RECTIFICATION_ITEM = "fact_rectification_item";
    public static final String COMPLIANCE_BREAKDOWN = "compliance_breakdown";
    public static final String HELD_ROW = "held_row";
    public static final String INGEST_REJECT = "ingest_reject";

    /** Every gold table, in load order. */
    public static final java.util.List<String> ALL = java.util.List.of(DIM_ORGANISATION, DIM_ORGANISATION_HISTORY, RULE_RESULT, ORG_SCORECARD_MONTHLY,
            RULE_EVIDENCE, ORG_TREND_MONTHLY, ALARM, RECRUITMENT_INDICATOR, DIM_MEMBER, FACT_MEETING, FACT_ATTENDANCE,
            FACT_DUES, FACT_STUDY, FACT_EVALUATION, FACT_RECTIFICATION_ITEM, COMPLIANCE_BREAKDOWN, HELD_ROW, INGEST_REJECT);
}
