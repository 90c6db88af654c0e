package com.dangjian.ingestion.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

import com.dangjian.ingestion.bronze.Landed;
import com.dangjian.contracts.bronze.Reject;

class MeetingParserTest {

    private final MeetingParser parser = new MeetingParser();

    private Landed parse(String text, long line) {
        SourceLine l = new SourceLine(text, line);
        l.setResource(new org.springframework.core.io.ByteArrayResource(new byte[0]) {
            @Override
            public String getFilename() {
                return "meetings-20240201-020000.jsonl";
            }
        });
        return parser.process(l);
    }

    @Test
    void aValidLineBecomesATypedRowWithItsOrigin() {
        Landed landed = parse("{\"meeting_id\":\"M1\",\"org_code\":\" B1 \",\"type\":\"COMMITTEE\","
                + "\"held_at\":\"2024-01-31T23:30:00+08:00\",\"expected\":[\"P1\",\"P2\"],\"present\":[\"P1\"],"
                + "\"minutes_recorded\":true,\"updated_at\":\"2024-02-01T08:00:00+08:00\",\"deleted\":false}", 7);
        GenericRecord r = ((Landed.Accepted) landed).record();
        assertThat(r.get("org_code")).isEqualTo("B1");
        assertThat(r.get("held_at")).isEqualTo(Instant.parse("2024-01-31T15:30:00Z").toEpochMilli());
        assertThat(r.get("expected").toString()).isEqualTo("[P1, P2]");
        assertThat(r.get("on_leave").toString()).isEqualTo("[]");
        assertThat(r.get("source_file")).isEqualTo("meetings-20240201-020000.jsonl");
        assertThat(r.get("source_line")).isEqualTo(7L);
    }

    @Test
    void aTimeWithoutOffsetIsChinaTime() {
        GenericRecord r = ((Landed.Accepted) parse("{\"meeting_id\":\"M2\",\"org_code\":\"B1\",\"type\":\"THEME_DAY\","
                + "\"held_at\":\"2024-01-20T09:00:00\",\"updated_at\":\"2024-01-20T12:00:00+08:00\"}", 1)).record();
        assertThat(r.get("held_at")).isEqualTo(Instant.parse("2024-01-20T01:00:00Z").toEpochMilli());
    }

    @Test
    void badLinesAreRejectedWithFileLineReasonAndRawText() {
        Reject notJson = ((Landed.Rejected) parse("{\"meeting_id\":\"M4\",\"org_code\":\"B1\",\"held_at\":\"2024-01-2", 5)).reject();
        assertThat(notJson.reason()).isEqualTo(Reject.ReasonCode.INVALID_JSON);
        assertThat(notJson.file()).isEqualTo("meetings-20240201-020000.jsonl");
        assertThat(notJson.line()).isEqualTo(5);
        assertThat(notJson.raw()).startsWith("{\"meeting_id\":\"M4\"");
        assertThat(notJson.message()).startsWith("meetings-20240201-020000.jsonl:5: not a JSON object");

        Reject unknown = ((Landed.Rejected) parse("{\"meeting_id\":\"M3\",\"org_code\":\"B1\",\"type\":\"PICNIC\","
                + "\"held_at\":\"2024-01-21T09:00:00+08:00\",\"updated_at\":\"2024-01-21T12:00:00+08:00\"}", 4)).reject();
        assertThat(unknown.reason()).isEqualTo(Reject.ReasonCode.UNKNOWN_CODE);
        assertThat(unknown.message()).contains("type 'PICNIC'");

        Reject missing = ((Landed.Rejected) parse("{\"meeting_id\":\"M5\",\"type\":\"THEME_DAY\"}", 6)).reject();
        assertThat(missing.reason()).isEqualTo(Reject.ReasonCode.MISSING_FIELD);
        assertThat(missing.message()).contains("org_code is missing");

        Reject date = ((Landed.Rejected) parse("{\"meeting_id\":\"M6\",\"org_code\":\"B1\",\"type\":\"LECTURE\","
                + "\"held_at\":\"22/01/2024\",\"updated_at\":\"2024-01-22T12:00:00+08:00\"}", 8)).reject();
        assertThat(date.reason()).isEqualTo(Reject.ReasonCode.INVALID_DATE);
    }

    @Test
    void aBlankLineIsNotARecord() {
        assertThat(parse("   ", 3)).isNull();
    }
}
