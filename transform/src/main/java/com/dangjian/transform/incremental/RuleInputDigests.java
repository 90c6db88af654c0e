package com.dangjian.transform.incremental;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import com.dangjian.transform.rules.RuleInputs;
import com.dangjian.transform.silver.Silver;

/**
 * Every input the rules, scorecards and facts of a year read, as {@link InputDigest}s, each with the day from
 * which a change to one of its rows can matter (docs/rules-decisions.md, "Incremental nights", says why for each):
 * <ul>
 * <li>an organisation's type, parent, category, region or department count for every month (ranks, roll-ups):
 *     from the beginning; its established and dissolved days from the earlier of them; everything else of it
 *     is read as of a day, from its versions: from the version's valid_from;</li>
 * <li>a group as it stands counts for every month: from the beginning;</li>
 * <li>membership on each month end: from that month end; a member's joined_on and full_member_on: from that day;</li>
 * <li>a meeting from held_on; dues from their month; study from its day; evaluations from their period; a ledger
 *     item from its deadline, its completion from the completion day; a ledger snapshot from the day it landed (a deadline
 *     is read as the ledger gave it at each month's end).</li>
 * </ul>
 */
public final class RuleInputDigests {

    private RuleInputDigests() {
    }

    public static List<InputDigest> of(RuleInputs in, Silver silver) {
        List<InputDigest> d = new ArrayList<>();
        Dataset<Row> orgs = in.organisations();
        d.add(InputDigest.always("organisation_shape", orgs.select("org_code", "org_type", "parent_code", "category", "region",
                "department")));
        d.add(InputDigest.from("organisation_life", orgs.select("org_code", "established_on", "dissolved_on"),
                "established_on", "dissolved_on"));
        d.add(InputDigest.from("organisation_version", in.organisationHistory().drop("valid_to", "is_current"), "valid_from"));
        d.add(InputDigest.always("party_group", in.groups().drop("updated_at")));
        d.add(InputDigest.from("membership", in.membership(), "day"));
        d.add(InputDigest.from("member_joined", in.members().select("member_id", "joined_on"), "joined_on"));
        d.add(InputDigest.from("member_full", in.members().where(col("full_member_on").isNotNull())
                .select("member_id", "full_member_on"), "full_member_on"));
        d.add(InputDigest.from("meeting", in.meetings(), "held_on"));
        d.add(InputDigest.from("dues", in.dues(), "dues_month"));
        d.add(InputDigest.from("study", in.study(), "study_date"));
        d.add(new InputDigest("secretary_review", silver.secretaryReview(),
                make_date(col("year"), lit(1), lit(1))));
        d.add(InputDigest.from("party_building_assessment", silver.partyBuilding(),
                "quarter_start"));
        d.add(new InputDigest("member_review", silver.memberReview(),
                make_date(col("year"), lit(1), lit(1))));
        // What the rule reads of an item falls in the month of its deadline; its completion day matters only to
        // months whose deadline is on or after it (on time = completed by the deadline), so a late completion
        // tonight of an item due in 2023 changes nothing before tonight.
        d.add(InputDigest.from("rectification_item", in.ledger().select("item_id", "org_code", "deadline", "description"), "deadline"));
        d.add(InputDigest.from("rectification_completion", in.ledger().where(col("completed_on").isNotNull())
                .select("item_id", "completed_on"), "completed_on"));
        d.add(InputDigest.from("rectification_snapshot", in.ledgerSnapshots(),
                "snapshot_on"));
        return d;
    }
}
