package com.dangjian.ingestion.meetings;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.springframework.batch.item.ItemProcessor;

import com.dangjian.contracts.bronze.BronzeSchemas;
import com.dangjian.contracts.bronze.BronzeTable;
import com.dangjian.ingestion.bronze.Landed;
import com.dangjian.contracts.bronze.Reject;
import com.dangjian.contracts.bronze.Reject.ReasonCode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns one S2 JSON line into a bronze meeting row, or a reject naming the file, line and reason.
 * Blank lines are not records and are filtered (returned as null). Times without an offset are China time.
 */
public class MeetingParser implements ItemProcessor<SourceLine, Landed> {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The keys whose values are codes, dates and ids (kept in a reject's raw text); topic and any other are masked. */
    static final Set<String> SAFE_KEYS = Set.of("meeting_id", "org_code", "group_code", "type", "held_at",
            "lecturer_member_id", "expected", "present", "on_leave", "minutes_recorded", "updated_at", "deleted");

    private final com.dangjian.ingestion.files.Plausible plausible;

    public MeetingParser(com.dangjian.ingestion.files.Plausible plausible) {
        this.plausible = plausible;
    }

    /** With the plausible range of a night as of today. */
    public MeetingParser() {
        this(com.dangjian.ingestion.files.Plausible.forNight(java.time.LocalDate.now(CHINA), null));
    }

    @Override
    public Landed process(SourceLine line) {
        // A byte-order mark opens some exports (Notepad's UTF-8): it is not part of the first record.
        String text = (line.lineNumber() == 1 && line.text().startsWith("\uFEFF") ? line.text().substring(1) : line.text()).strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.indexOf('\uFFFD') >= 0) {
            return reject(line, ReasonCode.INVALID_ENCODING, "holds bytes that are not valid UTF-8: ask the platform to export"
                    + " it again in UTF-8 (含无法识别的字符，请重新导出)");
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return reject(line, ReasonCode.INVALID_JSON, "not a JSON object: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return reject(line, ReasonCode.INVALID_JSON, "not a JSON object");
        }
        try {
            return Landed.accepted(toRecord(node, line));
        } catch (InvalidMeeting e) {
            return reject(line, e.reason, e.getMessage());
        }
    }

    private GenericRecord toRecord(JsonNode n, SourceLine line) {
        GenericRecord r = new GenericData.Record(BronzeSchemas.MEETING);
        r.put("meeting_id", required(n, "meeting_id"));
        r.put("org_code", required(n, "org_code"));
        r.put("group_code", optional(n, "group_code"));
        String type = required(n, "type");
        if (!com.dangjian.contracts.bronze.SourceCodes.MEETING_TYPES.contains(type)) {
            throw new InvalidMeeting(ReasonCode.UNKNOWN_CODE, "type '" + type + "' is not a known meeting type");
        }
        r.put("type", type);
        long heldAt = instant(n, "held_at");
        try {
            plausible.date("held_at", java.time.Instant.ofEpochMilli(heldAt).atZone(CHINA).toLocalDate());
        } catch (com.dangjian.ingestion.files.Plausible.OutOfRange e) {
            throw new InvalidMeeting(ReasonCode.DATE_OUT_OF_RANGE, e.getMessage());
        }
        r.put("held_at", heldAt);
        r.put("topic", optional(n, "topic"));
        r.put("lecturer_member_id", optional(n, "lecturer_member_id"));
        r.put("expected", ids(n, "expected"));
        r.put("present", ids(n, "present"));
        r.put("on_leave", ids(n, "on_leave"));
        r.put("minutes_recorded", n.path("minutes_recorded").asBoolean(false));
        r.put("updated_at", instant(n, "updated_at"));
        r.put("deleted", n.path("deleted").asBoolean(false));
        r.put("source_file", line.file());
        r.put("source_line", line.lineNumber());
        return r;
    }

    private static String required(JsonNode n, String field) {
        String v = optional(n, field);
        if (v == null || v.isEmpty()) {
            throw new InvalidMeeting(ReasonCode.MISSING_FIELD, field + " is missing");
        }
        return v;
    }

    private static String optional(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText().strip();
    }

    private static long instant(JsonNode n, String field) {
        String v = required(n, field);
        try {
            return OffsetDateTime.parse(v).toInstant().toEpochMilli();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(v).atZone(CHINA).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                throw new InvalidMeeting(ReasonCode.INVALID_DATE, field + " '" + v + "' is not an ISO date-time");
            }
        }
    }

    private static List<String> ids(JsonNode n, String field) {
        JsonNode v = n.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw new InvalidMeeting(ReasonCode.INVALID_VALUE, field + " is not a list of member ids");
        }
        v.forEach(id -> out.add(id.asText().strip()));
        return out;
    }

    private static Landed reject(SourceLine line, ReasonCode reason, String message) {
        return Landed.rejected(new Reject(BronzeTable.MEETING.source(), BronzeTable.MEETING.table(), line.file(), line.lineNumber(), reason,
                line.file() + ":" + line.lineNumber() + ": " + message,
                com.dangjian.ingestion.files.Redaction.json(line.text(), SAFE_KEYS)));
    }

    private static final class InvalidMeeting extends RuntimeException {
        private final ReasonCode reason;

        InvalidMeeting(ReasonCode reason, String message) {
            super(message);
            this.reason = reason;
        }
    }
}
