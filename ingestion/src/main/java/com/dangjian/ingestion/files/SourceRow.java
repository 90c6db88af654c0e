package com.dangjian.ingestion.files;

import java.util.List;

/**
 * One row of a delimited file or a worksheet, with where it came from (file, sheet, line or row number), its
 * cells, the file's header mapping and the raw text kept for a reject.
 */
public record SourceRow(String file, String sheet, long number, List<String> cells, HeaderMap header, String raw) {

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
