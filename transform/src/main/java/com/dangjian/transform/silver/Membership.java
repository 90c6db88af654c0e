package com.dangjian.transform.silver;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Who belonged to which branch on given days (rules.md: "members of a branch in a period are those who
 * belong to it on the last day"). The branch on a day is the destination of the latest transfer effective
 * on or before it — a transfer counts from its own effective_on, also when the registry sends it later
 * (backdated): the record itself says the past was otherwise; before a member's first transfer, its origin;
 * without any history, the org_code of the registry version in force on that day ({@link AsOf}). A member
 * counts from joined_on; a transfer to nowhere (to_org_code null) ends membership. A LEFT member without such a
 * transfer is taken to have left on the day the registry first showed it LEFT (the registry keeps no other date
 * for it; a later edit of the row does not move that day) — documented in docs/rules-decisions.md.
 */
public final class Membership {

    private Membership() {
    }

    /** With the registry's current rows as the only version of each member (focused tests). */
    public static Dataset<Row> onDays(Dataset<Row> members, Dataset<Row> transfers, Dataset<Row> days) {
        return onDays(members, members, transfers, days);
    }

    /**
     * @param members   bronze party_member as it stands (latest version of each member)
     * @param versions  every landed version of party_member (a version read twice counts once)
     * @param transfers bronze member_transfer
     * @param days      one column {@code day} (Date): the days to resolve, e.g. month ends
     * @return member_id, day, org_code, is_full
     */
    public static Dataset<Row> onDays(Dataset<Row> members, Dataset<Row> versions, Dataset<Row> transfers, Dataset<Row> days) {
        Column order = struct(col("t.effective_on"), col("t.updated_at"), col("t.transfer_id"));
        Dataset<Row> distinctVersions = versions.dropDuplicates("member_id", "updated_at");
        Dataset<Row> memberDays = members.crossJoin(days).where(col("joined_on").leq(col("day")));
        Dataset<Row> registered = AsOf.onDays(distinctVersions.select("member_id", "org_code", "updated_at"), "member_id",
                        "updated_at", memberDays.select("member_id", "day"), "member_id")
                .select(col("member_id"), col("day"), col("org_code").as("version_org"));
        Dataset<Row> latest = memberDays.select("member_id", "day").as("md")
                .join(transfers.as("t"), col("t.member_id").equalTo(col("md.member_id"))
                        .and(col("t.effective_on").leq(col("md.day"))), "left")
                .groupBy(col("md.member_id").as("member_id"), col("md.day").as("day"))
                .agg(max_by(col("t.to_org_code"), order).as("latest_to"), count(col("t.transfer_id")).as("before"));
        Dataset<Row> history = transfers.as("t").groupBy(col("t.member_id").as("member_id"))
                .agg(min_by(col("t.from_org_code"), order).as("first_from"),
                        max(when(col("t.to_org_code").isNull(), 1).otherwise(0)).as("has_exit"));
        Column branch = when(col("before").gt(0), col("latest_to"))
                .when(col("has_exit").isNotNull(), col("first_from"))
                .otherwise(coalesce(col("r.version_org"), col("m.org_code")));
        Column leftWithoutHistory = col("m.status").equalTo("LEFT")
                .and(coalesce(col("has_exit"), lit(0)).equalTo(0))
                .and(col("left_on").leq(col("m.day")));
        return memberDays.as("m")
                .join(latest.as("l"), col("m.member_id").equalTo(col("l.member_id")).and(col("m.day").equalTo(col("l.day"))))
                .join(history.as("h"), col("m.member_id").equalTo(col("h.member_id")), "left")
                .join(registered.as("r"), col("m.member_id").equalTo(col("r.member_id")).and(col("m.day").equalTo(col("r.day"))), "left")
                .join(leftOn(distinctVersions).as("lo"), col("m.member_id").equalTo(col("lo.member_id")), "left")
                .where(branch.isNotNull().and(leftWithoutHistory.unary_$bang()))
                .select(col("m.member_id").as("member_id"), col("m.day").as("day"), branch.as("org_code"),
                        col("m.full_member_on").isNotNull().and(col("m.full_member_on").leq(col("m.day"))).as("is_full"));
    }

    /**
     * member_id, left_on: the China-time day of the first version showing the member LEFT after its last version
     * that did not (a row edited again after the member left keeps the day it first said so).
     */
    static Dataset<Row> leftOn(Dataset<Row> versions) {
        Dataset<Row> lastActive = versions.where(col("status").notEqual("LEFT")).groupBy("member_id")
                .agg(max("updated_at").as("last_active"));
        return versions.where(col("status").equalTo("LEFT")).join(lastActive, new String[]{"member_id"}, "left")
                .where(col("last_active").isNull().or(col("updated_at").gt(col("last_active"))))
                .groupBy("member_id").agg(to_date(min("updated_at")).as("left_on"));
    }
}
