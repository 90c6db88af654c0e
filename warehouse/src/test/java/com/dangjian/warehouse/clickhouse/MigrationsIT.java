package com.dangjian.warehouse.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MigrationsIT {

    @Test
    void migrationsApplyToAnEmptyServerAndAreANoOpTheSecondTime() {
        ClickHouseSettings settings = WarehouseTestServer.settings("dangjian_migrations_it");
        try (ClickHouse ch = new ClickHouse(settings)) {
            ch.execute("DROP DATABASE IF EXISTS dangjian_migrations_it");
            assertThat(new Migrations(ch).apply()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
            assertThat(new Migrations(ch).apply()).isEmpty();
            assertThat(new Migrations(ch).appliedVersions()).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
            assertThat(ch.query("SHOW TABLES FROM dangjian_migrations_it").rows()).extracting(r -> r.get(0))
                    .contains("dim_organisation", "rule_result", "org_scorecard_monthly", "ingest_reject", "schema_history");
            assertThat(ch.count("SELECT count() FROM system.tables WHERE database = 'dangjian_migrations_it'"
                    + " AND name = 'rule_result' AND engine = 'MergeTree'")).isEqualTo(1);
        }
    }
}
