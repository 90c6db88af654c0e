package com.dangjian.ingestion.registry;

import java.util.Map;
import java.util.Set;

import org.apache.avro.Schema;

import com.dangjian.contracts.bronze.BronzeTable;

/**
 * The S1 registry tables the night reads, with portable SQL only (the field runs MySQL, Oracle, DM8 and
 * Kingbase too), incrementally by updated_at. Personal columns (name, id_card_no) are never selected;
 * birth_date becomes birth_year.
 */
public enum RegistryTable {

    ORG_UNIT("org_code",
            "org_code, name, org_type, parent_code, department, category, region, established_on, dissolved_on,"
                    + " committee_elected_on, term_years, secretary_member_id, updated_at",
            Map.of("org_type", Set.of("COMMITTEE", "GENERAL_BRANCH", "BRANCH"),
                    "category", Set.of("ORGAN", "INSTITUTION", "RETIREE"))),
    PARTY_GROUP("group_code",
            "group_code, org_code, name, leader_member_id, dissolved_on, updated_at",
            Map.of()),
    PARTY_MEMBER("member_id",
            "member_id, gender, EXTRACT(YEAR FROM birth_date) AS birth_year, joined_on, full_member_on, status,"
                    + " org_code, group_code, employment, updated_at",
            Map.of("status", Set.of("FULL", "PROBATIONARY", "LEFT"))),
    MEMBER_TRANSFER("transfer_id",
            "transfer_id, member_id, from_org_code, to_org_code, effective_on, updated_at",
            Map.of()),
    RECRUITMENT_PLAN("org_code, \"year\"",
            "org_code, \"year\" AS \"year\", planned, updated_at",
            Map.of()),
    RECRUITMENT_EVENT("event_id",
            "event_id, candidate_id, org_code, stage, stage_on, updated_at",
            Map.of("stage", Set.of("APPLICANT", "ACTIVIST", "CANDIDATE", "PROBATIONARY", "FULL")));

    public static final String SOURCE = BronzeTable.REGISTRY;

    private final String key;
    private final String columns;
    private final Map<String, Set<String>> allowedCodes;

    RegistryTable(String key, String columns, Map<String, Set<String>> allowedCodes) {
        this.key = key;
        this.columns = columns;
        this.allowedCodes = allowedCodes;
    }

    /** The bronze table this registry table lands as (same name). */
    public BronzeTable bronze() {
        return BronzeTable.valueOf(name());
    }

    /** The key columns as SQL names them (for ORDER BY). */
    public String key() {
        return key;
    }

    public String table() {
        return bronze().table();
    }

    public Schema schema() {
        return bronze().schema();
    }

    /**
     * Rows changed at or after the watermark (all rows without one), oldest change first. "At or after" re-reads
     * the rows of the watermark's own instant, which a commit landing in that same instant could otherwise hide;
     * silver keeps the latest version per key, so a row read twice counts once.
     */
    public String selectSql(boolean sinceWatermark) {
        return "SELECT " + columns + " FROM " + table() + (sinceWatermark ? " WHERE updated_at >= ?" : "")
                + " ORDER BY updated_at, " + key;
    }

    public Map<String, Set<String>> allowedCodes() {
        return allowedCodes;
    }
}
