package com.dangjian.transform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.year;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import com.dangjian.ingestion.bronze.BronzeSchemas;
import com.dangjian.ingestion.registry.RegistryTable;
import com.dangjian.transform.silver.FileSourcesSilver;
import com.dangjian.transform.silver.HeldRows;
import com.dangjian.transform.gold.Facts;
import com.dangjian.transform.rules.Alarms;
import com.dangjian.transform.rules.ComplianceRule;
import com.dangjian.transform.rules.Evidence;
import com.dangjian.transform.rules.Periods;
import com.dangjian.transform.rules.RuleBook;
import com.dangjian.transform.rules.RuleCatalogue;
import com.dangjian.transform.rules.RuleInputs;
import com.dangjian.transform.rules.RuleWeights;
import com.dangjian.transform.scorecard.Engagement;
import com.dangjian.transform.scorecard.Evaluation;
import com.dangjian.transform.scorecard.OrgScorecardMonthly;
import com.dangjian.transform.scorecard.OrgTrendMonthly;
import com.dangjian.transform.scorecard.RecruitmentIndicator;

/**
 * Bronze → silver → gold for one night. Periods assessed are the complete ones (last day on or before
 * {@code asOf}) from the first month the meetings cover. Gold tables carry the run id and are partitioned by
 * the year of their business date; only the partitions produced are overwritten.
 */
public final class NightTransform {


    /** How many months back the window reaches when there are no meetings yet. */
    static final int DEFAULT_HISTORY_MONTHS = 12;

    private final SparkSession spark;
    private final Lake lake;
    private final RuleCatalogue catalogue;
    private final Map<String, Double> seconds = new LinkedHashMap<>();
    private final List<String> warnings = new java.util.ArrayList<>();
    private java.util.function.BiConsumer<String, Double> progress = (step, s) -> { };

    /** Called as each silver or gold step finishes (step name, seconds), for progress shown while the night runs. */
    public NightTransform onStep(java.util.function.BiConsumer<String, Double> listener) {
        this.progress = listener;
        return this;
    }

    public NightTransform(SparkSession spark, Lake lake) {
        this(spark, lake, RuleCatalogue.defaults());
    }

    public NightTransform(SparkSession spark, Lake lake, RuleCatalogue catalogue) {
        this.spark = spark;
        this.lake = lake;
        this.catalogue = catalogue;
    }

    /**
     * Wall seconds of each step of the last run, in order: silver tables ("silver.meeting") and gold tables. Spark
     * is lazy, so a step's time includes whatever it is the first to compute (rule_result: every rule).
     */
    public Map<String, Double> seconds() {
        return seconds;
    }

    /** What the last run wants the operator to know (e.g. an as-of before any data), one sentence each. */
    public List<String> warnings() {
        return warnings;
    }

    /** Builds silver and gold; returns rows written per table. */
    public Map<String, Long> run(LocalDate asOf, String runId) {
        BronzeTables bronze = new BronzeTables(spark, lake.bronze());
        Dataset<Row> organisations = silver("organisation", com.dangjian.transform.silver.Organisations.conform(bronze.registry(RegistryTable.ORG_UNIT)));
        Dataset<Row> registeredMembers = bronze.registry(RegistryTable.PARTY_MEMBER)
                .withColumn("source_file", lit("party_member")).withColumn("source_line", lit(0L));
        Conformed conformed = new Conformed(organisations, registeredMembers);
        Dataset<Row> members = conformed.byOrg("registry", "party_member", registeredMembers).drop("source_file", "source_line",
                BronzeTables.INGEST_DATE);
        Dataset<Row> meetings = silver("meeting", conformed.byOrg("meetings", "meeting",
                com.dangjian.transform.silver.Meetings.latest(bronze.meetings())));
        Dataset<Row> dues = silver("dues", conformed.byMember("dues", "dues", FileSourcesSilver.dues(
                conformed.byOrg("dues", "dues", bronze.files("dues", "dues", BronzeSchemas.DUES)))));
        Dataset<Row> study = silver("study", conformed.byMember("study", "study", FileSourcesSilver.study(bronze.files("study", "study", BronzeSchemas.STUDY))));
        Dataset<Row> secretaryReview = silver("secretary_review", conformed.byOrg("evaluations", "secretary_review", FileSourcesSilver.secretaryReview(
                bronze.files("evaluations", "secretary_review", BronzeSchemas.SECRETARY_REVIEW))));
        Dataset<Row> partyBuilding = silver("party_building_assessment", conformed.byOrg("evaluations", "party_building_assessment",
                FileSourcesSilver.partyBuildingAssessment(bronze.files("evaluations", "party_building_assessment",
                        BronzeSchemas.PARTY_BUILDING_ASSESSMENT))));
        Dataset<Row> memberReview = silver("member_review", conformed.byMember("evaluations", "member_review", FileSourcesSilver.memberReview(
                bronze.files("evaluations", "member_review", BronzeSchemas.MEMBER_REVIEW))));
        Dataset<Row> ledger = silver("rectification_item", conformed.byOrg("rectification", "rectification_item", FileSourcesSilver.rectification(
                bronze.latestSnapshot("rectification", "rectification_item", BronzeSchemas.RECTIFICATION_ITEM))));
        Dataset<Row> heldRows = silver("held_rows", conformed.held(spark));
        conformed.release();
        Periods window = window(meetings, asOf);
        boolean assessable = assessable(meetings, asOf);
        Dataset<Row> membership = silver("membership_month_end", com.dangjian.transform.silver.Membership.onDays(
                members, bronze.registryVersions(RegistryTable.PARTY_MEMBER), bronze.registry(RegistryTable.MEMBER_TRANSFER),
                window.monthEnds(spark)));
        Dataset<Row> organisationHistory = com.dangjian.transform.silver.OrganisationHistory.build(
                bronze.registryVersions(RegistryTable.ORG_UNIT));
        Dataset<Row> ledgerSnapshots = bronze.files("rectification", "rectification_item", BronzeSchemas.RECTIFICATION_ITEM)
                .select(col("item_id"), col("deadline"), col(BronzeTables.INGEST_DATE).as("snapshot_on"));
        RuleInputs inputs = RuleInputs.of(spark, organisations, membership, meetings, window)
                .with(members, bronze.registry(RegistryTable.PARTY_GROUP), dues, study, ledger)
                .with(catalogue)
                .withHistory(organisationHistory, ledgerSnapshots);

        List<ComplianceRule> rules = RuleBook.enabled(catalogue);
        if (rules.isEmpty()) {
            throw new IllegalStateException("every rule is switched off in the rule catalogue: switch at least one on");
        }
        Dataset<Row> ruleResults = onlyIf(assessable, rules.stream().map(r -> r.evaluate(inputs)).reduce(Dataset::unionByName).orElseThrow());
        Map<String, Long> written = new LinkedHashMap<>();
        Dataset<Row> storedResults = gold(GoldTables.RULE_RESULT, stamp(ruleResults, runId), "period_start", written);
        Dataset<Row> engagement = Engagement.monthly(inputs);
        Dataset<Row> evaluation = Evaluation.monthly(engagement.select("org_code", "month"), partyBuilding, secretaryReview, catalogue);
        Dataset<Row> memberCounts = inputs.branchSizes().select(col("org_code"), trunc(col("day"), "month").as("month"),
                col("members").cast("long").as("members"));
        Dataset<Row> breakdown = gold(GoldTables.COMPLIANCE_BREAKDOWN, stamp(OrgScorecardMonthly.breakdown(storedResults, window,
                RuleWeights.of(spark, catalogue), engagement), runId), "month", written);
        Dataset<Row> scorecards = gold(GoldTables.ORG_SCORECARD_MONTHLY, stamp(OrgScorecardMonthly.fromBreakdown(breakdown.drop("run_id",
                        "computed_at"), organisations, engagement, evaluation, memberCounts, catalogue), runId),
                "month", written);
        gold(GoldTables.RULE_EVIDENCE, stamp(onlyIf(assessable, Evidence.of(rules, inputs).orElseGet(() -> emptyEvidence())), runId),
                "period_start", written);
        gold(GoldTables.ORG_TREND_MONTHLY, stamp(OrgTrendMonthly.build(scorecards), runId), "month", written);
        gold(GoldTables.ALARM, stamp(onlyIf(assessable, Alarms.open(inputs, storedResults)), runId), null, written);
        gold(GoldTables.RECRUITMENT_INDICATOR, stamp(RecruitmentIndicator.build(bronze.registry(RegistryTable.RECRUITMENT_PLAN),
                bronze.registry(RegistryTable.RECRUITMENT_EVENT)), runId), null, written);
        gold(GoldTables.DIM_MEMBER, stamp(Facts.members(members), runId), null, written);
        gold(GoldTables.FACT_MEETING, stamp(Facts.meetings(meetings), runId), "held_on", written);
        gold(GoldTables.FACT_ATTENDANCE, stamp(Facts.attendance(meetings), runId), "held_on", written);
        gold(GoldTables.FACT_DUES, stamp(Facts.dues(dues), runId), "dues_month", written);
        gold(GoldTables.FACT_STUDY, stamp(Facts.study(study), runId), "study_date", written);
        gold(GoldTables.FACT_EVALUATION, stamp(Facts.evaluations(secretaryReview, partyBuilding, memberReview), runId),
                "period_start", written);
        gold(GoldTables.FACT_RECTIFICATION_ITEM, stamp(Facts.rectificationItems(ledger), runId), null, written);
        gold(GoldTables.DIM_ORGANISATION, stamp(organisations, runId), null, written);
        gold(GoldTables.DIM_ORGANISATION_HISTORY, stamp(organisationHistory, runId), null, written);
        gold(GoldTables.HELD_ROW, stamp(heldRows, runId), null, written);
        gold(GoldTables.INGEST_REJECT, bronze.rejects(), null, written);
        return written;
    }

    /**
     * Keeps rows whose codes the registry knows; collects the others as held rows. Each input is persisted on
     * first use: its known rows are written to silver first and its unknown ones to held_rows later, and without
     * it the source (study: millions of rows, deduplicated) would be read and deduplicated twice.
     */
    static final class Conformed {
        private final Dataset<Row> organisations;
        private final Dataset<Row> members;
        private final List<Dataset<Row>> held = new java.util.ArrayList<>();
        private final List<Dataset<Row>> persisted = new java.util.ArrayList<>();

        Conformed(Dataset<Row> organisations, Dataset<Row> members) {
            this.organisations = organisations;
            this.members = members;
        }

        Dataset<Row> byOrg(String source, String table, Dataset<Row> input) {
            Dataset<Row> rows = persist(input);
            held.add(HeldRows.describe(HeldRows.unknown(rows, "org_code", organisations, "org_code"), source, table,
                    "org_code", HeldRows.UNKNOWN_ORG));
            return HeldRows.known(rows, "org_code", organisations, "org_code");
        }

        Dataset<Row> byMember(String source, String table, Dataset<Row> input) {
            Dataset<Row> rows = persist(input);
            held.add(HeldRows.describe(HeldRows.unknown(rows, "member_id", members, "member_id"), source, table,
                    "member_id", HeldRows.UNKNOWN_MEMBER));
            return HeldRows.known(rows, "member_id", members, "member_id");
        }

        Dataset<Row> held(SparkSession spark) {
            return held.stream().reduce(Dataset::unionByName).orElseThrow();
        }

        private Dataset<Row> persist(Dataset<Row> rows) {
            Dataset<Row> p = rows.persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
            persisted.add(p);
            return p;
        }

        /** Frees the persisted inputs once silver and held_rows are written. */
        void release() {
            persisted.forEach(Dataset::unpersist);
        }
    }

    private Dataset<Row> emptyEvidence() {
        return spark.createDataFrame(List.of(), new org.apache.spark.sql.types.StructType()
                .add("org_code", "string").add("rule_id", "string").add("period_start", "date").add("kind", "string").add("ref", "string")
                .add("detail", "string"));
    }

    /**
     * Whether any period can be assessed: some meeting was held on or before the as-of date. Otherwise (an as-of
     * before any data) the night writes no rule result, scorecard or alarm rather than invent them from nothing,
     * and says so.
     */
    private boolean assessable(Dataset<Row> meetings, LocalDate asOf) {
        Row first = meetings.agg(min("held_on")).first();
        if (first.isNullAt(0)) {
            warnings.add("no meeting in the lake yet: nothing to assess, so this night writes no rule result, scorecard"
                    + " or alarm (the facts it has are loaded)");
            return false;
        }
        LocalDate firstDay = ((Date) first.get(0)).toLocalDate();
        if (firstDay.isAfter(asOf)) {
            warnings.add("--as-of " + asOf + " lies before any data (the first meeting the lake holds was held on " + firstDay
                    + "): no period to assess, so this night writes no rule result, scorecard or alarm — check the date");
            return false;
        }
        return true;
    }

    private static Dataset<Row> onlyIf(boolean assessable, Dataset<Row> rows) {
        return assessable ? rows : rows.where(lit(false));
    }

    static Periods window(Dataset<Row> meetings, LocalDate asOf) {
        YearMonth last = YearMonth.from(asOf.plusDays(1)).minusMonths(1);
        Row first = meetings.agg(min("held_on")).first();
        YearMonth from = first.isNullAt(0) ? last.minusMonths(DEFAULT_HISTORY_MONTHS - 1)
                : YearMonth.from(((Date) first.get(0)).toLocalDate());
        return new Periods(from.isAfter(last) ? last : from, last);
    }

    private Dataset<Row> silver(String table, Dataset<Row> rows) {
        long t = System.nanoTime();
        rows.write().mode(SaveMode.Overwrite).parquet(lake.silver(table));
        seconds.put("silver." + table, (System.nanoTime() - t) / 1e9);
        progress.accept("silver." + table, seconds.get("silver." + table));
        return spark.read().parquet(lake.silver(table));
    }

    private static Dataset<Row> stamp(Dataset<Row> rows, String runId) {
        return rows.withColumn("run_id", lit(runId)).withColumn("computed_at", current_timestamp());
    }

    /**
     * Writes a gold table whole (the night recomputes every period it covers, so a partition no longer produced
     * must not linger). An empty table is written unpartitioned: Spark then still writes a file carrying the
     * schema, so readers find the table's columns.
     */
    private Dataset<Row> gold(String table, Dataset<Row> rows, String businessDate, Map<String, Long> written) {
        long t = System.nanoTime();
        // A table built from many rules or joins has many small partitions; left so, it would be written as
        // hundreds of tiny files that every reader (the loader, the read side) then opens one by one.
        Dataset<Row> computed = rows.coalesce(spark.sparkContext().defaultParallelism()).cache();
        boolean partitioned = businessDate != null && !computed.isEmpty();
        var writer = partitioned
                ? computed.withColumn("p_year", year(col(businessDate))).write().mode(SaveMode.Overwrite).partitionBy("p_year")
                : computed.write().mode(SaveMode.Overwrite);
        writer.option("partitionOverwriteMode", "static").parquet(lake.gold(table));
        computed.unpersist();
        Dataset<Row> stored = spark.read().parquet(lake.gold(table));
        written.put(table, stored.count());
        seconds.put(table, (System.nanoTime() - t) / 1e9);
        progress.accept(table, seconds.get(table));
        return stored;
    }
}
