package com.dangjian.warehouse.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import com.dangjian.contracts.config.ClickHouseSettings;

class MigrationsIT {

    @Test
    void migrationsApplyToAnEmptyServerAndAreANoOpTheSecondTime() {
        ClickHouseSettings settings = WarehouseTestServer.settings("dangjian_migrations_it");
        try (ClickHouse ch = new ClickHouse(settings)) {
            ch.execute("DROP DATABASE IF EXISTS dangjian_migrations_it");
            assertThat(new Migrations(ch).apply()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
            assertThat(new Migrations(ch).apply()).isEmpty();
            assertThat(new Migrations(ch).appliedVersions()).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9);
            assertThat(ch.query("SHOW TABLES FROM dangjian_migrations_it").rows()).extracting(r -> r.get(0))
                    .contains("dim_organisation", "rule_result", "org_scorecard_monthly", "ingest_reject", "schema_history");
            assertThat(ch.count("SELECT count() FROM system.tables WHERE database = 'dangjian_migrations_it'"
                    + " AND name = 'rule_result' AND engine = 'MergeTree'")).isEqualTo(1);
        }
    }

    /** The night's check against the migrated server: a descriptor with a column no migration adds fails, naming it. */
    @Test
    void theNightsSchemaCheckNamesAColumnNoMigrationAdded() {
        ClickHouseSettings settings = WarehouseTestServer.settings("dangjian_schema_it");
        try (ClickHouse ch = new ClickHouse(settings)) {
            ch.execute("DROP DATABASE IF EXISTS dangjian_schema_it");
            new Migrations(ch).apply();
            SchemaCheck.requireAgreement(ch, com.dangjian.contracts.gold.GoldTables.WAREHOUSE);
            var changed = com.dangjian.contracts.gold.GoldTables.FACT_STUDY.withColumn(
                    new com.dangjian.contracts.gold.GoldColumn("device", "Nullable(String)", "学习终端", "device", null));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> SchemaCheck.requireAgreement(ch, java.util.List.of(changed)))
                    .hasMessageContaining("fact_study.device (Nullable(String)) is in the descriptor but not in ClickHouse");
        }
    }
}
