package com.dangjian.contracts.bronze;

import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * A record that could not be read or conformed. Kept with its origin, the reason and the raw text,
 * so that for every source and run: read = loaded + rejected.
 */
public record Reject(String source, String table, String file, long line, ReasonCode reason, String message,
                     String raw) {

    public enum ReasonCode {
        INVALID_JSON, MISSING_FIELD, MISSING_COLUMN, INVALID_VALUE, UNKNOWN_CODE, INVALID_DATE, MALFORMED_ROW,
        UNKNOWN_ORG, UNKNOWN_MEMBER, EMPTY_SHEET,
        /** A date that cannot have happened: after the night (and today), or before the department existed. */
        DATE_OUT_OF_RANGE,
        /** Bytes that are not valid in the file's charset (decoded as U+FFFD): the value cannot be trusted. */
        INVALID_ENCODING,
        /** File-level: the file is empty (or holds only a byte-order mark or blank lines). */
        FILE_EMPTY,
        /** File-level: the file cannot be opened as what its name says (a truncated or mislabelled workbook). */
        FILE_UNREADABLE,
        /** File-level: the header (of the file, or of the sheet) lacks a column the contract requires. */
        FILE_WRONG_HEADER;

        /**
         * Whether the reject stands for a whole file (or sheet) the night refused, rather than one row. (An
         * EMPTY_SHEET is a sheet with no rows to read — reported, not a file refused.)
         */
        public boolean fileLevel() {
            return this == FILE_EMPTY || this == FILE_UNREADABLE || this == FILE_WRONG_HEADER;
        }
    }

    public GenericRecord toAvro(String runId, String ingestDate) {
        GenericRecord r = new GenericData.Record(BronzeSchemas.REJECT);
        r.put("run_id", runId);
        r.put("ingest_date", ingestDate);
        r.put("source", source);
        r.put("table_name", table);
        r.put("file", file);
        r.put("line", line);
        r.put("reason_code", reason.name());
        r.put("message", message);
        r.put("raw", raw == null ? "" : raw);
        return r;
    }
}
