package com.dangjian.ingestion.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.avro.generic.GenericRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;

import com.dangjian.contracts.bronze.RegistrySchema;

/**
 * S3–S6 through the real job: hand-made files with the dirt sources.md lists, each expectation counted by hand.
 * For every table: read = loaded + rejected + blank.
 */
class FileSourcesTest {

    @TempDir
    Path tmp;

    static final Charset GB = Charset.forName("GB18030");
    static final String DUES_HEADER = "党员编号,所在党组织编码,缴费月份,应缴金额,实缴金额,缴费日期,缴费方式";

    @Test
    void everyFileSourceLandsItsRowsOrRejectsThemWithTheReason() throws Exception {
        IngestionFixture f = new IngestionFixture(tmp);
        var registry = IngestionFixture.h2("registry");
        RegistrySchema.create(registry);
        Files.createDirectories(f.inbox.resolve("meetings"));
        // Dues, GB18030 as promised: 6 data lines + 1 blank.
        //  l2 plain; l3 odd date shape 2024/3/5 and full-width digits (repaired); l4 blank; l5 unknown 缴费方式;
        //  l6 unpaid (empty date); l7 trailing spaces and full-width comma in an amount (repaired); l8 truncated.
        write(f.inbox.resolve("dues/dues-202403.csv"), GB, DUES_HEADER,
                "P1,B1,2024-03,12.50,12.50,2024-03-05,线上",
                "P2,B1,２０２４-０３,１２.５０,12.50,2024/3/5,现金",
                "",
                "P3,B1,2024-03,10.00,10.00,2024-03-06,支票",
                "P4,B1,2024-03,8.00,,,",
                "P5 ,B1 ,2024-03,\"1，200.00\",1200.00,2024年3月6日,转账",
                "P6,B1,2024-0");
        // Dues saved as UTF-8 where GB18030 was promised; the header is renamed (所属月份, an alias).
        write(f.inbox.resolve("dues/dues-202404.csv"), StandardCharsets.UTF_8,
                "党员编号,所在党组织编码,所属月份,应缴金额,实缴金额,缴费日期,缴费方式",
                "P1,B1,2024-04,12.50,12.50,2024-04-03,线上");
        // Study, UTF-8 with a byte-order mark; one row with minutes that are not a number, one unknown course type.
        write(f.inbox.resolve("study/study-20240301.csv"), StandardCharsets.UTF_8,
                "\uFEFFmember_id,study_date,minutes,points,course_type",
                "P1,2024-03-01,45,1.5,THEORY",
                "P2,2024-03-01,abc,1,THEORY",
                "P3,2024-03-02,30,1,DANCE",
                "P4,2024-03-02,60,2,policy");
        // Evaluations 2023 and its corrected re-issue v2 (v1 superseded, never read); 2024 with a merged title row
        // above the header, an extra column, and an empty 民主评议 sheet.
        workbook(f.inbox.resolve("evaluations/evaluations-2023.xlsx"), false, List.of(List.of("B1", "2023", "P1", "60", "一般")),
                List.of(), List.of());
        workbook(f.inbox.resolve("evaluations/evaluations-2023-v2.xlsx"), false, List.of(List.of("B1", "2023", "P1", "88", "较好")),
                List.of(List.of("B1", "2023Q4", "91")), List.of(List.of("P1", "2023", "优秀"), List.of("P2", "2023", "良好")));
        workbook(f.inbox.resolve("evaluations/evaluations-2024.xlsx"), true, List.of(List.of("B1", "2024年", "P1", "101", "好")),
                List.of(List.of("B1", "2024Q1", "85.5"), List.of("B2", "2024年第2季度", "77")), List.of());
        ledger(f.inbox.resolve("rectification/rectification.xlsx"));

        JobExecution night = f.night(registry, LocalDate.of(2024, 4, 5));

        assertThat(night.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(night.getExitStatus().getExitCode()).isEqualTo("COMPLETED");
        Map<String, StepSummary> steps = IngestionFixture.steps(night);
        assertCounts(steps.get("dues.dues"), 8, 5, 2, 1);
        assertCounts(steps.get("study.study"), 4, 2, 2, 0);
        assertCounts(steps.get("evaluations.secretary_review"), 2, 1, 1, 0);
        assertCounts(steps.get("evaluations.party_building_assessment"), 3, 3, 0, 0);
        // v2's two rows (one unknown grade) and the 2024 workbook's empty 民主评议 sheet, rejected as EMPTY_SHEET.
        assertCounts(steps.get("evaluations.member_review"), 3, 1, 2, 0);
        assertCounts(steps.get("rectification.rectification_item"), 3, 2, 1, 0);

        List<GenericRecord> dues = f.landed("dues", "dues");
        GenericRecord p2 = dues.stream().filter(r -> r.get("member_id").toString().equals("P2")).findFirst().orElseThrow();
        assertThat(p2.get("paid_on")).isEqualTo((int) LocalDate.of(2024, 3, 5).toEpochDay());
        assertThat(p2.get("dues_month")).isEqualTo((int) LocalDate.of(2024, 3, 1).toEpochDay());
        GenericRecord p5 = dues.stream().filter(r -> r.get("member_id").toString().equals("P5")).findFirst().orElseThrow();
        assertThat(p5.get("amount_due_fen")).isEqualTo(120_000L);
        assertThat(p5.get("org_code").toString()).isEqualTo("B1");
        assertThat(dues).filteredOn(r -> r.get("source_file").toString().equals("dues-202404.csv")).hasSize(1);

        List<GenericRecord> duesRejects = f.rejects("dues", "dues");
        assertThat(duesRejects).extracting(r -> r.get("line") + " " + r.get("reason_code"))
                .containsExactlyInAnyOrder("5 UNKNOWN_CODE", "8 INVALID_VALUE");
        assertThat(duesRejects).allMatch(r -> r.get("raw").toString().startsWith("P"));

        assertThat(f.landed("study", "study")).extracting(r -> r.get("course_type").toString()).containsExactlyInAnyOrder("THEORY", "POLICY");
        assertThat(f.landed("evaluations", "secretary_review")).singleElement()
                .satisfies(r -> assertThat(r.get("file_version")).isEqualTo(2))
                .satisfies(r -> assertThat(r.get("score")).isEqualTo(88.0));
        assertThat(f.rejects("evaluations", "secretary_review")).singleElement()
                .satisfies(r -> assertThat(r.get("message").toString()).contains("evaluations-2024.xlsx!述职评议:3", "score '101'"));
        assertThat(f.landed("evaluations", "party_building_assessment")).extracting(r -> r.get("quarter_start").toString())
                .containsExactlyInAnyOrder(String.valueOf(LocalDate.of(2023, 10, 1).toEpochDay()),
                        String.valueOf(LocalDate.of(2024, 1, 1).toEpochDay()), String.valueOf(LocalDate.of(2024, 4, 1).toEpochDay()));
        assertThat(f.rejects("evaluations", "member_review")).extracting(r -> r.get("file") + " " + r.get("reason_code"))
                .contains("evaluations-2024.xlsx!民主评议 EMPTY_SHEET");
        assertThat(f.landed("rectification", "rectification_item")).noneMatch(r -> r.getSchema().getField("responsible_person") != null);

        // A second night: nothing new, nothing read again.
        JobExecution second = f.night(registry, LocalDate.of(2024, 4, 6));
        assertThat(IngestionFixture.steps(second).values()).allMatch(s -> s.read() == 0 || s.step().startsWith("registry"));
    }

    @Test
    void aMissingInboxFolderFailsOnlyItsOwnSourceAndTheNightSaysWhichIsStale() throws Exception {
        IngestionFixture f = new IngestionFixture(tmp);
        var registry = IngestionFixture.h2("registry");
        RegistrySchema.create(registry);
        write(f.inbox.resolve("meetings/meetings-20240101-000000.jsonl"), StandardCharsets.UTF_8,
                "{\"meeting_id\":\"M1\",\"org_code\":\"B1\",\"type\":\"THEME_DAY\",\"held_at\":\"2024-01-05T09:00:00+08:00\",\"updated_at\":\"2024-01-05T10:00:00+08:00\"}");
        Files.createDirectories(f.inbox.resolve("study"));
        Files.createDirectories(f.inbox.resolve("evaluations"));
        Files.createDirectories(f.inbox.resolve("rectification"));
        // No dues folder at all.

        JobExecution night = f.night(registry, LocalDate.of(2024, 1, 6));

        assertThat(night.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(night.getExitStatus().getExitCode()).isEqualTo(NightIngestionJobConfiguration.STALE);
        Map<String, StepSummary> steps = IngestionFixture.steps(night);
        assertThat(steps.get("dues.dues").status()).isEqualTo("FAILED");
        assertThat(night.getStepExecutions().stream().filter(s -> s.getStepName().equals("dues.dues")).findFirst().orElseThrow()
                .getFailureExceptions().get(0).getMessage()).contains("inbox folder", "dues", "is missing");
        assertThat(steps.get("meetings.meeting").loaded()).isEqualTo(1);
        assertThat(steps.get("study.study").status()).isEqualTo("COMPLETED");
    }

    private static void assertCounts(StepSummary s, long read, long loaded, long rejected, long blank) {
        assertThat(s).as(s.step()).isNotNull();
        assertThat(List.of(s.read(), s.loaded(), s.rejected(), s.skipped())).as(s.step()).containsExactly(read, loaded, rejected, blank);
        assertThat(s.read()).isEqualTo(s.loaded() + s.rejected() + s.skipped());
    }

    static void write(Path file, Charset charset, String... lines) throws Exception {
        Files.createDirectories(file.getParent());
        Files.write(file, (String.join("\n", lines) + "\n").getBytes(charset));
        if (lines[lines.length - 1].endsWith("2024-0")) {
            // A truncated last line: no final newline.
            byte[] b = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(b, b.length - 1));
        }
    }

    private static void workbook(Path file, boolean titleRowAndExtraColumn, List<List<String>> secretary,
                                 List<List<String>> quarterly, List<List<String>> members) throws Exception {
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            sheet(wb, "述职评议", titleRowAndExtraColumn, List.of("党组织编码", "年度", "书记党员编号", "得分", "等次"), secretary);
            sheet(wb, "党建考核", titleRowAndExtraColumn, List.of("党组织编码", "季度", "得分"), quarterly);
            sheet(wb, "民主评议", false, List.of("党员编号", "年度", "等次"), members);
            wb.write(out);
        }
    }

    private static void sheet(XSSFWorkbook wb, String name, boolean title, List<String> header, List<List<String>> rows) {
        Sheet sheet = wb.createSheet(name);
        int r = 0;
        if (title) {
            Row t = sheet.createRow(r++);
            t.createCell(0).setCellValue("2024年度考核结果");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, header.size()));
        }
        if (rows.isEmpty() && name.equals("民主评议")) {
            return; // an empty sheet: not even a header
        }
        Row h = sheet.createRow(r++);
        for (int i = 0; i < header.size(); i++) {
            h.createCell(i).setCellValue(header.get(i));
        }
        if (title) {
            h.createCell(header.size()).setCellValue("备注");
        }
        for (List<String> row : rows) {
            Row x = sheet.createRow(r++);
            for (int i = 0; i < row.size(); i++) {
                x.createCell(i).setCellValue(row.get(i));
            }
        }
    }

    private static void ledger(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("台账");
            String[][] rows = {
                    {"问题编号", "党组织编码", "发现日期", "问题来源", "问题类别", "问题描述", "责任部门", "责任人", "整改时限", "完成日期", "状态"},
                    {"Q1", "B1", "2024-01-10", "巡察", "组织生活", "三会一课记录不全", "办公室", "张三", "2024-03-31", "2024-03-20", "已完成"},
                    {"Q2", "B1", "2024/1/12", "自查", "其他", "台账不规范", "办公室", "李四", "2024年4月30日", "", "整改中"},
                    {"Q3", "B2", "2024-01-15", "巡察", "组织生活", "未按期换届", "人事处", "王五", "明天", "", "整改中"}};
            for (int i = 0; i < rows.length; i++) {
                Row r = s.createRow(i);
                for (int c = 0; c < rows[i].length; c++) {
                    r.createCell(c).setCellValue(rows[i][c]);
                }
            }
            // Excel stores real dates as numbers with a date format: the reader must give them back as dates.
            var date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            var cell = s.getRow(1).getCell(8);
            cell.setCellValue(java.time.LocalDate.of(2024, 3, 31));
            cell.setCellStyle(date);
            wb.write(out);
        }
    }
}
