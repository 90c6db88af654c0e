package com.dangjian.warehouse.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.dangjian.warehouse.clickhouse.Tsv;

class ReadOnlySqlTest {

    @Test
    void onlyOneReadingStatementGoesThrough() {
        assertThat(ReadOnlySql.check("  select count() from rule_result ; ")).isEqualTo("select count() from rule_result");
        assertThat(ReadOnlySql.check("-- who lags\nWITH x AS (SELECT 1) SELECT * FROM x")).startsWith("WITH");
        assertThat(ReadOnlySql.check("SELECT 'a;b' AS s")).isEqualTo("SELECT 'a;b' AS s");
        assertThat(ReadOnlySql.check("DESCRIBE alarm")).isEqualTo("DESCRIBE alarm");
        assertThatThrownBy(() -> ReadOnlySql.check("DROP TABLE rule_result")).isInstanceOf(ReadOnlySql.Refused.class)
                .hasMessageContaining("'DROP' is not allowed here");
        assertThatThrownBy(() -> ReadOnlySql.check("SELECT 1; DELETE FROM alarm")).hasMessageContaining("one statement at a time");
        assertThatThrownBy(() -> ReadOnlySql.check("/* hi */ INSERT INTO alarm VALUES (1)")).hasMessageContaining("'INSERT'");
        assertThatThrownBy(() -> ReadOnlySql.check("   ")).hasMessageContaining("no SQL given");
    }

    @Test
    void tablesAlignChineseTextAndCsvQuotes() {
        Tsv.Table t = new Tsv.Table(List.of("org_code", "name"), List.of(List.of("B1", "办公室党支部"), java.util.Arrays.asList("B2", null)));
        assertThat(TablePrinter.table(t)).isEqualTo("""
                org_code | name       \s
                ---------+-------------
                B1       | 办公室党支部
                B2       | NULL       \s
                2 rows
                """);
        assertThat(TablePrinter.csv(new Tsv.Table(List.of("a", "b"), List.of(List.of("x,y", "say \"hi\"")))))
                .isEqualTo("a,b\n\"x,y\",\"say \"\"hi\"\"\"\n");
    }

    @Test
    void showTablesAndDescribeAreQualifiedForClickHouse() {
        assertThat(ClickHouseReadSide.qualify("SHOW TABLES", "dj")).isEqualTo("SHOW TABLES FROM dj");
        assertThat(ClickHouseReadSide.qualify("DESCRIBE alarm", "dj")).isEqualTo("DESCRIBE dj.alarm");
        assertThat(ClickHouseReadSide.qualify("DESCRIBE TABLE alarm", "dj")).isEqualTo("DESCRIBE TABLE dj.alarm");
    }
}
