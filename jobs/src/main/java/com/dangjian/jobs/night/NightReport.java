package com.dangjian.jobs.night;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * What a night did, for operators and the benchmark: outcome, stale sources and every stage line, written as
 * JSON and as the text the night printed, under {@code <site>/reports/night-<date>.*} (a rerun replaces them).
 */
public record NightReport(String asOf, String runId, String outcome, String mode, String modeReason, List<String> staleSources,
                          List<com.dangjian.ingestion.bronze.RefusedFiles.Refused> refusedFiles, List<String> warnings,
                          String startedAt, String finishedAt, double seconds, List<StageLine> stages) {

    /**
     * @param scope what the transform recomputed and why (null when it did not run)
     */
    static NightReport of(LocalDate asOf, String runId, int exitCode, com.dangjian.transform.incremental.NightScope scope,
                          List<String> staleSources,
                          List<com.dangjian.ingestion.bronze.RefusedFiles.Refused> refusedFiles, List<String> warnings,
                          OffsetDateTime started, OffsetDateTime finished, List<StageLine> stages) {
        return new NightReport(asOf.toString(), runId == null ? "" : runId, NightRun.outcomeName(exitCode),
                scope == null ? "" : scope.mode(), scope == null ? "" : scope.describe(), List.copyOf(staleSources),
                List.copyOf(refusedFiles), List.copyOf(warnings), started.toString(), finished.toString(),
                java.time.Duration.between(started, finished).toMillis() / 1000.0, List.copyOf(stages));
    }

    /** Writes night-DATE.json and night-DATE.txt into {@code dir}; returns the JSON file. */
    Path writeTo(Path dir) {
        try {
            Files.createDirectories(dir);
            Path json = dir.resolve("night-" + asOf + ".json");
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), this);
            StringBuilder text = new StringBuilder("night " + asOf + "  run " + runId + "  " + outcome + "  "
                    + startedAt + " → " + finishedAt + String.format("  %.1f s%n", seconds));
            if (!mode.isEmpty()) {
                text.append("transform ").append(modeReason).append('\n');
            }
            stages.forEach(s -> text.append(s).append('\n'));
            if (!staleSources.isEmpty()) {
                text.append("stale sources: ").append(String.join(", ", staleSources)).append('\n');
            }
            refusedFiles.forEach(r -> text.append("refused file: ").append(r.source()).append(' ').append(r.file()).append(' ')
                    .append(r.reason()).append(" — ").append(r.message()).append('\n'));
            warnings.forEach(w -> text.append("warning: ").append(w).append('\n'));
            Files.writeString(dir.resolve("night-" + asOf + ".txt"), text);
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
