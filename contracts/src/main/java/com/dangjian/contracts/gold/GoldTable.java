package com.dangjian.contracts.gold;

import java.util.List;
import java.util.Optional;

/**
 * A gold table's descriptor (contracts' gold-tables.yaml): the same name and columns in the Parquet lake and in
 * ClickHouse. {@code lakePartition} is the date column whose month partitions the Parquet table; {@code
 * clickHousePartition} the date column whose month partitions the ClickHouse one; {@code orderBy} ClickHouse's
 * ORDER BY; {@code about} and {@code notes} the data dictionary's text before and after the column table.
 */
public record GoldTable(String name, String zh, String en, String about, String notes, String lakePartition,
                        String clickHousePartition, String orderBy, Home home, List<GoldColumn> columns) {

    /**
     * The storage column of a lake table with a {@code lakePartition}: the yyyyMM of that date (202610, as
     * ClickHouse's toYYYYMM gives it), written by the transform and left out by every reader.
     */
    public static final String LAKE_PARTITION_COLUMN = "p_month";

    /** Where the table lives: in both (what the transform writes), or in ClickHouse only (the night's run_log). */
    public enum Home { LAKE_AND_CLICKHOUSE, CLICKHOUSE }

    public List<String> columnNames() {
        return columns.stream().map(GoldColumn::name).toList();
    }

    /** The columns a transform step computes (without run_id and computed_at, which the night stamps). */
    public List<GoldColumn> computedColumns() {
        return columns.stream().filter(c -> !c.stamp()).toList();
    }

    public Optional<GoldColumn> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The same table with one more column (a descriptor change, as tests make it). */
    public GoldTable withColumn(GoldColumn extra) {
        List<GoldColumn> more = new java.util.ArrayList<>(columns);
        more.add(extra);
        return new GoldTable(name, zh, en, about, notes, lakePartition, clickHousePartition, orderBy, home, List.copyOf(more));
    }

    @Override
    public String toString() {
        return name;
    }
}
