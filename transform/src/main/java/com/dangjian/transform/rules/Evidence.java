package com.dangjian.transform.rules;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import java.util.Optional;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The records behind every result (rule_evidence): org_code, rule_id, period_start, kind (MEETING, MEMBER,
 * GROUP, LEDGER_ITEM), ref and detail — so a branch told it failed can see why: a meeting's day and subject, a
 * ledger item's deadline and issue, a group's name. Member ids appear only here and on a branch's own pages;
 * never names.
 */
public final class Evidence {

    private Evidence() {
    }

    public static Optional<Dataset<Row>> of(List<RuleOutcome> outcomes, RuleInputs in) {
        return outcomes.stream()
                .map(o -> o.evidence().map(e -> e.select("org_code", "period_start", "kind", "ref")
                        .withColumn("rule_id", lit(o.ruleId()))))
                .flatMap(Optional::stream)
                .reduce(Dataset::unionByName)
                .map(e -> withDetail(e, in).select("org_code", "rule_id", "period_start", "kind", "ref", "detail"));
    }

    /** The members in a state (org_code, period_start, member_id): kind MEMBER, ref member_id. */
    static Dataset<Row> members(Dataset<Row> inState) {
        return inState.select(col("org_code"), col("period_start"), lit("MEMBER").as("kind"), col("member_id").as("ref"));
    }

    /** A short description of the record in Chinese, from the record itself (empty for a member: an id only). */
    static Dataset<Row> withDetail(Dataset<Row> evidence, RuleInputs in) {
        Dataset<Row> meetings = in.meetings().select(col("meeting_id").as("d_ref"),
                concat_ws(" ", col("held_on").cast("string"), col("topic")).as("d_meeting"));
        Dataset<Row> items = in.ledger().select(col("item_id").as("d_ref"),
                concat_ws(" ", concat(lit("时限 "), col("deadline").cast("string")), col("description")).as("d_item"));
        Dataset<Row> groups = in.groups().select(col("group_code").as("d_ref"), col("name").as("d_group"));
        return evidence
                .join(meetings.as("dm"), col("kind").equalTo("MEETING").and(col("dm.d_ref").equalTo(col("ref"))), "left")
                .drop("d_ref")
                .join(items.as("di"), col("kind").equalTo("LEDGER_ITEM").and(col("di.d_ref").equalTo(col("ref"))), "left")
                .drop("d_ref")
                .join(groups.as("dg"), col("kind").equalTo("GROUP").and(col("dg.d_ref").equalTo(col("ref"))), "left")
                .drop("d_ref")
                .withColumn("detail", coalesce(col("d_meeting"), col("d_item"), col("d_group")));
    }
}
