package com.dangjian.transform;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.trunc;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import com.dangjian.contracts.bronze.BronzeTable;
import com.dangjian.contracts.gold.GoldTables;
import com.dangjian.contracts.lake.Lake;
import com.dangjian.contracts.rules.RuleCatalogue;
import com.dangjian.transform.gold.Facts;
import com.dangjian.transform.incremental.IncrementalNights;
import com.dangjian.transform.incremental.NightScope;
import com.dangjian.transform.incremental.RuleInputDigests;
import com.dangjian.transform.rules.Alarms;
import com.dangjian.transform.rules.ComplianceRule;
import com.dangjian.transform.rules.Evidence;
import com.dangjian.transform.rules.Periods;
import com.dangjian.transform.rules.RuleBook;
import com.dangjian.transform.rules.RuleInputs;
import com.dangjian.transform.rules.RuleOutcome;
import com.dangjian.transform.rules.RuleWeights;
import com.dangjian.transform.scorecard.Engagement;
import com.dangjian.transform.scorecard.Evaluation;
import com.dangjian.transform.scorecard.OrgScorecardMonthly;
import com.dangjian.transform.scorecard.OrgTrendMonthly;
import com.dangjian.transform.scorecard.RecruitmentIndicator;
import com.dangjian.transform.silver.Membership;
import com.dangjian.transform.silver.MergedSource;
import com.dangjian.transform.silver.OrganisationHistory;
import com.dangjian.transform.silver.Silver;

/**
 * Bronze → silver → gold for one night, as named steps: {@link Silver} (the conformed sources), the rules' inputs,
 * the rules, the scorecards, the facts. Periods assessed are the complete ones (last day on or before
 * {@code asOf}) from the first month the meetings cover. Gold tables carry the run id and are partitioned by the
 * month of their business date ({@link GoldWriter}); a night recomputes the months from the first month its new
 * data touches (from the start of the longest complete period containing it) and keeps the earlier ones
 * ({@link IncrementalNights}), or everything on a full night.
 */
public final class NightTransform {

    /** How many months back the window reaches when there are no meetings yet. */
    static final int DEFAULT_HISTORY_MONTHS = 12;

    private final SparkSession spark;
    private final Lake lake;
    private final RuleCatalogue catalogue;
    private final Map<String, Double> seconds = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private BiConsumer<String, Double> progress = (step, s) -> { };
    private NightScope scope;

    public NightTransform(SparkSession spark, Lake lake) {
        this(spark, lake, RuleCatalogue.defaults());
    }

    public NightTransform(SparkSession spark, Lake lake, RuleCatalogue catalogue) {
        this.spark = spark;
        this.lake = lake;
        this.catalogue = catalogue;
    }

    /** Called as each silver or gold step finishes (step name, seconds), for progress shown while the night runs. */
    public NightTransform onStep(BiConsumer<String, Double> listener) {
        this.progress = listener;
        return this;
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

    /** Builds silver and gold, recomputing what the night's new data touches; returns rows per gold table. */
    public Map<String, Long> run(LocalDate asOf, String runId) {
        return run(asOf, runId, null);
    }

    /**
     * Builds silver and gold; returns rows per gold table (as stored, earlier months kept included).
     *
     * @param fullBecause why this night must recompute everything (--full, the weekly full night), or null to
     *                    recompute only the months the night's changes touch ({@link IncrementalNights})
     */
    public Map<String, Long> run(LocalDate asOf, String runId, String fullBecause) {
        BronzeTables bronze = new BronzeTables(spark, lake.bronze());
        Silver silver = Silver.build(bronze, new MergedSource(spark, lake, bronze, IncrementalNights.version(), fullBecause,
                this::done), this::silver);
        Periods window = window(silver.meetings(), asOf);
        boolean assessable = assessable(silver.meetings(), asOf);
        GoldWriter gold = new GoldWriter(spark, lake, runId, this::done);
        RuleInputs all = inputs(bronze, silver, window);
        long t = System.nanoTime();
        IncrementalNights nights = new IncrementalNights(lake.state(), catalogue);
        scope = nights.plan(window, RuleInputDigests.of(all, silver), fullBecause);
        done("plan", (System.nanoTime() - t) / 1e9);
        Optional<YearMonth> writeFrom = scope.writeFrom();
        RuleInputs inputs = all.withPeriods(scope.periods(window));
        RuleInputs lastMonth = all.withPeriods(window.lastMonth()); // what is open now, whatever was recomputed
        Dataset<Row> results = rules(gold, inputs, assessable, writeFrom);
        periodInProgress(gold, lastMonth, assessable, asOf);
        scorecards(gold, inputs, silver, results, writeFrom);
        gold.write(GoldTables.ALARM, onlyIf(assessable, Alarms.open(lastMonth, results)));
        facts(gold, bronze, silver, inputs, writeFrom);
        nights.commit(window);
        return gold.written();
    }

    /** What the last run recomputed and why (null before a run). */
    public NightScope scope() {
        return scope;
    }

    /** What the rules read: silver, the membership on every month end of the window, the versions the nights saw. */
    private RuleInputs inputs(BronzeTables bronze, Silver silver, Periods window) {
        Dataset<Row> membership = silver("membership_month_end", Membership.onDays(silver.members(),
                bronze.versions(BronzeTable.PARTY_MEMBER), bronze.registry(BronzeTable.MEMBER_TRANSFER), window.monthEnds(spark)));
        Dataset<Row> ledgerSnapshots = bronze.all(BronzeTable.RECTIFICATION_ITEM)
                .select(col("item_id"), col("deadline"), col(BronzeTables.INGEST_DATE).as("snapshot_on"));
        return RuleInputs.of(spark, silver.organisations(), membership, silver.meetings(), window)
                .with(silver.members(), bronze.registry(BronzeTable.PARTY_GROUP), silver.dues(), silver.study(), silver.ledger())
                .with(catalogue)
                .withHistory(OrganisationHistory.build(bronze.versions(BronzeTable.ORG_UNIT)), ledgerSnapshots);
    }

    /** Every switched-on rule's results (rule_result) and the records behind them (rule_evidence), from a month on. */
    private Dataset<Row> rules(GoldWriter gold, RuleInputs inputs, boolean assessable, Optional<YearMonth> writeFrom) {
        List<ComplianceRule> rules = RuleBook.enabled(catalogue);
        if (rules.isEmpty()) {
            throw new IllegalStateException("every rule is switched off in the rule catalogue: switch at least one on");
        }
        List<RuleOutcome> outcomes = rules.stream().map(r -> r.outcome(inputs)).toList();
        try {
            Dataset<Row> results = gold.write(GoldTables.RULE_RESULT,
                    onlyIf(assessable, outcomes.stream().map(RuleOutcome::results).reduce(Dataset::unionByName).orElseThrow()), writeFrom);
            gold.write(GoldTables.RULE_EVIDENCE, onlyIf(assessable, Evidence.of(outcomes, inputs)
                    .orElseGet(() -> spark.createDataFrame(List.of(), SparkSchemas.of(GoldTables.RULE_EVIDENCE, true)))), writeFrom);
            return results;
        } finally {
            outcomes.forEach(RuleOutcome::release);
        }
    }

    /** Where each branch stands in the period in progress (rule_progress), rebuilt every night. */
    private void periodInProgress(GoldWriter gold, RuleInputs lastMonth, boolean assessable, LocalDate asOf) {
        gold.write(GoldTables.RULE_PROGRESS, onlyIf(assessable, RuleBook.enabled(catalogue).stream().map(r -> r.progress(lastMonth, asOf))
                .flatMap(Optional::stream).reduce(Dataset::unionByName)
                .orElseGet(() -> spark.createDataFrame(List.of(), SparkSchemas.of(GoldTables.RULE_PROGRESS, true)))));
    }

    /**
     * Each rule's deductions, the monthly scorecards with their parts and ranks, and their trends, from a month on.
     * The months computed read the stored results of earlier periods (a quarter's or a year's result counts into
     * the months after it), rank against the stored month before, and trends reach back a year into stored
     * scorecards.
     */
    private void scorecards(GoldWriter gold, RuleInputs inputs, Silver silver, Dataset<Row> results, Optional<YearMonth> writeFrom) {
        Periods window = inputs.periods();
        Date first = Date.valueOf(window.computeFrom().atDay(1));
        Dataset<Row> engagement = Engagement.monthly(inputs);
        Dataset<Row> evaluation = Evaluation.monthly(engagement.select("org_code", "month"), silver.partyBuilding(),
                silver.secretaryReview(), catalogue);
        Dataset<Row> memberCounts = inputs.branchSizes().select(col("org_code"), trunc(col("day"), "month").as("month"),
                col("members").cast("long").as("members"));
        // A month computed takes its status from results as old as the year whose December began 22 months before
        // it (a year's result stands for the twelve months from its December on: OrgScorecardMonthly.statusByMonth).
        Dataset<Row> breakdown = gold.write(GoldTables.COMPLIANCE_BREAKDOWN, OrgScorecardMonthly.breakdown(
                results.where(col("period_start").geq(add_months(lit(first), -22))), window, RuleWeights.of(spark, catalogue),
                engagement), writeFrom);
        // Collected now: the stored table is about to be rewritten from this month on.
        Dataset<Row> earlierRanks = writeFrom.isEmpty() ? null : gold.stored(GoldTables.ORG_SCORECARD_MONTHLY)
                .map(s -> s.where(col("month").equalTo(add_months(lit(first), -1))).select("org_code", "month", "rank_overall"))
                .map(r -> spark.createDataFrame(r.collectAsList(), r.schema()))
                .orElse(null);
        Dataset<Row> scorecards = gold.write(GoldTables.ORG_SCORECARD_MONTHLY, OrgScorecardMonthly.fromBreakdown(
                breakdown.where(col("month").geq(lit(first))).drop("run_id", "computed_at", GoldWriter.PARTITION), silver.organisations(),
                engagement, evaluation, memberCounts, catalogue, earlierRanks), writeFrom);
        gold.write(GoldTables.ORG_TREND_MONTHLY, OrgTrendMonthly.build(scorecards.where(col("month").geq(add_months(lit(first), -12)))),
                writeFrom);
    }

    /**
     * The dimensions and facts analysts query (dated facts from a month on, the rest whole), the rows held for the
     * registry, and the rejects.
     */
    private void facts(GoldWriter gold, BronzeTables bronze, Silver silver, RuleInputs inputs, Optional<YearMonth> writeFrom) {
        gold.write(GoldTables.RECRUITMENT_INDICATOR, RecruitmentIndicator.build(bronze.registry(BronzeTable.RECRUITMENT_PLAN),
                bronze.registry(BronzeTable.RECRUITMENT_EVENT)));
        gold.write(GoldTables.DIM_MEMBER, Facts.members(silver.members()));
        gold.write(GoldTables.FACT_MEETING, Facts.meetings(silver.meetings()), writeFrom);
        gold.write(GoldTables.FACT_ATTENDANCE, Facts.attendance(silver.meetings()), writeFrom);
        gold.write(GoldTables.FACT_DUES, Facts.dues(silver.dues()), writeFrom);
        gold.write(GoldTables.FACT_STUDY, Facts.study(silver.study()), writeFrom);
        gold.write(GoldTables.FACT_EVALUATION, Facts.evaluations(silver.secretaryReview(), silver.partyBuilding(), silver.memberReview()),
                writeFrom);
        gold.write(GoldTables.FACT_RECTIFICATION_ITEM, Facts.rectificationItems(silver.ledger()));
        gold.write(GoldTables.DIM_ORGANISATION, silver.organisations());
        gold.write(GoldTables.DIM_ORGANISATION_HISTORY, inputs.organisationHistory());
        gold.write(GoldTables.HELD_ROW, silver.heldRows());
        gold.write(GoldTables.INGEST_REJECT, bronze.rejects().withColumn("ingest_date", to_date(col("ingest_date"))));
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

    /** Writes a silver table and returns it as stored (each source read and deduplicated once). */
    private Dataset<Row> silver(String table, Dataset<Row> rows) {
        long t = System.nanoTime();
        rows.write().mode(SaveMode.Overwrite).parquet(lake.silver(table));
        done("silver." + table, (System.nanoTime() - t) / 1e9);
        return spark.read().parquet(lake.silver(table));
    }

    private void done(String step, double s) {
        seconds.put(step, s);
        progress.accept(step, s);
    }
}
