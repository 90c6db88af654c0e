package com.dangjian.ingestion.bronze;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.avro.generic.GenericRecord;
import com.dangjian.contracts.bronze.Reject;
import com.dangjian.contracts.lake.BronzeLayout;

/** The files (or sheets) a night refused as a whole: its file-level rejects, for the report and the data page. */
public final class RefusedFiles {

    /** One refused file: where, why (reason code) and what to do (the reject's message, English and Chinese). */
    public record Refused(String source, String table, String file, String reason, String message) {
    }

    private RefusedFiles() {
    }

    public static List<Refused> of(BronzeLayout layout, LocalDate ingestDate, String runId) {
        Path root = layout.rejectRoot();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Refused> out = new ArrayList<>();
        String run = "ingest_date=" + ingestDate + "/run_id=" + runId;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".parquet") && p.getParent().toString().endsWith(run)).sorted().toList()) {
                for (GenericRecord r : ParquetFiles.read(f)) {
                    if (Reject.ReasonCode.valueOf(r.get("reason_code").toString()).fileLevel()) {
                        out.add(new Refused(r.get("source").toString(), r.get("table_name").toString(), r.get("file").toString(),
                                r.get("reason_code").toString(), r.get("message").toString()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the rejects under " + root, e);
        }
        return out;
    }
}
