package com.dangjian.warehouse.read;

/** The queries the dashboards ask, in the SQL both read sides understand. */
public final class GoldQueries {

    private GoldQueries() {
    }

    public static final String ORGANISATIONS = """
            SELECT org_code, name, org_type, parent_code, category, region, established_on, dissolved_on
            FROM dim_organisation ORDER BY org_code""";

    public static final String SCORECARDS = """
            SELECT org_code, month, round(compliance_index, 2) AS compliance_index,
                   round(engagement_index, 2) AS engagement_index, round(evaluation_score, 2) AS evaluation_score,
                   round(overall_score, 2) AS overall_score, rank_overall, rank_in_category, rank_change, category,
                   rules_assessed, org_type, members, region, rank_in_region, round(attendance, 4) AS attendance,
                   round(study, 4) AS study, round(service, 4) AS service,
                   round(quarterly_assessment, 2) AS quarterly_assessment, round(secretary_review, 2) AS secretary_review
            FROM org_scorecard_monthly ORDER BY month, org_type, rank_overall, org_code""";

    public static final String EVIDENCE = """
            SELECT org_code, rule_id, period_start, kind, ref, detail
            FROM rule_evidence ORDER BY org_code, rule_id, period_start, kind, ref""";

    /** Each rule's deduction from 100 in a branch's compliance index of a month (only the rules that took points). */
    public static final String BREAKDOWN = """
            SELECT org_code, month, rule_id, period_type, period_start, period_end, status, round(score, 4) AS score,
                   round(deduction, 2) AS deduction
            FROM compliance_breakdown WHERE deduction > 0 ORDER BY org_code, month, deduction DESC, rule_id""";

    /** Held rows per source, table and reason, with the earliest night one was held since. */
    public static final String HELD_ROWS = """
            SELECT source, table_name, reason_code, count(*) AS held_rows, min(since) AS since
            FROM held_row GROUP BY source, table_name, reason_code ORDER BY source, table_name, reason_code""";

    /** Rejected rows per source, table and reason, with the latest night one was rejected. */
    public static final String REJECTS = """
            SELECT source, table_name, reason_code, count(*) AS rejected_rows, max(ingest_date) AS last_night
            FROM ingest_reject GROUP BY source, table_name, reason_code ORDER BY source, table_name, reason_code""";

    public static final String ALARMS = """
            SELECT org_code, rule_id, alarm_type, subject, since, as_of, note
            FROM alarm ORDER BY org_code, rule_id, alarm_type, subject""";

    public static final String RULE_RESULTS = """
            SELECT org_code, rule_id, period_type, period_start, period_end, status, round(score, 4) AS score,
                   required, actual, note
            FROM rule_result ORDER BY org_code, rule_id, period_start""";

    public static final String RUN = """
            SELECT max(run_id) AS run_id, max(computed_at) AS computed_at FROM org_scorecard_monthly""";

    public static final String TRENDS = """
            SELECT org_code, month, index_name, round(value, 2) AS value, round(ma3, 2) AS ma3, round(slope6, 3) AS slope6,
                   round(qoq, 2) AS qoq, round(yoy, 2) AS yoy
            FROM org_trend_monthly ORDER BY org_code, index_name, month""";

    /** The meetings that stand, held from {@code from} on (what is still due in the current month and quarter). */
    public static String meetingsSince(java.time.LocalDate from) {
        return "SELECT org_code, type, held_on FROM fact_meeting WHERE held_on >= '" + from + "' ORDER BY org_code, held_on, type";
    }
}
