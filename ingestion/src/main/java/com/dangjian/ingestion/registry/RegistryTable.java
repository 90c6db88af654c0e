package com.dangjian.ingestion.registry;

import java.util.Map;
import java.util.Set;

import org.apache.avro.Schema;

import com.dangjian.ingestion.bronze.BronzeSchemas;

/**
 * The S1 registry tables the night reads, with portable SQL only (the field runs MySQL, Oracle, DM8 and
 * Kingbase too), incrementally by updated_at. Personal columns (name, id_card_no) are never selected;
 * birth_date becomes birth_year.
 */
public enum RegistryTable {

    ORG_UNIT("org_unit", "org_code", BronzeSchemas.ORG_UNIT,
            "org_code, name, org_type, parent_code, department, category, region, established_on, dissolved_on,"
                    + " committee_elected_on, term_years, secretary_member_id, updated_at",
            Map.of("org_type", Set.of("COMMITTEE", "GENERAL_BRANCH", "BRANCH"),
                    "category", Set.of("ORGAN", "INSTITUTION", "RETIREE"))),
    PARTY_GROUP("party_group", "group_code", BronzeSchemas.PARTY_GROUP,
            "group_code, org_code, name, leader_member_id, dissolved_on, updated_at",
            Map.of()),
    PARTY_MEMBER("party_member", "member_id", BronzeSchemas.PARTY_MEMBER,
            "member_id, gender, EXTRACT(YEAR FROM birth_date) AS birth_year, joined_on, full_member_on, status,"
                    + " org_code, group_code, employment, updated_at",
            Map.of("status", Set.of("FULL", "PROBATIONARY", "LEFT"))),
    MEMBER_TRANSFER("member_transfer", "transfer_id", BronzeSchemas.MEMBER_TRANSFER,
            "transfer_id, member_id, from_org_code, to_org_code, effective_on, updated_at",
            Map.of()),
    RECRUITMENT_PLAN("recruitment_plan", "org_code, \"year\"", BronzeSchemas.RECRUITMENT_PLAN,
            "org_code, \"year\" AS \"year\", planned, updated_at",
            Map.of()),
    RECRUITMENT_EVENT("recruitment_event", "event_id", BronzeSchemas.RECRUITMENT_EVENT,
            "event_id, candidate_id, org_code, stage, stage_on, updated_at",
            Map.of("stage", Set.of("APPLICANT", "ACTIVIST", "CANDIDATE", "PROBATIONARY", "FULL")));

    public static final String SOURCE = "registry";

    private final String table;
    private final String key;
    private final Schema schema;
    private final String columns;
    private final Map<String, Set<String>> allowedCodes;

    RegistryTable(String table, String key, Schema schema, String columns, Map<String, Set<String>> allowedCodes) {
        this.table = table;
        this.key = key;
        this.schema = schema;
        this.columns = columns;
        this.allowedCodes = allowedCodes;
    }

    /** The key columns as SQL names them (for ORDER BY). */
    public String key() {
        return key;
    }

    /** The key columns as bronze names them (for latest-version-per-key). */
    public String[] keyColumns() {
        return java.util.Arrays.stream(key.split(",")).map(k -> k.strip().replace("\"", "")).toArray(String[]::new);
    }

    public String table() {
        return table;
    }

    public Schema schema() {
        return schema;
    }

    /**
     * Rows changed at or after the watermark (all rows without one), oldest change first. "At or after" re-reads
     * the rows of the watermark's own instant, which a commit landing in that same instant could otherwise hide;
     * silver keeps the latest version per key, so a row read twice counts once.
     */
    public String selectSql(boolean sinceWatermark) {
        return "SELECT " + columns + " FROM " + table + (sinceWatermark ? " WHERE updated_at >= ?" : "")
                + " ORDER BY updated_at, " + key;
    }

    public Map<String, Set<String>> allowedCodes() {
        return allowedCodes;
    }
}
