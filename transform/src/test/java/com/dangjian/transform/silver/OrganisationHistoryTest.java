package com.dangjian.transform.silver;

import static com.dangjian.transform.TestSpark.d;
import static com.dangjian.transform.TestSpark.t;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

import com.dangjian.contracts.bronze.BronzeSchemas;
import com.dangjian.transform.SparkSchemas;
import com.dangjian.transform.TestSpark;

class OrganisationHistoryTest {

    private static Row version(String code, String name, String secretary, String updatedAt) {
        return RowFactory.create(code, name, "BRANCH", "C1", "办公室", "ORGAN", "PROVINCE", d("2010-01-01"), null,
                d("2023-06-01"), 3, secretary, t(updatedAt));
    }

    private static String china(java.sql.Timestamp t) {
        return t == null ? "null" : t.toInstant().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDateTime().toString();
    }

    @Test
    void eachVersionANightSawIsValidUntilTheNextAndAVersionReadTwiceCountsOnce() {
        // B1 renamed on 5 March and its secretary changed on 20 March; the 5 March version was landed by two
        // nights (updated_at equal to the watermark is read again). B2 never changed.
        var landed = TestSpark.spark().createDataFrame(List.of(
                version("B1", "第一支部", "P1", "2024-01-10T09:00:00+08:00"),
                version("B1", "机关第一支部", "P1", "2024-03-05T10:00:00+08:00"),
                version("B1", "机关第一支部", "P1", "2024-03-05T10:00:00+08:00"),
                version("B1", "机关第一支部", "P7", "2024-03-20T16:30:00+08:00"),
                version("B2", "第二支部", "P2", "2024-01-10T09:00:00+08:00")), SparkSchemas.of(BronzeSchemas.ORG_UNIT));

        List<String> history = OrganisationHistory.build(landed).collectAsList().stream()
                .map(r -> r.getAs("org_code") + " " + r.getAs("name") + " " + r.getAs("secretary_member_id") + " "
                        + china(r.getAs("valid_from")) + " → " + china(r.getAs("valid_to")) + " " + r.getAs("is_current"))
                .sorted().toList();

        assertThat(history).containsExactly(
                "B1 机关第一支部 P1 2024-03-05T10:00 → 2024-03-20T16:30 false",
                "B1 机关第一支部 P7 2024-03-20T16:30 → null true",
                "B1 第一支部 P1 2024-01-10T09:00 → 2024-03-05T10:00 false",
                "B2 第二支部 P2 2024-01-10T09:00 → null true");
    }
}
