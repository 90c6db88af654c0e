package com.dangjian.notebooks;

import java.util.List;

import com.dangjian.contracts.gold.GoldTables;

/**
 * The data dictionary as data: each gold table with its Chinese and English titles and its columns with their
 * meanings — from the tables' descriptors (contracts gold-tables.yaml, which docs/data-dictionary.md is rendered
 * from), so a notebook can list what there is and set it beside what the warehouse holds.
 */
public final class DataDictionary {

    public record Column(String name, String chinese, String english) {
    }

    public record Table(String name, String chinese, String english, List<Column> columns) {
        public List<String> columnNames() {
            return columns.stream().map(Column::name).toList();
        }
    }

    private final List<Table> tables;

    private DataDictionary(List<Table> tables) {
        this.tables = List.copyOf(tables);
    }

    /** Every table of the warehouse, as its descriptor describes it. */
    public static DataDictionary load() {
        return new DataDictionary(GoldTables.WAREHOUSE.stream().map(t -> new Table(t.name(), t.zh(), t.en(),
                t.columns().stream().map(c -> new Column(c.name(), c.zh(), c.en())).toList())).toList());
    }

    public List<Table> tables() {
        return tables;
    }

    public Table table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table '" + name + "' in the data dictionary"));
    }

    /** One row per table: name, 中文, English, columns. */
    public Frame overview() {
        return new Frame(List.of("table", "中文", "English", "columns"),
                tables.stream().map(t -> List.<Object>of(t.name(), t.chinese(), t.english(), (long) t.columns().size())).toList());
    }

    /** One table's columns with their meanings. */
    public Frame columns(String table) {
        return new Frame(List.of("column", "中文", "English"),
                table(table).columns().stream().map(c -> List.<Object>of(c.name(), c.chinese(), c.english())).toList());
    }
}
