package com.dangjian.transform.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import com.dangjian.transform.TestSpark;

class OrgTrendMonthlyTest {

    @Test
    void movingAverageSlopeQuarterAndYearChanges() {
        // Overall 10, 20, …, 130 for January 2023 – January 2024 (13 months), nothing else.
        // January 2024: ma3 = (110+120+130)/3 = 120; slope6 = 10 per month; qoq = 130 − 100 = 30; yoy = 130 − 10 = 120.
        // February 2023 (2 points): slope needs 3 months → empty; qoq and yoy → empty.
        StructType schema = new StructType().add("org_code", DataTypes.StringType).add("org_type", DataTypes.StringType)
                .add("month", DataTypes.DateType).add("compliance_index", DataTypes.DoubleType)
                .add("engagement_index", DataTypes.DoubleType).add("evaluation_score", DataTypes.DoubleType)
                .add("overall_score", DataTypes.DoubleType);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            rows.add(RowFactory.create("B1", "BRANCH", TestSpark.d(java.time.LocalDate.of(2023, 1, 1).plusMonths(i).toString()),
                    null, null, null, 10.0 * (i + 1)));
        }
        List<String> r = OrgTrendMonthly.build(TestSpark.spark().createDataFrame(rows, schema)).orderBy("month").collectAsList()
                .stream().map(x -> x.getDate(2) + " " + fmt(x, 5) + " " + fmt(x, 6) + " " + fmt(x, 7) + " " + fmt(x, 8)).toList();
        assertThat(r.get(1)).isEqualTo("2023-02-01 15.0 - - -");
        assertThat(r.get(12)).isEqualTo("2024-01-01 120.0 10.0 30.0 120.0");
    }

    private static String fmt(Row r, int i) {
        return r.isNullAt(i) ? "-" : String.format("%.1f", r.getDouble(i));
    }
}
