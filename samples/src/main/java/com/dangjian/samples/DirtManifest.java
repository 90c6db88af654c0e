package com.dangjian.samples;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code dirt-manifest.jsonl}: one JSON object per injected defect, so tests can show each was rejected,
 * repaired or deduplicated and never silently dropped. Appended to by later nights.
 */
public final class DirtManifest implements Closeable {

    public static final String FILE = "dirt-manifest.jsonl";

    private final BufferedWriter out;
    private final Map<Defect, Integer> counts = new EnumMap<>(Defect.class);

    DirtManifest(Path dir, boolean append) {
        try {
            out = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(FILE), e);
        }
    }

    /** A defect on a line of a text file (1-based physical line). */
    void line(String source, String file, int line, Defect defect, String key, String detail) {
        write(source, file, null, line, null, defect, key, detail);
    }

    /** A defect on a row of a sheet (1-based, as Excel numbers rows). */
    void row(String source, String file, String sheet, int row, Defect defect, String key, String detail) {
        write(source, file, sheet, null, row, defect, key, detail);
    }

    /** A whole-file or whole-sheet defect (sheet null for text files). */
    void file(String source, String file, String sheet, Defect defect, String detail) {
        write(source, file, sheet, null, null, defect, null, detail);
    }

    /** A defect in a database row (registry): located by table and key, no line or row. */
    void record(String source, String table, Defect defect, String key, String detail) {
        write(source, table, null, null, null, defect, key, detail);
    }

    private void write(String source, String file, String sheet, Integer line, Integer row, Defect defect, String key,
                       String detail) {
        StringBuilder b = new StringBuilder(200);
        b.append("{\"source\":").append(Json.str(source))
                .append(",\"file\":").append(Json.str(file))
                .append(",\"sheet\":").append(Json.str(sheet))
                .append(",\"line\":").append(line == null ? "null" : line.toString())
                .append(",\"row\":").append(row == null ? "null" : row.toString())
                .append(",\"defect\":").append(Json.str(defect.name()))
                .append(",\"expect\":").append(Json.str(defect.expect().name()))
                .append(",\"key\":").append(Json.str(key))
                .append(",\"detail\":").append(Json.str(detail)).append("}\n");
        try {
            out.write(b.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        counts.merge(defect, 1, Integer::sum);
    }

    Map<Defect, Integer> counts() {
        return counts;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
