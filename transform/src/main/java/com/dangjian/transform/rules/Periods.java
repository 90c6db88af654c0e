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

/** The assessment window of a night: months from the first month the data covers to the last complete one. */
public record Periods(YearMonth from, YearMonth to) {

    static final StructType SCHEMA = new StructType()
            .add("period_type", DataTypes.StringType, false)
            .add("period_start", DataTypes.DateType, false)
            .add("period_end", DataTypes.DateType, false);

    public Periods {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("empty assessment window " + from + " .. " + to);
        }
    }

    /** period_type, period_start, period_end for every period of that type within the window. */
    public Dataset<Row> of(SparkSession spark, PeriodType type) {
        List<Row> rows = type.startsWithin(from, to).stream()
                .map(s -> RowFactory.create(type.name(), Date.valueOf(s), Date.valueOf(type.endOf(s))))
                .toList();
        return spark.createDataFrame(rows, SCHEMA);
    }

    /** One column {@code day}: the last day of each month in the window. */
    public Dataset<Row> monthEnds(SparkSession spark) {
        return of(spark, PeriodType.MONTH).selectExpr("period_end AS day");
    }
}
