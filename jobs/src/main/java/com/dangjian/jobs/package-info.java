/**
 * Jobs: the command line ({@code ./dangjian}), the night's orchestration (ingest → transform → warehouse →
 * dashboards, with its lock, report and exit codes), the Spark-to-ClickHouse loader, and operations (backfill,
 * status, doctor). The one module that wires the others together: may import every module but bench and notebooks.
 */
package com.dangjian.jobs;
