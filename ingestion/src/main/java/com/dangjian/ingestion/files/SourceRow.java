package com.dangjian.ingestion.files;

import java.util.List;

import com.dangjian.contracts.bronze.Reject.ReasonCode;

/**
 * One row of a delimited file or a worksheet, with where it came from (file, sheet, line or row number), its
 * cells, the file's header mapping and the raw text kept for a reject. A file (or sheet) the night refuses as a
 * whole is one row numbered 0 with its {@link Refusal}.
 */
public record SourceRow(String file, String sheet, long number, List<String> cells, HeaderMap header, String raw,
                        Refusal refusal) {

    /** Why a whole file or sheet is not read, in English and Chinese, and what to do. */
    public record Refusal(ReasonCode reason, String message) {
    }

    public SourceRow(String file, String sheet, long number, List<String> cells, HeaderMap header, String raw) {
        this(file, sheet, number, cells, header, raw, null);
    }

    /** The one row standing for a refused file or sheet. */
    public static SourceRow refused(String file, String sheet, ReasonCode reason, String message, String raw) {
        return new SourceRow(file, sheet, 0, List.of(), null, raw, new Refusal(reason, message));
    }

    public String get(String canonical) {
        return header.get(cells, canonical);
    }

    public boolean blank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    /** "dues-202403.csv:17" or "evaluations-2024.xlsx!党建考核:5". */
    public String where() {
        return file + (sheet == null ? "" : "!" + sheet) + ":" + number;
    }
}
