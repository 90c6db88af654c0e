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
    void dictionaryReadsEveryTableOfTheProjectsDataDictionary() {
        DataDictionary d = DataDictionary.load(Path.of("../docs/data-dictionary.md"));
        assertThat(d.tables()).hasSize(17);
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
