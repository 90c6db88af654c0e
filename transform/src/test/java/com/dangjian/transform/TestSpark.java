package com.dangjian.transform;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

import com.dangjian.contracts.bronze.BronzeSchemas;

/** One SparkSession for every test of this JVM, and builders for hand-made bronze rows. */
public final class TestSpark {

    private TestSpark() {
    }

    public static SparkSession spark() {
        return SparkSessions.getOrCreate("local[2]");
    }

    public static Date d(String iso) {
        return iso == null ? null : Date.valueOf(LocalDate.parse(iso));
    }

    public static Timestamp t(String isoWithOffset) {
        return Timestamp.from(OffsetDateTime.parse(isoWithOffset).toInstant());
    }

    /** org_code, org_type, established_on, dissolved_on, committee_elected_on, term_years; category ORGAN. */
    public static Row org(String code, String type, String established, String dissolved, String elected, Integer term) {
        return RowFactory.create(code, "组织" + code, type, null, "办公室", "ORGAN", "PROVINCE", d(established), d(dissolved),
                d(elected), term, null, t("2024-01-01T00:00:00+08:00"));
    }

    /** A version of a branch established 2020-01-01, as the registry showed it at {@code updatedAt} (ISO with offset). */
    public static Row orgVersion(String code, String elected, Integer term, String secretary, String updatedAt) {
        return RowFactory.create(code, "组织" + code, "BRANCH", null, "办公室", "ORGAN", "PROVINCE", d("2020-01-01"), null,
                d(elected), term, secretary, t(updatedAt));
    }

    /** Bronze org_unit rows (every version), e.g. for {@code OrganisationHistory.build}. */
    public static Dataset<Row> orgUnits(Row... rows) {
        return spark().createDataFrame(Arrays.asList(rows), SparkSchemas.of(BronzeSchemas.ORG_UNIT));
    }

    public static Dataset<Row> orgs(Row... rows) {
        return com.dangjian.transform.silver.Organisations.conform(
                spark().createDataFrame(Arrays.asList(rows), SparkSchemas.of(BronzeSchemas.ORG_UNIT)));
    }

    /** A bronze meeting version. */
    public static Row meeting(String id, String org, String type, String heldAt, String updatedAt, boolean deleted) {
        return RowFactory.create(id, org, null, type, t(heldAt), "主题", null, List.of("P1"), List.of("P1"), List.of(),
                true, t(updatedAt), deleted, "meetings-x.jsonl", 1L);
    }

    public static Dataset<Row> meetings(Row... rows) {
        return com.dangjian.transform.silver.Meetings.latest(
                spark().createDataFrame(Arrays.asList(rows), SparkSchemas.of(BronzeSchemas.MEETING)));
    }

    /** member_id, gender, birth_year, joined_on, full_member_on, status, org_code, group_code, employment, updated_at. */
    public static Row member(String id, String joined, String full, String status, String org, String updated) {
        return RowFactory.create(id, "M", 1980, d(joined), d(full), status, org, null, "EMPLOYED",
                Timestamp.from(Instant.parse(updated + "T00:00:00Z")));
    }

    public static Row transfer(String id, String member, String from, String to, String effective) {
        return RowFactory.create(id, member, from, to, d(effective), t("2024-01-01T00:00:00+08:00"));
    }

    public static Dataset<Row> members(Row... rows) {
        return spark().createDataFrame(Arrays.asList(rows), SparkSchemas.of(BronzeSchemas.PARTY_MEMBER));
    }

    public static Dataset<Row> transfers(Row... rows) {
        return spark().createDataFrame(Arrays.asList(rows), SparkSchemas.of(BronzeSchemas.MEMBER_TRANSFER));
    }

    public static Dataset<Row> groups(Row... rows) {
        return spark().createDataFrame(Arrays.asList(rows), SparkSchemas.of(BronzeSchemas.PARTY_GROUP));
    }

    public static Row group(String code, String org, String dissolved) {
        return RowFactory.create(code, org, "小组", null, d(dissolved), t("2024-01-01T00:00:00+08:00"));
    }

    /** A dues row: member, org, month (YYYY-MM), paid on (null: unpaid). */
    public static Row dues(String member, String org, String month, String paidOn) {
        return RowFactory.create(member, org, d(month + "-01"), 1000L,
                paidOn == null ? null : 1000L, d(paidOn), paidOn == null ? null : "线上",
                "dues.csv", 1L);
    }

    public static Dataset<Row> dues(Row... rows) {
        return spark().createDataFrame(Arrays.asList(rows), SparkSchemas.of(BronzeSchemas.DUES));
    }

    public static Row study(String member, String date, int minutes) {
        return RowFactory.create(member, d(date), minutes, 1.0, "THEORY", "study.csv", 1L);
    }

    public static Dataset<Row> study(Row... rows) {
        return spark().createDataFrame(Arrays.asList(rows), SparkSchemas.of(BronzeSchemas.STUDY));
    }

    public static Row ledgerItem(String id, String org, String deadline, String completed) {
        return RowFactory.create(id, org, d("2024-01-02"), "巡察", "组织生活", "问题", "办公室", d(deadline), d(completed),
                completed == null ? "整改中" : "已完成", "rectification.xlsx", 1L);
    }

    public static Dataset<Row> ledger(Row... rows) {
        return spark().createDataFrame(Arrays.asList(rows), SparkSchemas.of(BronzeSchemas.RECTIFICATION_ITEM));
    }

    /** A meeting version with explicit participants. */
    public static Row meetingWith(String id, String org, String group, String type, String heldAt, String lecturer,
                                  List<String> expected, List<String> present, List<String> onLeave, boolean minutes) {
        return RowFactory.create(id, org, group, type, t(heldAt), "主题", lecturer, expected, present, onLeave,
                minutes, t(heldAt), false, "meetings-x.jsonl", 1L);
    }

    /** n full members of {@code org} since 2020 (ids prefixed by org). */
    public static Row[] fullMembers(String org, int n) {
        Row[] rows = new Row[n];
        for (int i = 0; i < n; i++) {
            rows[i] = member(org + "-P" + i, "2019-01-01", "2020-01-01", "FULL", org, "2023-01-01");
        }
        return rows;
    }
}
