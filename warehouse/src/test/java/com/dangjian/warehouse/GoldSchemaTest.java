package com.dangjian.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.dangjian.contracts.gold.GoldColumn;
import com.dangjian.contracts.gold.GoldTable;
import com.dangjian.contracts.gold.GoldTables;
import com.dangjian.warehouse.clickhouse.SchemaCheck;

/** The gold descriptors and the ClickHouse migrations agree in every table, column and type. */
class GoldSchemaTest {

    @Test
    void everyDescriptorIsWhatTheMigrationsCreate() {
        Map<String, Map<String, String>> migrated = SchemaCheck.migrated();
        for (GoldTable t : GoldTables.WAREHOUSE) {
            assertThat(SchemaCheck.differences(t, migrated.get(t.name()))).as(t.name()).isEmpty();
        }
        assertThat(migrated.keySet()).containsAll(GoldTables.WAREHOUSE.stream().map(GoldTable::name).toList());
    }

    @Test
    void aColumnAddedToADescriptorWithoutAMigrationIsNamed() {
        GoldTable changed = GoldTables.RULE_RESULT.withColumn(new GoldColumn("severity", "Nullable(String)", "严重程度", "severity", null));
        assertThat(SchemaCheck.differences(changed, SchemaCheck.migrated().get("rule_result"))).containsExactly(
                "rule_result.severity (Nullable(String)) is in the descriptor but not in ClickHouse: add a migration (ALTER TABLE … ADD COLUMN)");
    }
}
