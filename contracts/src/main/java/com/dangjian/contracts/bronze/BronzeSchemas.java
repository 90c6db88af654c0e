package com.dangjian.contracts.bronze;

import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;

/**
 * Avro schemas of the typed raw (bronze) records. Personal data (name, id_card_no) has no field here,
 * so it cannot reach the lake; birth dates are reduced to the year.
 */
public final class BronzeSchemas {

    private BronzeSchemas() {
    }

    static final Schema DATE = LogicalTypes.date().addToSchema(Schema.create(Schema.Type.INT));
    static final Schema TIMESTAMP = LogicalTypes.timestampMillis().addToSchema(Schema.create(Schema.Type.LONG));
    static final Schema STRINGS = Schema.createArray(Schema.create(Schema.Type.STRING));

    public static final Schema ORG_UNIT = SchemaBuilder.record("org_unit").namespace("dangjian.bronze").fields()
            .requiredString("org_code")
            .requiredString("name")
            .requiredString("org_type")
            .optionalString("parent_code")
            .optionalString("department")
            .requiredString("category")
            .optionalString("region")
            .name("established_on").type(DATE).noDefault()
            .name("dissolved_on").type(nullable(DATE)).withDefault(null)
            .name("committee_elected_on").type(nullable(DATE)).withDefault(null)
            .optionalInt("term_years")
            .optionalString("secretary_member_id")
            .name("updated_at").type(TIMESTAMP).noDefault()
            .endRecord();

    public static final Schema PARTY_GROUP = SchemaBuilder.record("party_group").namespace("dangjian.bronze").fields()
            .requiredString("group_code")
            .requiredString("org_code")
            .optionalString("name")
            .optionalString("leader_member_id")
            .name("dissolved_on").type(nullable(DATE)).withDefault(null)
            .name("updated_at").type(TIMESTAMP).noDefault()
            .endRecord();

    public static final Schema PARTY_MEMBER = SchemaBuilder.record("party_member").namespace("dangjian.bronze").fields()
            .requiredString("member_id")
            .optionalString("gender")
            .optionalInt("birth_year")
            .name("joined_on").type(DATE).noDefault()
            .name("full_member_on").type(nullable(DATE)).withDefault(null)
            .requiredString("status")
            .requiredString("org_code")
            .optionalString("group_code")
            .optionalString("employment")
            .name("updated_at").type(TIMESTAMP).noDefault()
            .endRecord();

    public static final Schema MEMBER_TRANSFER = SchemaBuilder.record("member_transfer").namespace("dangjian.bronze").fields()
            .requiredString("transfer_id")
            .requiredString("member_id")
            .optionalString("from_org_code")
            .optionalString("to_org_code")
            .name("effective_on").type(DATE).noDefault()
            .name("updated_at").type(TIMESTAMP).noDefault()
            .endRecord();

    public static final Schema RECRUITMENT_PLAN = SchemaBuilder.record("recruitment_plan").namespace("dangjian.bronze").fields()
            .requiredString("org_code")
            .requiredInt("year")
            .requiredInt("planned")
            .name("updated_at").type(TIMESTAMP).noDefault()
            .endRecord();

    public static final Schema RECRUITMENT_EVENT = SchemaBuilder.record("recruitment_event").namespace("dangjian.bronze").fields()
            .requiredString("event_id")
            .requiredString("candidate_id")
            .requiredString("org_code")
            .requiredString("stage")
            .name("stage_on").type(DATE).noDefault()
            .name("updated_at").type(TIMESTAMP).noDefault()
            .endRecord();

    public static final Schema MEETING = SchemaBuilder.record("meeting").namespace("dangjian.bronze").fields()
            .requiredString("meeting_id")
            .requiredString("org_code")
            .optionalString("group_code")
            .requiredString("type")
            .name("held_at").type(TIMESTAMP).noDefault()
            .optionalString("topic")
            .optionalString("lecturer_member_id")
            .name("expected").type(STRINGS).noDefault()
            .name("present").type(STRINGS).noDefault()
            .name("on_leave").type(STRINGS).noDefault()
            .requiredBoolean("minutes_recorded")
            .name("updated_at").type(TIMESTAMP).noDefault()
            .requiredBoolean("deleted")
            .requiredString("source_file")
            .requiredLong("source_line")
            .endRecord();

    /**
     * S3 dues: one row per member and month the dues are for. Amounts are whole fen (分, yuan × 100): exact, and
     * free of a Spark 4.0 fault reading dictionary-encoded binary decimals; silver turns them back into yuan.
     */
    public static final Schema DUES = SchemaBuilder.record("dues").namespace("dangjian.bronze").fields()
            .requiredString("member_id")
            .requiredString("org_code")
            .name("dues_month").type(DATE).noDefault()
            .requiredLong("amount_due_fen")
            .optionalLong("amount_paid_fen")
            .name("paid_on").type(nullable(DATE)).withDefault(null)
            .optionalString("pay_method")
            .requiredString("source_file")
            .requiredLong("source_line")
            .endRecord();

    /** S4 study: one row per member per day of activity. */
    public static final Schema STUDY = SchemaBuilder.record("study").namespace("dangjian.bronze").fields()
            .requiredString("member_id")
            .name("study_date").type(DATE).noDefault()
            .requiredInt("minutes")
            .optionalDouble("points")
            .requiredString("course_type")
            .requiredString("source_file")
            .requiredLong("source_line")
            .endRecord();

    /** S5 述职评议: the secretary's annual report evaluation. */
    public static final Schema SECRETARY_REVIEW = SchemaBuilder.record("secretary_review").namespace("dangjian.bronze").fields()
            .requiredString("org_code")
            .requiredInt("year")
            .optionalString("secretary_member_id")
            .requiredDouble("score")
            .optionalString("grade")
            .requiredInt("file_version")
            .requiredString("source_file")
            .requiredLong("source_line")
            .endRecord();

    /** S5 党建考核: the quarterly party-building assessment. */
    public static final Schema PARTY_BUILDING_ASSESSMENT = SchemaBuilder.record("party_building_assessment")
            .namespace("dangjian.bronze").fields()
            .requiredString("org_code")
            .name("quarter_start").type(DATE).noDefault()
            .requiredDouble("score")
            .requiredInt("file_version")
            .requiredString("source_file")
            .requiredLong("source_line")
            .endRecord();

    /** S5 民主评议: the annual democratic review of members. */
    public static final Schema MEMBER_REVIEW = SchemaBuilder.record("member_review").namespace("dangjian.bronze").fields()
            .requiredString("member_id")
            .requiredInt("year")
            .requiredString("grade")
            .requiredInt("file_version")
            .requiredString("source_file")
            .requiredLong("source_line")
            .endRecord();

    /** S6 问题整改台账 (full snapshot). 责任人 is a person's name: personal data, not landed. */
    public static final Schema RECTIFICATION_ITEM = SchemaBuilder.record("rectification_item").namespace("dangjian.bronze").fields()
            .requiredString("item_id")
            .requiredString("org_code")
            .name("found_on").type(DATE).noDefault()
            .optionalString("origin")
            .optionalString("category")
            .optionalString("description")
            .optionalString("responsible_department")
            .name("deadline").type(DATE).noDefault()
            .name("completed_on").type(nullable(DATE)).withDefault(null)
            .requiredString("status")
            .requiredString("source_file")
            .requiredLong("source_line")
            .endRecord();

    /** What could not be read or conformed: kept whole, with where it came from and why. */
    public static final Schema REJECT = SchemaBuilder.record("ingest_reject").namespace("dangjian.bronze").fields()
            .requiredString("run_id")
            .requiredString("ingest_date")
            .requiredString("source")
            .requiredString("table_name")
            .requiredString("file")
            .requiredLong("line")
            .requiredString("reason_code")
            .requiredString("message")
            .requiredString("raw")
            .endRecord();

    /** The value type of a field: the non-null branch of an optional field's union, else the type itself. */
    public static Schema valueType(Schema s) {
        if (s.getType() != Schema.Type.UNION) {
            return s;
        }
        return s.getTypes().stream().filter(t -> t.getType() != Schema.Type.NULL).findFirst().orElseThrow();
    }

    private static Schema nullable(Schema s) {
        return Schema.createUnion(Schema.create(Schema.Type.NULL), s);
    }
}
