package com.dangjian.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every manifest entry points at a defect that is really there, and every class of sources.md is present. */
class GeneratorManifestTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern OTHER_DATE = Pattern.compile("\\d{4}/\\d{1,2}/\\d{1,2}|\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}年第\\d季度");
    static final Pattern FULL_WIDTH = Pattern.compile("[０-９，]");
    static final String REGISTRY = GeneratorFixtures.memoryRegistry("manifest");

    @TempDir
    static Path tmp;
    static Path out;
    static List<JsonNode> entries = new ArrayList<>();
    static Set<String> orgs;
    static Set<String> members;

    @BeforeAll
    static void generate() throws IOException {
        out = tmp.resolve("sample");
        GeneratorFixtures.generate(out, REGISTRY, 0.01, 0.002);
        for (String l : Files.readAllLines(out.resolve(DirtManifest.FILE))) {
            entries.add(JSON.readTree(l));
        }
        orgs = GeneratorFixtures.column(REGISTRY, "SELECT org_code FROM org_unit");
        members = GeneratorFixtures.column(REGISTRY, "SELECT member_id FROM party_member");
    }

    @Test
    void everyClassOfDirtIsInTheManifestWithItsExpectation() {
        Set<Defect> seen = EnumSet.noneOf(Defect.class);
        for (JsonNode e : entries) {
            Defect d = Defect.valueOf(e.get("defect").asText());
            seen.add(d);
            assertThat(e.get("expect").asText()).isEqualTo(d.expect().name());
            assertThat(e.get("source").asText()).isIn("meetings", "dues", "study", "evaluations", "rectification", "registry");
            if (d.wholeFile()) {
                assertThat(e.get("line").isNull() && e.get("row").isNull()).as(e.toString()).isTrue();
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(Defect.values());
    }

    @Test
    void theSummaryAgreesWithTheFilesAndTheManifest() throws IOException {
        JsonNode summary = JSON.readTree(out.resolve(GenerationSummary.FILE).toFile());
        long total = 0;
        for (var it = summary.get("files").fields(); it.hasNext(); ) {
            var f = it.next();
            assertThat(Files.size(out.resolve(f.getKey()))).as(f.getKey()).isEqualTo(f.getValue().asLong());
            total += f.getValue().asLong();
        }
        assertThat(summary.get("bytes_total").asLong()).isEqualTo(total);
        int dirt = 0;
        for (JsonNode n : summary.get("dirt")) {
            dirt += n.asInt();
        }
        assertThat(dirt).isEqualTo(entries.size());
        // rows = physical lines after the header (records, repeats, blank and cut lines alike)
        for (String source : List.of("meetings", "dues", "study")) {
            long lines = 0;
            try (var files = Files.list(out.resolve("inbox").resolve(source))) {
                for (Path f : files.toList()) {
                    lines += GeneratorFixtures.lines(f).size() - (source.equals("meetings") ? 0 : 1);
                }
            }
            String key = source + "/" + (source.equals("meetings") ? "meeting" : source);
            assertThat(summary.get("rows").get(key).asLong()).as(key).isEqualTo(lines);
        }
        assertThat(summary.get("profiles").size()).isEqualTo(summary.get("organisations").size());
    }

    @Test
    void aCleanSampleHasAnEmptyManifest(@TempDir Path clean) throws IOException {
        GeneratorFixtures.generate(clean, GeneratorFixtures.memoryRegistry("clean"), 0.01, 0);
        assertThat(Files.readAllLines(clean.resolve(DirtManifest.FILE))).isEmpty();
        assertThat(GeneratorFixtures.column(GeneratorFixtures.memoryRegistry("clean"), "SELECT status FROM party_member"))
                .isSubsetOf("FULL", "PROBATIONARY", "LEFT");
    }

    @Test
    void eachTextLineEntryHoldsItsDefect() throws IOException {
        int checked = 0;
        for (JsonNode e : entries) {
            if (e.get("line").isNull()) {
                continue;
            }
            Path file = out.resolve("inbox").resolve(e.get("source").asText()).resolve(e.get("file").asText());
            List<String> lines = GeneratorFixtures.lines(file);
            int n = e.get("line").asInt();
            String line = lines.get(n - 1);
            String key = e.get("key").isNull() ? null : e.get("key").asText();
            boolean meetings = e.get("source").asText().equals("meetings");
            String[] csv = line.split(",", -1);
            switch (Defect.valueOf(e.get("defect").asText())) {
                case INVALID_JSON -> assertThatThrownBy(() -> JSON.readTree(line)).as(e.toString()).isNotNull();
                case TRUNCATED_LINE -> {
                    assertThat(n).as(e.toString()).isEqualTo(lines.size());
                    byte[] bytes = Files.readAllBytes(file);
                    assertThat(bytes[bytes.length - 1]).as("no line end").isNotEqualTo((byte) '\n');
                    if (meetings) {
                        assertThatThrownBy(() -> JSON.readTree(line)).isNotNull();
                    } else {
                        assertThat(csv.length).as(e.toString()).isLessThan(lines.get(0).split(",").length);
                    }
                }
                case BLANK_LINE -> assertThat(line).isEmpty();
                case DUPLICATE_ROW -> assertThat(line).isEqualTo(lines.get(n - 2)).contains(key.split("\\+")[0]);
                case TRAILING_SPACE -> assertThat(meetings ? JSON.readTree(line).get("org_code").asText() : csv[0]).endsWith(" ");
                case DATE_SHAPE -> assertThat(OTHER_DATE.matcher(line).find()).as(e.toString()).isTrue();
                case FULL_WIDTH -> assertThat(FULL_WIDTH.matcher(line).find()).as(e.toString()).isTrue();
                case UNKNOWN_ORG -> assertThat(meetings ? JSON.readTree(line).get("org_code").asText() : csv[1]).isNotIn(orgs);
                case UNKNOWN_MEMBER -> assertThat(csv[0]).isNotIn(members).isEqualTo(key.split("\\+")[0]);
                case UNKNOWN_CODE -> {
                    if (meetings) {
                        assertThat(JSON.readTree(line).get("type").asText()).isNotIn(com.dangjian.contracts.bronze.SourceCodes.MEETING_TYPES);
                    } else {
                        assertThat(csv[csv.length - 1]).isNotIn("线上", "现金", "转账", "THEORY", "POLICY", "SPECIAL", "OTHER");
                    }
                }
                case CORRECTED_LATER -> correctedLater(e, line, meetings);
                default -> fail("unexpected line entry " + e);
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(30);
    }

    /** The later file named in the detail carries the same key with a different value. */
    private void correctedLater(JsonNode e, String line, boolean meetings) throws IOException {
        String detail = e.get("detail").asText();
        String later = detail.substring(detail.lastIndexOf(' ') + 1);
        List<String> next = GeneratorFixtures.lines(out.resolve("inbox").resolve(e.get("source").asText()).resolve(later));
        String key = e.get("key").asText();
        if (meetings) {
            JsonNode first = JSON.readTree(line);
            JsonNode fixed = next.stream().filter(l -> l.contains("\"" + key + "\"")).map(l -> {
                try {
                    return JSON.readTree(l);
                } catch (IOException ex) {
                    throw new IllegalStateException(ex);
                }
            }).findFirst().orElseThrow();
            assertThat(fixed.get("updated_at").asText()).isGreaterThan(first.get("updated_at").asText());
            assertThat(fixed.get("held_at").asText()).isNotEqualTo(first.get("held_at").asText());
        } else {
            String[] k = key.split("\\+");
            String[] first = line.split(",", -1);
            String[] fixed = next.stream().map(l -> l.split(",", -1)).filter(c -> c[0].equals(k[0]) && c[2].equals(k[1]))
                    .findFirst().orElseThrow();
            assertThat(fixed[3]).isNotEqualTo(first[3]);
        }
    }

    @Test
    void eachSheetRowEntryHoldsItsDefect() throws IOException {
        DataFormatter f = new DataFormatter();
        int checked = 0;
        for (JsonNode e : entries) {
            if (e.get("row").isNull()) {
                continue;
            }
            Path file = out.resolve("inbox").resolve(e.get("source").asText()).resolve(e.get("file").asText());
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Sheet sheet = wb.getSheet(e.get("sheet").asText());
                int n = e.get("row").asInt();
                List<String> row = cells(sheet.getRow(n - 1), f);
                String key = e.get("key").asText();
                switch (Defect.valueOf(e.get("defect").asText())) {
                    case UNKNOWN_ORG -> assertThat(row.get(row.size() > 5 ? 1 : 0)).isNotIn(orgs);
                    case UNKNOWN_MEMBER -> assertThat(row.get(0)).isNotIn(members);
                    case UNKNOWN_CODE -> assertThat(row).as(e.toString()).anyMatch(c -> List.of("良好", "称职", "A", "审计", "信访").contains(c));
                    case DATE_SHAPE -> assertThat(row).anyMatch(c -> OTHER_DATE.matcher(c).matches());
                    case FULL_WIDTH -> assertThat(row).anyMatch(c -> FULL_WIDTH.matcher(c).find());
                    case TRAILING_SPACE -> assertThat(row.get(0).endsWith(" ") || row.get(1).endsWith(" ")).isTrue();
                    case DUPLICATE_ROW -> assertThat(row).isEqualTo(cells(sheet.getRow(n - 2), f));
                    case CORRECTED_LATER -> {
                        String detail = e.get("detail").asText();
                        Path later = file.resolveSibling(detail.substring(detail.lastIndexOf(' ') + 1));
                        try (InputStream in2 = Files.newInputStream(later); XSSFWorkbook v2 = new XSSFWorkbook(in2)) {
                            Sheet s2 = v2.getSheet(sheet.getSheetName());
                            String[] k = key.split("\\+");
                            boolean found = false;
                            for (Row r : s2) {
                                List<String> c = cells(r, f);
                                if (c.get(0).equals(k[0]) && c.get(1).equals(k[1])) {
                                    assertThat(c).isNotEqualTo(row);
                                    found = true;
                                }
                            }
                            assertThat(found).as("corrected row of " + key + " in " + later).isTrue();
                        }
                    }
                    default -> fail("unexpected row entry " + e);
                }
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void wholeFileEntriesAreVisible() throws IOException {
        DataFormatter f = new DataFormatter();
        for (JsonNode e : entries) {
            Defect d = Defect.valueOf(e.get("defect").asText());
            if (!d.wholeFile()) {
                continue;
            }
            Path file = out.resolve("inbox").resolve(e.get("source").asText()).resolve(e.get("file").asText());
            if (d == Defect.WRONG_ENCODING) {
                byte[] bytes = Files.readAllBytes(file);
                if (e.get("source").asText().equals("dues")) {
                    // promised GB18030: read as GB18030 it is mojibake, the header is not there
                    assertThat(new String(bytes, Charset.forName("GB18030"))).doesNotContain(DuesFiles.HEADER);
                    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains(DuesFiles.HEADER);
                } else {
                    assertThatThrownBy(() -> GeneratorFixtures.decodeStrict(bytes, StandardCharsets.UTF_8))
                            .isInstanceOf(CharacterCodingException.class);
                }
                continue;
            }
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Sheet sheet = wb.getSheet(e.get("sheet").asText());
                boolean titled = sheet.getNumMergedRegions() > 0;
                List<String> header = cells(sheet.getRow(titled ? 1 : 0), f);
                switch (d) {
                    case MERGED_HEADER -> {
                        assertThat(sheet.getMergedRegion(0).getFirstRow()).isZero();
                        assertThat(sheet.getMergedRegion(0).getLastColumn()).isGreaterThan(1);
                    }
                    case EMPTY_SHEET -> assertThat(sheet.getLastRowNum()).isEqualTo(titled ? 1 : 0);
                    case EXTRA_COLUMN -> assertThat(header).contains("备注").hasSizeGreaterThan(3);
                    case RENAMED_COLUMN -> assertThat(header).contains("分数").doesNotContain("得分");
                    default -> fail("unexpected " + e);
                }
            }
        }
    }

    @Test
    void registryEntriesAreRowsWithAnUnknownOrgOrCode() {
        for (JsonNode e : entries) {
            if (!e.get("source").asText().equals("registry")) {
                continue;
            }
            String id = e.get("key").asText();
            String sql = "SELECT org_code || '|' || status FROM party_member WHERE member_id = '" + id + "'";
            String[] v = GeneratorFixtures.column(REGISTRY, sql).iterator().next().split("\\|");
            if (e.get("defect").asText().equals("UNKNOWN_ORG")) {
                assertThat(v[0]).isNotIn(orgs);
            } else {
                assertThat(v[1]).isNotIn("FULL", "PROBATIONARY", "LEFT");
            }
        }
    }

    static List<String> cells(Row r, DataFormatter f) {
        List<String> out = new ArrayList<>();
        if (r == null) {
            return out;
        }
        for (int i = 0; i < r.getLastCellNum(); i++) {
            Cell c = r.getCell(i);
            out.add(c == null ? "" : f.formatCellValue(c));
        }
        return out;
    }
}
