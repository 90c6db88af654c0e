package com.dangjian.ingestion.registry;

import java.util.Map;
import java.util.Set;

import org.apache.avro.Schema;

import com.dangjian.ingestion.bronze.BronzeSchemas;

/**
 * The S1 registry tables the night reads, with portable SQL only (the field runs MySQL, Oracle, DM8 and
 * Kingbase too). Personal columns (name, id_card_no) are never selected; birth_date becomes birth_year.
 */
public enum RegistryTable {

    ORG_UNIT("org_unit", BronzeSchemas.ORG_UNIT,
            "SELECT org_code, name, org_type, parent_code, department, category, region, established_on, dissolved_on,"
                    + " committee_elected_on, term_years, secretary_member_id, updated_at FROM org_unit ORDER BY org_code",
            Map.of("org_type", Set.of("COMMITTEE", "GENERAL_BRANCH", "BRANCH"),
                    "category", Set.of("ORGAN", "INSTITUTION", "RETIREE"))),
    PARTY_GROUP("party_group", BronzeSchemas.PARTY_GROUP,
            "SELECT group_code, org_code, name, leader_member_id, dissolved_on, updated_at FROM party_group ORDER BY group_code",
            Map.of()),
    PARTY_MEMBER("party_member", BronzeSchemas.PARTY_MEMBER,
            "SELECT member_id, gender, EXTRACT(YEAR FROM birth_date) AS birth_year, joined_on, full_member_on, status,"
                    + " org_code, group_code, employment, updated_at FROM party_member ORDER BY member_id",
            Map.of("status", Set.of("FULL", "PROBATIONARY", "LEFT"))),
    MEMBER_TRANSFER("member_transfer", BronzeSchemas.MEMBER_TRANSFER,
            "SELECT transfer_id, member_id, from_org_code, to_org_code, effective_on, updated_at FROM member_transfer"
                    + " ORDER BY transfer_id",
            Map.of());

    public static final String SOURCE = "registry";

    private final String table;
    private final Schema schema;
    private final String selectSql;
    private final Map<String, Set<String>> allowedCodes;

    RegistryTable(String table, Schema schema, String selectSql, Map<String, Set<String>> allowedCodes) {
        this.table = table;
        this.schema = schema;
        this.selectSql = selectSql;
        this.allowedCodes = allowedCodes;
    }

    public String table() {
        return table;
    }

    public Schema schema() {
        return schema;
    }

    public String selectSql() {
        return selectSql;
    }

    public Map<String, Set<String>> allowedCodes() {
        return allowedCodes;
    }
}
