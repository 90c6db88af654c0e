package com.dangjian.warehouse.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import com.dangjian.transform.SparkSessions;

/**
 * On 18.16 a part replaced by REPLACE PARTITION stays on disk for old_parts_lifetime, and a server restart in
 * that window brings it back: the live table would hold old and new rows. The loader must never report such a
 * load as complete, and a rerun must repair it.
 */
class PartitionLoaderRestartIT {

    static final String DB = "dangjian_restart_it";
    static final StructType SCHEMA = new StructType().add("k", DataTypes.StringType).add("d", DataTypes.DateType);

    static Dataset<Row> rows(String... keys) {
        return SparkSessions.getOrCreate("local[2]").createDataFrame(
                java.util.Arrays.stream(keys).map(k -> RowFactory.create(k, Date.valueOf("2024-01-15"))).toList(), SCHEMA);
    }

    @Test
    void aRestartInTheOldPartsWindowIsDetectedAndARerunLeavesExactlyTheNewRows() throws Exception {
        // A long old_parts_lifetime keeps the replaced part on disk until the restart, as the 480 s default would.
        ClickHouseSettings settings = new ClickHouseSettings(WarehouseTestServer.URL, DB, "default", "", 600, 1, 5);
        try (ClickHouse ch = new ClickHouse(settings)) {
            ch.execute("DROP DATABASE IF EXISTS " + DB);
            ch.execute("CREATE DATABASE " + DB);
            ch.execute("CREATE TABLE " + DB + ".t (k String, d Date) ENGINE = MergeTree PARTITION BY toYYYYMM(d) ORDER BY k"
                    + " SETTINGS old_parts_lifetime = 600");
            PartitionLoader loader = new PartitionLoader(ch);
            assertThat(loader.load("t", rows("a", "b", "c"))).isEqualTo(3);
            loader.load("t", rows("x", "y"));
        }
        WarehouseTestServer.restart();
        try (ClickHouse ch = new ClickHouse(settings)) {
            // The replaced part is back: 3 old + 2 new rows. The night does not call this complete.
            assertThat(ch.count("SELECT count() FROM " + DB + ".t")).isEqualTo(5);
            PartitionLoader loader = new PartitionLoader(ch);
            assertThatThrownBy(() -> loader.settle(Map.of("t", 2L)))
                    .hasMessageContaining("holds 5 rows after the load, expected 2")
                    .hasMessageContaining("rerun the night");

            // The rerun of the night replaces the whole partition again: exactly the new rows.
            loader.load("t", rows("x", "y"));
            assertThat(ch.query("SELECT k FROM " + DB + ".t ORDER BY k").rows()).containsExactly(List.of("x"), List.of("y"));
        }
    }
}
