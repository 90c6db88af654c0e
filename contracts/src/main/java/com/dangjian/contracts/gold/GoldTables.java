package com.dangjian.contracts.gold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The gold tables, read once from gold-tables.yaml (the single source of their columns): the same names and
 * columns in the Parquet lake and in ClickHouse. Constants name the tables code refers to; {@link #ALL} is every
 * table the transform writes, in load order.
 */
public final class GoldTables {

    private static final Map<String, GoldTable> BY_NAME = load();

    public static final GoldTable DIM_ORGANISATION = table("dim_organisation");
    public static final GoldTable DIM_ORGANISATION_HISTORY = table("dim_organisation_history");
    public static final GoldTable RULE_RESULT = table("rule_result");
    public static final GoldTable ORG_SCORECARD_MONTHLY = table("org_scorecard_monthly");
    public static final GoldTable RULE_EVIDENCE = table("rule_evidence");
    public static final GoldTable ORG_TREND_MONTHLY = table("org_trend_monthly");
    public static final GoldTable ALARM = table("alarm");
    public static final GoldTable RECRUITMENT_INDICATOR = table("recruitment_indicator");
    public static final GoldTable DIM_MEMBER = table("dim_member");
    public static final GoldTable FACT_MEETING = table("fact_meeting");
    public static final GoldTable FACT_ATTENDANCE = table("fact_attendance");
    public static final GoldTable FACT_DUES = table("fact_dues");
    public static final GoldTable FACT_STUDY = table("fact_study");
    public static final GoldTable FACT_EVALUATION = table("fact_evaluation");
    public static final GoldTable FACT_RECTIFICATION_ITEM = table("fact_rectification_item");
    public static final GoldTable COMPLIANCE_BREAKDOWN = table("compliance_breakdown");
    public static final GoldTable HELD_ROW = table("held_row");
    public static final GoldTable INGEST_REJECT = table("ingest_reject");
    public static final GoldTable RULE_PROGRESS = table("rule_progress");
    public static final GoldTable RUN_LOG = table("run_log");

    /** Every table the transform writes to the lake (and the night loads into ClickHouse), in load order. */
    public static final List<GoldTable> ALL = BY_NAME.values().stream().filter(t -> t.home() == GoldTable.Home.LAKE_AND_CLICKHOUSE)
            .toList();

    /** Every table of the warehouse: ALL and the ClickHouse-only run_log. */
    public static final List<GoldTable> WAREHOUSE = List.copyOf(BY_NAME.values());

    private GoldTables() {
    }

    public static GoldTable table(String name) {
        GoldTable t = BY_NAME.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no gold table '" + name + "' in gold-tables.yaml");
        }
        return t;
    }

    /** The names of {@link #ALL}. */
    public static List<String> names() {
        return ALL.stream().map(GoldTable::name).toList();
    }

    private static Map<String, GoldTable> load() {
        try (InputStream in = GoldTables.class.getResourceAsStream("/gold-tables.yaml")) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<String, GoldTable> out = new LinkedHashMap<>();
            for (JsonNode t : root.path("tables")) {
                List<GoldColumn> columns = new ArrayList<>();
                for (JsonNode c : t.path("columns")) {
                    columns.add(new GoldColumn(c.get(0).asText(), c.get(1).asText(), c.get(2).asText(), c.get(3).asText(),
                            c.size() > 4 ? c.get(4).asInt() : null));
                }
                out.put(t.path("name").asText(), new GoldTable(t.path("name").asText(), t.path("zh").asText(), t.path("en").asText(),
                        text(t, "about"), text(t, "notes"), text(t, "lakePartition"), text(t, "clickHousePartition"),
                        t.path("orderBy").asText(), GoldTable.Home.valueOf(t.path("home").asText()), List.copyOf(columns)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold-tables.yaml", e);
        }
    }

    private static String text(JsonNode t, String field) {
        return t.hasNonNull(field) ? t.get(field).asText() : null;
    }
}
