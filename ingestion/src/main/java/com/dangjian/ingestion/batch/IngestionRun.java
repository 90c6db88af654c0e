package com.dangjian.ingestion.batch;

import java.nio.file.Path;
import java.time.LocalDate;

import javax.sql.DataSource;

/** What one night's ingestion reads and where it lands: run id, date, registry, inbox and lake. */
public record IngestionRun(String runId, LocalDate runDate, DataSource registry, Path inbox, Path lake) {
}
