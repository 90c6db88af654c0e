package com.dangjian.ingestion.batch;

import static com.dangjian.ingestion.batch.FileSourcesTest.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.avro.generic.GenericRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;

import com.dangjian.ingestion.files.Redaction;
import com.dangjian.contracts.bronze.RegistrySchema;

/**
 * The probes of issue 11 through the real job: a bad file is refused as a whole and its source's other files land;
 * implausible and undecodable values are rejects with their reason; no personal data is kept in a reject.
 * Night as of 2024-04-05 (run on a later real day, so "after the night" is after today).
 */
class BadInputTest {

    @TempDir
    Path tmp;

    static final String STUDY_HEADER = "member_id,study_date,minutes,points,course_type";

    @Test
    void aBadFileIsRefusedAsAWholeAndTheSourcesOtherFilesLand() throws Exception {
        IngestionFixture f = new IngestionFixture(tmp);
        var registry = IngestionFixture.h2("registry");
        RegistrySchema.create(registry);
        Files.createDirectories(f.inbox.resolve("meetings"));
        Files.createDirectories(f.inbox.resolve("dues"));
        Files.createDirectories(f.inbox.resolve("rectification"));
        // Study: a good file; one with an extra column (lands, the extra column ignored); an empty one; one holding only
        // a byte-order mark; one whose header lacks the minutes column (refused as a whole).
        write(f.inbox.resolve("study/study-20240301.csv"), StandardCharsets.UTF_8, STUDY_HEADER, "P1,2024-03-01,45,1.5,THEORY");
        write(f.inbox.resolve("study/study-20240302.csv"), StandardCharsets.UTF_8, STUDY_HEADER + ",姓名",
                "P2,2024-03-02,30,1,POLICY,张三丰", "P3,2024-03-02,abc,1,POLICY,李四光");
        Files.write(f.inbox.resolve("study/study-20240303.csv"), new byte[0]);
        Files.write(f.inbox.resolve("study/study-20240304.csv"), new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        write(f.inbox.resolve("study/study-20240305.csv"), StandardCharsets.UTF_8, "member_id,study_date,points,course_type",
                "P4,2024-03-05,1,THEORY");
        // Evaluations: a good workbook and a half-written one (the first 300 bytes of a real workbook).
        Path good = f.inbox.resolve("evaluations/evaluations-2023.xlsx");
        evaluations(good);
        byte[] whole = Files.readAllBytes(good);
        Files.write(f.inbox.resolve("evaluations/evaluations-2022.xlsx"), java.util.Arrays.copyOf(whole, 300));

        JobExecution night = f.night(registry, LocalDate.of(2024, 4, 5));

        assertThat(night.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(night.getExitStatus().getExitCode()).isEqualTo("COMPLETED");
        Map<String, StepSummary> steps = IngestionFixture.steps(night);
        // read 6 = loaded 2 + rejected 4 (P3's minutes, the empty file, the BOM-only file, the wrong header).
        StepSummary study = steps.get("study.study");
        assertThat(List.of(study.read(), study.loaded(), study.rejected())).containsExactly(6L, 2L, 4L);
        assertThat(f.landed("study", "study")).extracting(r -> r.get("member_id").toString()).containsExactlyInAnyOrder("P1", "P2");
        assertThat(f.rejects("study", "study")).extracting(r -> r.get("file") + ":" + r.get("line") + " " + r.get("reason_code"))
                .containsExactlyInAnyOrder("study-20240302.csv:3 INVALID_VALUE", "study-20240303.csv:0 FILE_EMPTY",
                        "study-20240304.csv:0 FILE_EMPTY", "study-20240305.csv:0 FILE_WRONG_HEADER");
        assertThat(f.rejects("study", "study")).filteredOn(r -> r.get("reason_code").toString().equals("FILE_WRONG_HEADER"))
                .singleElement().satisfies(r -> assertThat(r.get("message").toString()).contains("[minutes]", "表头缺少必需的列"));
        // The extra column held a name: masked in the reject's raw text, the rest kept.
        assertThat(f.rejects("study", "study")).filteredOn(r -> r.get("line").equals(3L)).singleElement()
                .satisfies(r -> assertThat(r.get("raw").toString()).isEqualTo("P3,2024-03-02,abc,1,POLICY," + Redaction.MARKER));

        StepSummary secretary = steps.get("evaluations.secretary_review");
        assertThat(secretary.status()).isEqualTo("COMPLETED");
        assertThat(f.landed("evaluations", "secretary_review")).hasSize(1);
        assertThat(f.rejects("evaluations", "secretary_review")).extracting(r -> r.get("file") + " " + r.get("reason_code"))
                .containsExactly("evaluations-2022.xlsx FILE_UNREADABLE");

        // The next night reads none of them again: the refused files are marked until their content changes.
        JobExecution second = f.night(registry, LocalDate.of(2024, 4, 6));
        assertThat(IngestionFixture.steps(second).get("study.study").read()).isZero();
        assertThat(IngestionFixture.steps(second).get("evaluations.secretary_review").read()).isZero();
        write(f.inbox.resolve("study/study-20240305.csv"), StandardCharsets.UTF_8, STUDY_HEADER, "P4,2024-03-05,20,1,THEORY");
        JobExecution third = f.night(registry, LocalDate.of(2024, 4, 7));
        assertThat(IngestionFixture.steps(third).get("study.study").loaded()).isEqualTo(1);
    }

    @Test
    void implausibleAndUndecodableValuesAreRejectsWithTheirReason() throws Exception {
        IngestionFixture f = new IngestionFixture(tmp);
        var registry = IngestionFixture.h2("registry");
        RegistrySchema.create(registry);
        Files.createDirectories(f.inbox.resolve("evaluations"));
        Files.createDirectories(f.inbox.resolve("rectification"));
        // Study: dated 2099 (after the night and today); before the department (1900); negative points; a good row.
        write(f.inbox.resolve("study/study-20240301.csv"), StandardCharsets.UTF_8, STUDY_HEADER,
                "P1,2099-01-01,45,1,THEORY", "P2,1900-01-01,45,1,THEORY", "P3,2024-03-01,45,-5,THEORY", "P4,2024-03-01,45,1,THEORY");
        // Dues in GB18030 with a byte that is not GB18030 inside a member id, and a negative amount.
        byte[] header = FileSourcesTest.DUES_HEADER.getBytes(FileSourcesTest.GB);
        byte[] broken = "P00000\u0080\u008006,B1,2024-03,12.50,12.50,2024-03-05,线上".getBytes(FileSourcesTest.GB);
        broken[6] = (byte) 0xFF;
        broken[7] = (byte) 0x80;
        byte[] negative = "P7,B1,2024-03,-12.50,12.50,2024-03-05,线上".getBytes(FileSourcesTest.GB);
        Files.createDirectories(f.inbox.resolve("dues"));
        try (OutputStream out = Files.newOutputStream(f.inbox.resolve("dues/dues-202403.csv"))) {
            out.write(header);
            out.write('\n');
            out.write(broken);
            out.write('\n');
            out.write(negative);
            out.write('\n');
        }
        // Meetings: the file opens with a byte-order mark; its first record is valid. A second record carries a name
        // and an id-card number in its topic and is broken JSON.
        write(f.inbox.resolve("meetings/meetings-20240301-000000.jsonl"), StandardCharsets.UTF_8,
                "\uFEFF{\"meeting_id\":\"M1\",\"org_code\":\"B1\",\"type\":\"THEME_DAY\",\"held_at\":\"2024-03-05T09:00:00+08:00\",\"updated_at\":\"2024-03-05T10:00:00+08:00\"}",
                "{\"meeting_id\":\"M2\",\"org_code\":\"B1\",\"type\":\"TALK\",\"topic\":\"与张三丰谈心 110101199003077777\",\"held_at\":\"2024-03-0");

        f.night(registry, LocalDate.of(2024, 4, 5));

        assertThat(f.rejects("study", "study")).extracting(r -> r.get("line") + " " + r.get("reason_code"))
                .containsExactlyInAnyOrder("2 DATE_OUT_OF_RANGE", "3 DATE_OUT_OF_RANGE", "4 INVALID_VALUE");
        assertThat(f.landed("study", "study")).extracting(r -> r.get("member_id").toString()).containsExactly("P4");
        assertThat(f.rejects("dues", "dues")).extracting(r -> r.get("line") + " " + r.get("reason_code"))
                .containsExactlyInAnyOrder("2 INVALID_ENCODING", "3 INVALID_VALUE");
        assertThat(f.landed("dues", "dues")).isEmpty();
        assertThat(f.landed("meetings", "meeting")).extracting(r -> r.get("meeting_id").toString()).containsExactly("M1");
        GenericRecord m2 = f.rejects("meetings", "meeting").get(0);
        assertThat(m2.get("reason_code").toString()).isEqualTo("INVALID_JSON");
        assertThat(m2.get("raw").toString()).contains("\"meeting_id\":\"M2\"").doesNotContain("张三丰").doesNotContain("110101199003077777");
    }

    @Test
    void aRejectedLedgerRowKeepsNoNameAndNoFreeText() throws Exception {
        IngestionFixture f = new IngestionFixture(tmp);
        var registry = IngestionFixture.h2("registry");
        RegistrySchema.create(registry);
        for (String d : List.of("meetings", "dues", "study", "evaluations")) {
            Files.createDirectories(f.inbox.resolve(d));
        }
        Path ledger = f.inbox.resolve("rectification/rectification.xlsx");
        Files.createDirectories(ledger.getParent());
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(ledger)) {
            Sheet s = wb.createSheet("台账");
            String[][] rows = {
                    {"问题编号", "党组织编码", "发现日期", "问题来源", "问题类别", "问题描述", "责任部门", "责任人", "整改时限", "完成日期", "状态"},
                    {"Q9", "B1", "2024-01-10", "巡察", "组织生活", "王五同志未参加组织生活", "办公室", "王五", "明天", "", "整改中"}};
            for (int i = 0; i < rows.length; i++) {
                Row r = s.createRow(i);
                for (int c = 0; c < rows[i].length; c++) {
                    r.createCell(c).setCellValue(rows[i][c]);
                }
            }
            wb.write(out);
        }
        f.night(registry, LocalDate.of(2024, 4, 5));
        GenericRecord q9 = f.rejects("rectification", "rectification_item").get(0);
        assertThat(q9.get("reason_code").toString()).isEqualTo("INVALID_DATE");
        assertThat(q9.get("raw").toString()).isEqualTo(String.join("\t", "Q9", "B1", "2024-01-10", "巡察", "组织生活",
                Redaction.MARKER, "办公室", Redaction.MARKER, "明天", "", "整改中"));
    }

    private static void evaluations(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            sheet(wb, "述职评议", new String[]{"党组织编码", "年度", "书记党员编号", "得分", "等次"}, new String[]{"B1", "2023", "P1", "88", "较好"});
            sheet(wb, "党建考核", new String[]{"党组织编码", "季度", "得分"}, new String[]{"B1", "2023Q4", "91"});
            sheet(wb, "民主评议", new String[]{"党员编号", "年度", "等次"}, new String[]{"P1", "2023", "优秀"});
            wb.write(out);
        }
    }

    private static void sheet(XSSFWorkbook wb, String name, String[] header, String[] row) {
        Sheet sheet = wb.createSheet(name);
        Row h = sheet.createRow(0);
        for (int i = 0; i < header.length; i++) {
            h.createCell(i).setCellValue(header[i]);
        }
        Row r = sheet.createRow(1);
        for (int i = 0; i < row.length; i++) {
            r.createCell(i).setCellValue(row[i]);
        }
    }
}
