package com.dangjian.warehouse.read;

import com.dangjian.warehouse.clickhouse.Tsv;

/**
 * The one read side of dashboards and analysts: SQL over the gold table names, answered by ClickHouse or, in
 * embedded mode, by Spark over the gold Parquet lake. Queries use the dialect both share (single-table
 * SELECT, WHERE, GROUP BY, ORDER BY, round): results come back as text, formatted the same by both.
 */
public interface GoldReadSide extends AutoCloseable {

    Tsv.Table query(String sql);

    /** An analyst's ad hoc query, already checked by {@link ReadOnlySql}; the server also refuses writes where it can. */
    default Tsv.Table analystQuery(String sql) {
        return query(sql);
    }

    /** Where the answers come from, for the data-status page. */
    String description();

    @Override
    default void close() {
    }
}
