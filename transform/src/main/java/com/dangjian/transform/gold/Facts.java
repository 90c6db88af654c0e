package com.dangjian.transform.gold;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.last_day;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The gold facts and the member dimension analysts query, one function each, from conformed silver. No personal
 * data: members carry their id, gender, birth year and dates of admission, never a name or an id-card number.
 */
public final class Facts {

    private Facts() {
    }

    /** member_id, org_code (current), status, gender, birth_year, joined_on, full_member_on, employment. */
    public static Dataset<Row> members(Dataset<Row> members) {
        return members.select("member_id", "org_code", "status", "gender", "birth_year", "joined_on", "full_member_on", "employment");
    }

    /** One row per meeting as it finally stands, with its participation counts. */
    public static Dataset<Row> meetings(Dataset<Row> meetings) {
        return meetings.select(col("meeting_id"), col("org_code"), col("group_code"), col("type"), col("held_on"), col("held_at"),
                col("topic"), col("lecturer_member_id"), size(col("expected")).as("expected_count"),
                size(col("present")).as("present_count"), size(col("on_leave")).as("on_leave_count"),
                col("minutes_recorded"));
    }

    /** One row per meeting and member expected or present: attendance PRESENT, ON_LEAVE or ABSENT. */
    public static Dataset<Row> attendance(Dataset<Row> meetings) {
        return meetings.select(col("meeting_id"), col("org_code"), col("type"), col("held_on"), col("present"), col("on_leave"),
                        explode(array_union(col("expected"), col("present"))).as("member_id"))
                .select(col("meeting_id"), col("org_code"), col("type"), col("held_on"), col("member_id"),
                        when(array_contains(col("present"), col("member_id")), "PRESENT")
                                .when(array_contains(col("on_leave"), col("member_id")), "ON_LEAVE")
                                .otherwise("ABSENT").as("attendance"))
                .distinct();
    }

    /** Dues per member and month, amounts in whole fen, and whether paid by the month's last day. */
    public static Dataset<Row> dues(Dataset<Row> dues) {
        return dues.select(col("member_id"), col("org_code"), col("dues_month"),
                col("amount_due").multiply(100).cast("long").as("amount_due_fen"),
                col("amount_paid").multiply(100).cast("long").as("amount_paid_fen"), col("paid_on"), col("pay_method"),
                col("paid_on").isNotNull().and(col("paid_on").leq(last_day(col("dues_month")))).as("paid_on_time"));
    }

    /** Study per member and day. */
    public static Dataset<Row> study(Dataset<Row> study) {
        return study.select("member_id", "study_date", "minutes", "points", "course_type");
    }

    /** The three evaluations in one table: kind, org_code, member_id, period_start, score, grade. */
    public static Dataset<Row> evaluations(Dataset<Row> secretaryReview, Dataset<Row> partyBuilding, Dataset<Row> memberReview) {
        Dataset<Row> yearly = secretaryReview.select(lit("SECRETARY_REVIEW").as("kind"), col("org_code"),
                col("secretary_member_id").as("member_id"),
                org.apache.spark.sql.functions.make_date(col("year"), lit(1), lit(1)).as("period_start"),
                col("score"), col("grade"));
        Dataset<Row> quarterly = partyBuilding.select(lit("PARTY_BUILDING").as("kind"), col("org_code"),
                lit(null).cast("string").as("member_id"), col("quarter_start").as("period_start"), col("score"),
                lit(null).cast("string").as("grade"));
        Dataset<Row> members = memberReview.select(lit("MEMBER_REVIEW").as("kind"), lit(null).cast("string").as("org_code"),
                col("member_id"), org.apache.spark.sql.functions.make_date(col("year"), lit(1), lit(1)).as("period_start"),
                lit(null).cast("double").as("score"), col("grade"));
        return yearly.unionByName(quarterly).unionByName(members);
    }

    /** The ledger's items as they stand in its newest snapshot (no 责任人: a person's name). */
    public static Dataset<Row> rectificationItems(Dataset<Row> ledger) {
        return ledger.select("item_id", "org_code", "found_on", "origin", "category", "description", "responsible_department",
                "deadline", "completed_on", "status");
    }
}
