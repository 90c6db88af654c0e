package com.dangjian.ingestion.bronze;

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
        UNKNOWN_ORG, UNKNOWN_MEMBER, EMPTY_SHEET
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
