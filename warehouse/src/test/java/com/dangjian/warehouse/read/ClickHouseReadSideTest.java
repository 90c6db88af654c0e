package com.dangjian.warehouse.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClickHouseReadSideTest {

    @Test
    void qualifiesBareTableNamesOnly() {
        assertThat(ClickHouseReadSide.qualify("SELECT a FROM rule_result WHERE x IN (SELECT y FROM other.t) ORDER BY a", "dj"))
                .isEqualTo("SELECT a FROM dj.rule_result WHERE x IN (SELECT y FROM other.t) ORDER BY a");
        assertThat(ClickHouseReadSide.qualify("select count() from\n  org_scorecard_monthly", "dj"))
                .isEqualTo("select count() from\n  dj.org_scorecard_monthly");
        assertThat(ClickHouseReadSide.qualify("SELECT * FROM (SELECT 1) JOIN dim_organisation USING (k)", "dj"))
                .isEqualTo("SELECT * FROM (SELECT 1) JOIN dj.dim_organisation USING (k)");
    }
}
