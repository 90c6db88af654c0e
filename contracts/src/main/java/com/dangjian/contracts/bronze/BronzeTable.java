package com.dangjian.contracts.bronze;

import java.util.List;

import org.apache.avro.Schema;

/**
 * Every bronze table (sources.md S1–S6): its source, its table, its Avro schema, its key, and which copy of a
 * key is the latest (the newest first by {@code newestFirst}). Ingestion lands these tables; silver keeps the
 * latest version of each key by the same rule ({@code LatestVersion} in transform).
 */
public enum BronzeTable {

    ORG_UNIT("registry", "org_unit", BronzeSchemas.ORG_UNIT, List.of("org_code"), REGISTRY_ORDER()),
    PARTY_GROUP("registry", "party_group", BronzeSchemas.PARTY_GROUP, List.of("group_code"), REGISTRY_ORDER()),
    PARTY_MEMBER("registry", "party_member", BronzeSchemas.PARTY_MEMBER, List.of("member_id"), REGISTRY_ORDER()),
    MEMBER_TRANSFER("registry", "member_transfer", BronzeSchemas.MEMBER_TRANSFER, List.of("transfer_id"), REGISTRY_ORDER()),
    RECRUITMENT_PLAN("registry", "recruitment_plan", BronzeSchemas.RECRUITMENT_PLAN, List.of("org_code", "year"), REGISTRY_ORDER()),
    RECRUITMENT_EVENT("registry", "recruitment_event", BronzeSchemas.RECRUITMENT_EVENT, List.of("event_id"), REGISTRY_ORDER()),
    /** Every version an export sent; the latest updated_at wins (ties: the later file, then line). */
    MEETING("meetings", "meeting", BronzeSchemas.MEETING, List.of("meeting_id"), List.of("updated_at", "source_file", "source_line")),
    /** A later file repeating the row (a payment filled in) wins. */
    DUES("dues", "dues", BronzeSchemas.DUES, List.of("member_id", "dues_month"), FILE_ORDER()),
    STUDY("study", "study", BronzeSchemas.STUDY, List.of("member_id", "study_date"), FILE_ORDER()),
    /** The highest workbook version wins (-v2 over the first issue). */
    SECRETARY_REVIEW("evaluations", "secretary_review", BronzeSchemas.SECRETARY_REVIEW, List.of("org_code", "year"), VERSION_ORDER()),
    PARTY_BUILDING_ASSESSMENT("evaluations", "party_building_assessment", BronzeSchemas.PARTY_BUILDING_ASSESSMENT,
            List.of("org_code", "quarter_start"), VERSION_ORDER()),
    MEMBER_REVIEW("evaluations", "member_review", BronzeSchemas.MEMBER_REVIEW, List.of("member_id", "year"), VERSION_ORDER()),
    /** Re-sent whole: only the newest snapshot counts, one row per item (the later line). */
    RECTIFICATION_ITEM("rectification", "rectification_item", BronzeSchemas.RECTIFICATION_ITEM, List.of("item_id"),
            List.of("source_line"));

    public static final String REGISTRY = "registry";

    private final String source;
    private final String table;
    private final Schema schema;
    private final List<String> key;
    private final List<String> newestFirst;

    BronzeTable(String source, String table, Schema schema, List<String> key, List<String> newestFirst) {
        this.source = source;
        this.table = table;
        this.schema = schema;
        this.key = key;
        this.newestFirst = newestFirst;
    }

    // The orders, as methods: an enum constant's arguments cannot name the enum's own static fields.
    private static List<String> REGISTRY_ORDER() {
        return List.of("updated_at", "_file");
    }

    private static List<String> FILE_ORDER() {
        return List.of("source_file", "source_line");
    }

    private static List<String> VERSION_ORDER() {
        return List.of("file_version", "source_file", "source_line");
    }

    public String source() {
        return source;
    }

    public String table() {
        return table;
    }

    public Schema schema() {
        return schema;
    }

    /** The key columns: one row per key in silver. */
    public List<String> key() {
        return key;
    }

    /** The columns that order a key's copies, each descending: the first copy is the latest. */
    public List<String> newestFirst() {
        return newestFirst;
    }

    public boolean registry() {
        return source.equals(REGISTRY);
    }

    /** "meetings.meeting": the name of the ingestion step and of the night's line for this table. */
    public String step() {
        return source + "." + table;
    }
}
