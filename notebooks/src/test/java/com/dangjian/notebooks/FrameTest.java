package com.dangjian.notebooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class FrameTest {

    final Frame meetings = new Frame(List.of("org_code", "held_on", "meetings"), List.of(
            List.of("B1", "2026-09-30", "3"), List.of("B2", "2026-08-03", "1"), java.util.Arrays.asList("B3", null, "")));

    @Test
    void valuesAreReadTypedAndEmptyNumbersAreNaN() {
        assertThat(meetings.row(0).date("held_on")).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(meetings.row(0).integer("meetings")).isEqualTo(3);
        assertThat(meetings.numbers("meetings")).containsExactly(3.0, 1.0, Double.NaN);
        assertThat(meetings.row(2).date("held_on")).isNull();
        assertThat(meetings.where(r -> r.num("meetings") >= 1).strings("org_code")).containsExactly("B1", "B2");
        assertThat(meetings.find("org_code", "B2").str("held_on")).isEqualTo("2026-08-03");
    }

    @Test
    void mistakesNameTheColumn() {
        assertThatThrownBy(() -> meetings.numbers("minutes")).hasMessageContaining("no column 'minutes'")
                .hasMessageContaining("[org_code, held_on, meetings]");
        assertThatThrownBy(() -> meetings.row(0).num("org_code")).hasMessageContaining("column 'org_code' holds 'B1'");
    }

    @Test
    void htmlShowsTwentyRowsEscapedAndSaysHowManyThereAre() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            rows.add(List.of("<b>" + i, (long) i));
        }
        String html = new Frame(List.of("name", "n"), rows).html();
        assertThat(html).contains("&lt;b&gt;19").doesNotContain("&lt;b&gt;20").doesNotContain("<b>0")
                .contains("25 行").contains("显示前 20 行");
    }

    @Test
    void excelAndCsvHoldEveryRowWithNumbersAsNumbers() throws Exception {
        Path dir = Files.createTempDirectory("frame-export");
        Frame f = new Frame(List.of("org_code", "region", "名称", "score"), List.of(
                List.of("D01-B001", "0101", "标准处党支部", "87.5"), java.util.Arrays.asList("D01-B002", "4101", "人事处党支部", null)));
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(f.toExcel(dir.resolve("out/f.xlsx").toString())))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("名称");
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(87.5);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("0101");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(4101);
            assertThat(sheet.getRow(2).getCell(3)).isNull();
        }
        String csv = Files.readString(f.toCsv(dir.resolve("f.csv").toString()), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFForg_code,region,名称,score\nD01-B001,0101,标准处党支部,87.5\nD01-B002,4101,人事处党支部,\n");
    }

    @Test
    void dictionaryReadsEveryTableOfTheProjectsDataDictionary() {
        DataDictionary d = DataDictionary.load();
        assertThat(d.tables()).hasSize(20);
        assertThat(d.table("fact_dues").columnNames()).startsWith("member_id", "org_code", "dues_month");
        assertThat(d.table("alarm").chinese()).isEqualTo("预警");
    }

    /** Git keeps the notebooks without outputs (scripts/notebooks.sh strip), so diffs show only what people wrote. */
    @Test
    void notebooksInTheRepositoryHaveNoOutputsAndUseTheProjectsKernel() throws Exception {
        List<Path> notebooks;
        try (var files = Files.list(Path.of("."))) {
            notebooks = files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
        assertThat(notebooks).hasSize(5);
        for (Path nb : notebooks) {
            JsonNode root = new ObjectMapper().readTree(Files.readString(nb, StandardCharsets.UTF_8));
            assertThat(root.at("/metadata/kernelspec/name").asText()).as(nb.toString()).isEqualTo("dangjian-java");
            String first = String.join("", new ObjectMapper().convertValue(root.at("/cells/0/source"), List.class));
            assertThat(first).as(nb + " opens with its question and how to change it").startsWith("# ").contains("怎样修改");
            for (JsonNode cell : root.get("cells")) {
                if (cell.get("cell_type").asText().equals("code")) {
                    assertThat(cell.get("outputs")).as(nb + ": run scripts/notebooks.sh strip").isEmpty();
                    assertThat(cell.get("execution_count").isNull()).isTrue();
                }
            }
        }
    }

    @Test
    void keyNumbersOutsideAKernelArePrinted() {
        var out = new java.io.ByteArrayOutputStream();
        var old = System.out;
        System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            Notebook.key("answer", 42, "答案");
        } finally {
            System.setOut(old);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("答案：42").contains("[answer]");
        assertThat(Notebook.render(meetings).html()).startsWith("<table");
    }
}
