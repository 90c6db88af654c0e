package com.dangjian.ingestion.batch;

import java.nio.file.Path;
import java.time.LocalDate;

import javax.sql.DataSource;

import com.dangjian.ingestion.files.Plausible;

/**
 * What one night's ingestion reads and where it lands: run id, date, registry, inbox and lake, and the dates a
 * row may plausibly carry.
 */
public record IngestionRun(String runId, LocalDate runDate, DataSource registry, Path inbox, Path lake, Plausible plausible) {

    /** With the plausible range of the night, from 1949-10-01 on (no registry floor known). */
    public IngestionRun(String runId, LocalDate runDate, DataSource registry, Path inbox, Path lake) {
        this(runId, runDate, registry, inbox, lake, Plausible.forNight(runDate, null));
    }
}
