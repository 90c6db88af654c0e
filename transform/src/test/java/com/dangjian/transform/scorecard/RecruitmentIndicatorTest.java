package com.dangjian.transform.scorecard;

import static com.dangjian.transform.TestSpark.d;
import static com.dangjian.transform.TestSpark.t;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

import com.dangjian.contracts.bronze.BronzeSchemas;
import com.dangjian.transform.SparkSchemas;
import com.dangjian.transform.TestSpark;

class RecruitmentIndicatorTest {

    @Test
    void completionIsNewProbationaryMembersOverPlanCappedAtOne() {
        // B1 plans 2 in 2024: candidates K1, K2, K3 reach PROBATIONARY in 2024 (K1 twice: one candidate) → 3/2 → 1.
        // B2 plans 4 in 2024: K4 reaches PROBATIONARY; K5 only ACTIVIST → 1/4 = 0.25. B3 plans 0 → empty.
        var spark = TestSpark.spark();
        var plans = spark.createDataFrame(List.of(
                RowFactory.create("B1", 2024, 2, t("2024-01-01T00:00:00+08:00")),
                RowFactory.create("B2", 2024, 4, t("2024-01-01T00:00:00+08:00")),
                RowFactory.create("B3", 2024, 0, t("2024-01-01T00:00:00+08:00"))), SparkSchemas.of(BronzeSchemas.RECRUITMENT_PLAN));
        var events = spark.createDataFrame(List.of(
                RowFactory.create("E1", "K1", "B1", "PROBATIONARY", d("2024-03-01"), t("2024-03-01T00:00:00+08:00")),
                RowFactory.create("E2", "K1", "B1", "PROBATIONARY", d("2024-03-02"), t("2024-03-02T00:00:00+08:00")),
                RowFactory.create("E3", "K2", "B1", "PROBATIONARY", d("2024-05-01"), t("2024-05-01T00:00:00+08:00")),
                RowFactory.create("E4", "K3", "B1", "PROBATIONARY", d("2024-12-31"), t("2024-12-31T00:00:00+08:00")),
                RowFactory.create("E5", "K4", "B2", "PROBATIONARY", d("2024-07-01"), t("2024-07-01T00:00:00+08:00")),
                RowFactory.create("E6", "K5", "B2", "ACTIVIST", d("2024-07-01"), t("2024-07-01T00:00:00+08:00")),
                RowFactory.create("E7", "K6", "B2", "PROBATIONARY", d("2023-07-01"), t("2023-07-01T00:00:00+08:00"))),
                SparkSchemas.of(BronzeSchemas.RECRUITMENT_EVENT));
        assertThat(RecruitmentIndicator.build(plans, events).orderBy("org_code").collectAsList()).extracting(
                r -> r.getString(0) + " " + r.getLong(3) + " " + (r.isNullAt(4) ? "-" : r.getDouble(4)))
                .containsExactly("B1 3 1.0", "B2 1 0.25", "B3 0 -");
    }
}
