/**
 * Warehouse: ClickHouse's versioned schema, crash-safe table swaps, the run log, and the one read side of the
 * dashboards and analysts (ClickHouse, or the gold Parquet lake through a locked, read-only DuckDB) with the
 * analysts' door. May import: contracts, the ClickHouse client, DuckDB. Never Spark (the loader that streams
 * gold from Spark lives in jobs), Spring or ingestion/transform.
 */
package com.dangjian.warehouse;
