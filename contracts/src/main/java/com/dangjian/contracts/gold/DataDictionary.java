package com.dangjian.contracts.gold;

import java.util.List;

/**
 * docs/data-dictionary.md, rendered from the gold descriptors (gold-tables.yaml): every table and column in
 * Chinese and English, in the warehouse's order. The file is generated, never edited: {@code
 * DataDictionaryTest} fails when it differs and says how to write it again.
 */
public final class DataDictionary {

    private DataDictionary() {
    }

    public static String markdown(List<GoldTable> tables) {
        StringBuilder b = new StringBuilder("""
                # Data dictionary — gold tables (数据字典)

                The gold tables have the same names and columns in the Parquet lake (`lake/gold/<table>/`) and in ClickHouse
                (database `dangjian` by default). This file is generated from the tables' descriptors
                (`contracts/src/main/resources/gold-tables.yaml`, the one place their columns are written); `GoldSchemaTest`
                checks those against the ClickHouse migrations and `DataDictionaryTest` this file against them, so neither can
                drift. In Parquet, tables with a business date are partitioned by `p_month` (that date's year and month as
                yyyyMM, like ClickHouse's `toYYYYMM`), a storage column that is not loaded into ClickHouse.
                """);
        for (GoldTable t : tables) {
            b.append("\n## ").append(t.name()).append(" — ").append(t.zh()).append(" / ").append(t.en()).append('\n');
            if (t.about() != null) {
                b.append(t.about()).append("\n\n");
            }
            b.append("| column | 中文 | English |\n|---|---|---|\n");
            for (GoldColumn c : t.columns()) {
                b.append("| ").append(c.name()).append(" | ").append(c.zh()).append(" | ").append(c.en()).append(" |\n");
            }
            if (t.notes() != null) {
                b.append('\n').append(t.notes()).append('\n');
            }
        }
        return b.toString();
    }
}
