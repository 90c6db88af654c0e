package com.dangjian.transform.scorecard;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Trends of each index of each organisation (one row per organisation, month and index): the 3-month moving
 * average, the least-squares slope over the last 6 months (points per month; needs at least 3 of those
 * months), and the change against the same month a quarter and a year before (empty when that month has no
 * value). Windows are ranges of calendar months, so a missing month is a gap, not a shift.
 */
public final class OrgTrendMonthly {

    private OrgTrendMonthly() {
    }

    public static Dataset<Row> build(Dataset<Row> scorecards) {
        Dataset<Row> values = scorecards.select(col("org_code"), col("org_type"), col("month"),
                        expr("stack(4, 'compliance', compliance_index, 'engagement', engagement_index, "
                                + "'evaluation', evaluation_score, 'overall', overall_score) AS (index_name, value)"))
                .where(col("value").isNotNull())
                // Months since 2000: the slope's sums of x² stay small enough that its cancellation loses no digits
                // (with year × 12 the same slope differed in the ninth decimal between two runs).
                .withColumn("x", year(col("month")).minus(2000).multiply(12).plus(month(col("month"))).cast("long"));
        WindowSpec byIndex = Window.partitionBy("org_code", "index_name").orderBy("x");
        WindowSpec last3 = byIndex.rangeBetween(-2, 0);
        WindowSpec last6 = byIndex.rangeBetween(-5, 0);
        Column n = count("value").over(last6);
        Column sx = sum("x").over(last6);
        Column sy = sum("value").over(last6);
        Column sxy = sum(col("x").multiply(col("value"))).over(last6);
        Column sxx = sum(col("x").multiply(col("x"))).over(last6);
        Column slope = n.multiply(sxy).minus(sx.multiply(sy)).divide(n.multiply(sxx).minus(sx.multiply(sx)));
        return values
                .withColumn("ma3", avg("value").over(last3))
                .withColumn("slope6", when(n.geq(3), slope))
                .withColumn("qoq", col("value").minus(avg("value").over(byIndex.rangeBetween(-3, -3))))
                .withColumn("yoy", col("value").minus(avg("value").over(byIndex.rangeBetween(-12, -12))))
                .select("org_code", "org_type", "month", "index_name", "value", "ma3", "slope6", "qoq", "yoy");
    }
}
