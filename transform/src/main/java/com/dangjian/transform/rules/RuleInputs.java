package com.dangjian.transform.rules;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import com.dangjian.contracts.bronze.BronzeSchemas;
import com.dangjian.transform.SparkSchemas;
import com.dangjian.contracts.rules.RuleCatalogue;
import com.dangjian.contracts.rules.PeriodType;

/**
 * What the rules read, in silver form.
 *
 * @param organisations silver organisations
 * @param membership    member_id, day, org_code, is_full for every month end of the window
 * @param meetings      silver meetings (latest version, not deleted) with held_on
 * @param periods       the assessment window
 * @param members       party_member as it stands (joined_on, full_member_on, status)
 * @param groups        party_group as it stands
 * @param dues          silver dues (one row per member and month)
 * @param study         silver study (one row per member and day)
 * @param ledger        silver rectification items (newest snapshot)
 * @param catalogue     the rule catalogue (thresholds)
 * @param organisationHistory every version of each organisation the nights saw (organisations' columns and
 *                      valid_from), for states "on that day" ({@link com.dangjian.transform.silver.AsOf})
 * @param ledgerSnapshots every landed ledger snapshot's rows (item_id, deadline, snapshot_on): the deadline as it
 *                      stood at a month's end
 */
public record RuleInputs(SparkSession spark, Dataset<Row> organisations, Dataset<Row> membership,
                         Dataset<Row> meetings, Periods periods, Dataset<Row> members, Dataset<Row> groups,
                         Dataset<Row> dues, Dataset<Row> study, Dataset<Row> ledger, RuleCatalogue catalogue,
                         Dataset<Row> organisationHistory, Dataset<Row> ledgerSnapshots) {

    /** Without history: the current organisations and ledger are taken as the only versions (focused tests). */
    public RuleInputs(SparkSession spark, Dataset<Row> organisations, Dataset<Row> membership, Dataset<Row> meetings,
                      Periods periods, Dataset<Row> members, Dataset<Row> groups, Dataset<Row> dues, Dataset<Row> study,
                      Dataset<Row> ledger, RuleCatalogue catalogue) {
        this(spark, organisations, membership, meetings, periods, members, groups, dues, study, ledger, catalogue,
                organisations.withColumn("valid_from", lit(null).cast("timestamp")),
                ledger.select(col("item_id"), col("deadline"), lit(null).cast("date").as("snapshot_on")));
    }

    /** Inputs with only organisations, membership and meetings (the other sources empty), for focused tests. */
    public static RuleInputs of(SparkSession spark, Dataset<Row> organisations, Dataset<Row> membership,
                                Dataset<Row> meetings, Periods periods) {
        return new RuleInputs(spark, organisations, membership, meetings, periods,
                empty(spark, BronzeSchemas.PARTY_MEMBER), empty(spark, BronzeSchemas.PARTY_GROUP),
                empty(spark, BronzeSchemas.DUES), empty(spark, BronzeSchemas.STUDY),
                empty(spark, BronzeSchemas.RECTIFICATION_ITEM), RuleCatalogue.defaults());
    }

    /** With these sources; the history is reset to the current rows (set it after, with {@link #withHistory}). */
    public RuleInputs with(Dataset<Row> members, Dataset<Row> groups, Dataset<Row> dues, Dataset<Row> study,
                           Dataset<Row> ledger) {
        return new RuleInputs(spark, organisations, membership, meetings, periods, members, groups, dues, study,
                ledger, catalogue);
    }

    public RuleInputs with(RuleCatalogue catalogue) {
        return new RuleInputs(spark, organisations, membership, meetings, periods, members, groups, dues, study,
                ledger, catalogue, organisationHistory, ledgerSnapshots);
    }

    /** The same inputs assessing other periods (an incremental night's years, or the last month alone). */
    public RuleInputs withPeriods(Periods periods) {
        return new RuleInputs(spark, organisations, membership, meetings, periods, members, groups, dues, study,
                ledger, catalogue, organisationHistory, ledgerSnapshots);
    }

    /** With the versions the nights saw (see the record's parameters). */
    public RuleInputs withHistory(Dataset<Row> organisationHistory, Dataset<Row> ledgerSnapshots) {
        return new RuleInputs(spark, organisations, membership, meetings, periods, members, groups, dues, study,
                ledger, catalogue, organisationHistory, ledgerSnapshots);
    }

    /**
     * The version of each organisation in force at the end of each day of {@code days} (a {@code day} column
     * and an {@code org_code} column): the organisations' columns, org_code and day.
     */
    public Dataset<Row> organisationsOn(Dataset<Row> days) {
        return com.dangjian.transform.silver.AsOf.onDays(organisationHistory, "org_code", "valid_from", days, "org_code");
    }

    static Dataset<Row> empty(SparkSession spark, org.apache.avro.Schema schema) {
        return spark.createDataFrame(List.of(), SparkSchemas.of(schema));
    }

    /** org_code, day, members, full_members on each month end. */
    public Dataset<Row> branchSizes() {
        return membership.groupBy("org_code", "day")
                .agg(count("*").as("members"), sum(when(col("is_full"), 1).otherwise(0)).as("full_members"));
    }

    /**
     * Organisations of the given types assessed in each period (rules.md "Who is assessed"): for
     * MONTH/QUARTER/YEAR those that existed for the whole period; for POINT those that exist on the period's
     * last day. A branch is assessed only when it has members on the period's last day: a branch without
     * members has nobody to hold its meetings (docs/rules-decisions.md).
     */
    public Dataset<Row> assessed(PeriodType type, String... orgTypes) {
        Dataset<Row> p = periods.of(spark, type);
        var existsFrom = type == PeriodType.POINT ? col("period_end") : col("period_start");
        Dataset<Row> existing = organisations.where(col("org_type").isin((Object[]) orgTypes))
                .crossJoin(p)
                .where(col("established_on").leq(existsFrom)
                        .and(col("dissolved_on").isNull().or(col("dissolved_on").gt(col("period_end")))));
        Dataset<Row> staffed = membership.select(col("org_code").as("_staffed"), col("day").as("_on")).distinct();
        return existing.join(staffed, col("_staffed").equalTo(col("org_code")).and(col("_on").equalTo(col("period_end"))), "left")
                .where(col("org_type").notEqual("BRANCH").or(col("_staffed").isNotNull()))
                .drop("_staffed", "_on");
    }

    /** Branches assessed in each period with their members on the period's last day: org_code, period_start, period_end, member_id. */
    public Dataset<Row> assessedMembers(PeriodType type) {
        return assessed(type, "BRANCH").select("org_code", "period_start", "period_end").as("a")
                .join(membership.as("m"), col("m.org_code").equalTo(col("a.org_code")).and(col("m.day").equalTo(col("a.period_end"))))
                .select(col("a.org_code").as("org_code"), col("a.period_start").as("period_start"),
                        col("a.period_end").as("period_end"), col("m.member_id").as("member_id"), col("m.is_full").as("is_full"));
    }
}
