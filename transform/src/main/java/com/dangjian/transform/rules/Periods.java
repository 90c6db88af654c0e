package com.dangjian.transform.rules;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import com.dangjian.contracts.rules.PeriodType;

/**
 * The assessment window of a night: months from the first month the data covers ({@code from}) to the last
 * complete one ({@code to}); periods are computed from {@code computeFrom} on (an incremental night recomputes
 * only the months its new data touches; earlier periods stay as the lake has them). {@code from} stays the data's
 * first month either way: a streak that would reach before it does not count (MemberStreakRule), and an alarm
 * never satisfied is open since it.
 */
public record Periods(YearMonth from, YearMonth to, YearMonth computeFrom) {

    static final StructType SCHEMA = new StructType()
            .add("period_type", DataTypes.StringType, false)
            .add("period_start", DataTypes.DateType, false)
            .add("period_end", DataTypes.DateType, false);

    public Periods {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("empty assessment window " + from + " .. " + to);
        }
        if (computeFrom.isBefore(from)) {
            computeFrom = from;
        }
    }

    /** Every period of the window computed (a full night). */
    public Periods(YearMonth from, YearMonth to) {
        this(from, to, from);
    }

    /**
     * The same window, recomputing what a change in {@code month} can reach: from the start of the longest period
     * containing it that is complete (a March change recomputes the first quarter when it is complete, and the
     * year once it is), so that no period is cut — gold is partitioned by the month a period starts in, and
     * every month from this one on is rewritten. A month after the window computes nothing.
     */
    public Periods recomputing(YearMonth month) {
        YearMonth start = month;
        for (PeriodType type : PeriodType.values()) {
            java.time.LocalDate s = type.startOf(month.atDay(1));
            if (!type.endOf(s).isAfter(to.atEndOfMonth()) && YearMonth.from(s).isBefore(start)) {
                start = YearMonth.from(s);
            }
        }
        return new Periods(from, to, start);
    }

    /** The same window computing no period (an incremental night that found nothing to recompute). */
    public Periods computingNothing() {
        return new Periods(from, to, to.plusMonths(1));
    }

    /** The same window computing its last month only (what is open now: alarms, the period in progress). */
    public Periods lastMonth() {
        return new Periods(from, to, to);
    }

    /** Whether this window computes nothing (an incremental night that found nothing to recompute). */
    public boolean computesNothing() {
        return computeFrom.isAfter(to);
    }

    /** period_type, period_start, period_end for every period of that type within the window. */
    public Dataset<Row> of(SparkSession spark, PeriodType type) {
        List<Row> rows = (computesNothing() ? List.<java.time.LocalDate>of() : type.startsWithin(computeFrom, to)).stream()
                .map(s -> RowFactory.create(type.name(), Date.valueOf(s), Date.valueOf(type.endOf(s))))
                .toList();
        return spark.createDataFrame(rows, SCHEMA);
    }

    /** One column {@code day}: the last day of each month computed. */
    public Dataset<Row> monthEnds(SparkSession spark) {
        return of(spark, PeriodType.MONTH).selectExpr("period_end AS day");
    }
}
