package com.dangjian.warehouse.read;

import java.util.stream.Collectors;

import com.dangjian.contracts.gold.GoldColumn;
import com.dangjian.contracts.gold.GoldTable;
import com.dangjian.contracts.gold.GoldTables;

/**
 * The queries the dashboards ask, in the SQL both read sides understand. A table is read with the columns its
 * descriptor names (gold-tables.yaml: every column but the night's stamps, numbers rounded to the descriptor's
 * decimals), so a column added to the contract reaches the pages without retyping a query.
 */
public final class GoldQueries {

    private GoldQueries() {
    }

    /** SELECT every computed column of a table (rounded as its descriptor says), then {@code rest} (WHERE / ORDER BY). */
    public static String select(GoldTable table, String rest) {
        return "SELECT " + table.computedColumns().stream().map(GoldQueries::column).collect(Collectors.joining(", "))
                + " FROM " + table.name() + " " + rest;
    }

    private static String column(GoldColumn c) {
        return c.decimals() == null ? c.name() : "round(" + c.name() + ", " + c.decimals() + ") AS " + c.name();
    }

    public static final String ORGANISATIONS = select(GoldTables.DIM_ORGANISATION, "ORDER BY org_code");

    public static final String SCORECARDS = select(GoldTables.ORG_SCORECARD_MONTHLY, "ORDER BY month, org_type, rank_overall, org_code");

    public static final String EVIDENCE = select(GoldTables.RULE_EVIDENCE, "ORDER BY org_code, rule_id, period_start, kind, ref");

    /** Each rule's deduction from 100 in a branch's compliance index of a month (only the rules that took points). */
    public static final String BREAKDOWN = select(GoldTables.COMPLIANCE_BREAKDOWN,
            "WHERE deduction > 0 ORDER BY org_code, month, deduction DESC, rule_id");

    public static final String ALARMS = select(GoldTables.ALARM, "ORDER BY org_code, rule_id, alarm_type, subject");

    public static final String RULE_RESULTS = select(GoldTables.RULE_RESULT, "ORDER BY org_code, rule_id, period_start");

    public static final String TRENDS = select(GoldTables.ORG_TREND_MONTHLY, "ORDER BY org_code, index_name, month");

    /** Where each branch stands in the month and quarter in progress (what it still has to hold). */
    public static final String PROGRESS = select(GoldTables.RULE_PROGRESS, "ORDER BY org_code, rule_id");

    public static final String RUN = """
            SELECT max(run_id) AS run_id, max(computed_at) AS computed_at FROM org_scorecard_monthly""";

    /** Held rows per source, table and reason, with the earliest night one was held since. */
    public static final String HELD_ROWS = """
            SELECT source, table_name, reason_code, count(*) AS held_rows, min(since) AS since
            FROM held_row GROUP BY source, table_name, reason_code ORDER BY source, table_name, reason_code""";

    /** Rejected rows per source, table and reason, with the latest night one was rejected. */
    public static final String REJECTS = """
            SELECT source, table_name, reason_code, count(*) AS rejected_rows, max(ingest_date) AS last_night
            FROM ingest_reject GROUP BY source, table_name, reason_code ORDER BY source, table_name, reason_code""";
}
