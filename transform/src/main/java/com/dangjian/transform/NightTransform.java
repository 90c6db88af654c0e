package com.dangjian.transform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
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

import com.dangjian.ingestion.registry.RegistryTable;
import com.dangjian.transform.rules.ComplianceRule;
import com.dangjian.transform.rules.ElectionOnTimeRule;
import com.dangjian.transform.rules.MeetingCountRule;
import com.dangjian.transform.rules.Periods;
import com.dangjian.transform.rules.RuleInputs;
import com.dangjian.transform.scorecard.OrgScorecardMonthly;

/**
 * Bronze → silver → gold for one night. Periods assessed are the complete ones (last day on or before
 * {@code asOf}) from the first month the meetings cover. Gold tables carry the run id and are partitioned by
 * the year of their business date; only the partitions produced are overwritten.
 */
public final class NightTransform {

    public static final List<ComplianceRule> RULES = List.of(
            MeetingCountRule.committeeMonthly(),
            MeetingCountRule.themeDayMonthly(),
            MeetingCountRule.assemblyQuarterly(),
            new ElectionOnTimeRule());

    /** How many months back the window reaches when there are no meetings yet. */
    static final int DEFAULT_HISTORY_MONTHS = 12;

    private final SparkSession spark;
    private final Lake lake;

    public NightTransform(SparkSession spark, Lake lake) {
        this.spark = spark;
        this.lake = lake;
    }

    /** Builds silver and gold; returns rows written per table. */
    public Map<String, Long> run(LocalDate asOf, String runId) {
        BronzeTables bronze = new BronzeTables(spark, lake.bronze());
        Dataset<Row> organisations = silver("organisation", com.dangjian.transform.silver.Organisations.conform(bronze.registry(RegistryTable.ORG_UNIT)));
        Dataset<Row> meetings = silver("meeting", com.dangjian.transform.silver.Meetings.latest(bronze.meetings()));
        Periods window = window(meetings, asOf);
        Dataset<Row> membership = silver("membership_month_end", com.dangjian.transform.silver.Membership.onDays(
                bronze.registry(RegistryTable.PARTY_MEMBER), bronze.registry(RegistryTable.MEMBER_TRANSFER),
                window.monthEnds(spark)));
        RuleInputs inputs = new RuleInputs(spark, organisations, membership, meetings, window);

        Dataset<Row> ruleResults = RULES.stream().map(r -> r.evaluate(inputs)).reduce(Dataset::unionByName).orElseThrow();
        Map<String, Long> written = new LinkedHashMap<>();
        Dataset<Row> storedResults = gold(GoldTables.RULE_RESULT, stamp(ruleResults, runId), "period_start", written);
        gold(GoldTables.ORG_SCORECARD_MONTHLY, stamp(OrgScorecardMonthly.build(storedResults, organisations, window), runId),
                "month", written);
        gold(GoldTables.DIM_ORGANISATION, stamp(organisations, runId), null, written);
        return written;
    }

    static Periods window(Dataset<Row> meetings, LocalDate asOf) {
        YearMonth last = YearMonth.from(asOf.plusDays(1)).minusMonths(1);
        Row first = meetings.agg(min("held_on")).first();
        YearMonth from = first.isNullAt(0) ? last.minusMonths(DEFAULT_HISTORY_MONTHS - 1)
                : YearMonth.from(((Date) first.get(0)).toLocalDate());
        return new Periods(from.isAfter(last) ? last : from, last);
    }

    private Dataset<Row> silver(String table, Dataset<Row> rows) {
        rows.write().mode(SaveMode.Overwrite).parquet(lake.silver(table));
        return spark.read().parquet(lake.silver(table));
    }

    private static Dataset<Row> stamp(Dataset<Row> rows, String runId) {
        return rows.withColumn("run_id", lit(runId)).withColumn("computed_at", current_timestamp());
    }

    private Dataset<Row> gold(String table, Dataset<Row> rows, String businessDate, Map<String, Long> written) {
        var writer = businessDate == null
                ? rows.write().mode(SaveMode.Overwrite)
                : rows.withColumn("p_year", year(col(businessDate))).write().mode(SaveMode.Overwrite).partitionBy("p_year");
        writer.parquet(lake.gold(table));
        Dataset<Row> stored = spark.read().parquet(lake.gold(table));
        written.put(table, stored.count());
        return stored;
    }
}
