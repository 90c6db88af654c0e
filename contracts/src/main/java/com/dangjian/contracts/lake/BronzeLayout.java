package com.dangjian.contracts.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where bronze lives: {@code lake/bronze/<source>/<table>/ingest_date=YYYY-MM-DD/run_id=<run>/part-*.parquet},
 * rejects under {@code lake/bronze/_rejects/source=<source>/ingest_date=…/run_id=…}. A directory is complete
 * when its {@code _SUCCESS} marker exists; readers ignore directories without one.
 */
public record BronzeLayout(Path lake) {

    public static final String SUCCESS = "_SUCCESS";
    /** Beside a file source's rows: the inbox files (SHA-256, name) that run read, so no file is read twice. */
    public static final String MANIFEST = "_files.tsv";

    public Path bronze() {
        return lake.resolve("bronze");
    }

    public Path tableDir(com.dangjian.contracts.bronze.BronzeTable table, LocalDate ingestDate, String runId) {
        return tableDir(table.source(), table.table(), ingestDate, runId);
    }

    /** Every completed run directory of a table, oldest first (ingest date, then run id). */
    public List<Path> completedRuns(com.dangjian.contracts.bronze.BronzeTable table) {
        return completedRuns(table.source(), table.table());
    }

    public Path tableDir(String source, String table, LocalDate ingestDate, String runId) {
        return bronze().resolve(source).resolve(table)
                .resolve("ingest_date=" + ingestDate).resolve("run_id=" + runId);
    }

    public Path rejectDir(String source, String table, LocalDate ingestDate, String runId) {
        return bronze().resolve("_rejects").resolve("source=" + source).resolve("table=" + table)
                .resolve("ingest_date=" + ingestDate).resolve("run_id=" + runId);
    }

    public Path rejectRoot() {
        return bronze().resolve("_rejects");
    }

    /** Every completed run directory of a table, oldest first (ingest date, then run id). */
    public List<Path> completedRuns(String source, String table) {
        Path root = bronze().resolve(source).resolve(table);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dates = Files.list(root)) {
            return dates.filter(Files::isDirectory)
                    .flatMap(BronzeLayout::listDirs)
                    .filter(run -> Files.exists(run.resolve(SUCCESS)))
                    .sorted(Comparator.comparing((Path p) -> p.getParent().getFileName().toString())
                            .thenComparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list bronze " + root, e);
        }
    }

    private static Stream<Path> listDirs(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
