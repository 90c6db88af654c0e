package com.dangjian.dashboards;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX exports for people who continue in Excel: every month's branch ranking and the open alarms, with the
 * same labels as the pages (and, like the alarms page, no member named in the department-wide list).
 */
final class Exports {

    static final String DIR = "exports";
    static final String RANKINGS = "rankings.xlsx";
    static final String ALARMS = "alarms.xlsx";

    private Exports() {
    }

    static void write(Path siteDir, GoldSnapshot gold, Messages m) throws IOException {
        Path dir = Files.createDirectories(siteDir.resolve(DIR));
        Map<String, GoldSnapshot.Organisation> orgs = gold.organisationsByCode();
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(m.get("section.ranking"));
            header(sheet, m.get("month"), m.get("rank"), m.get("rank_in_category"), m.get("org_code"), m.get("org"),
                    m.get("category"), m.get("overall"), m.get("compliance"), m.get("engagement"), m.get("evaluation"),
                    m.get("rank_change"));
            int r = 1;
            List<GoldSnapshot.Scorecard> cards = gold.branchScorecards().stream()
                    .sorted(Comparator.comparing(GoldSnapshot.Scorecard::month).reversed()
                            .thenComparingInt(GoldSnapshot.Scorecard::rank)).toList();
            for (GoldSnapshot.Scorecard s : cards) {
                GoldSnapshot.Organisation org = orgs.get(s.orgCode());
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(s.month().substring(0, 7));
                row.createCell(1).setCellValue(s.rank());
                row.createCell(2).setCellValue(s.rankInCategory());
                row.createCell(3).setCellValue(s.orgCode());
                row.createCell(4).setCellValue(org == null ? s.orgCode() : org.name());
                row.createCell(5).setCellValue(m.label("category", s.category()));
                number(row, 6, s.overall());
                number(row, 7, s.compliance());
                number(row, 8, s.engagement());
                number(row, 9, s.evaluation());
                if (s.rankChange() != null) {
                    row.createCell(10).setCellValue(s.rankChange());
                }
            }
            save(book, dir.resolve(RANKINGS));
        }
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(m.get("section.alarms"));
            header(sheet, m.get("org_code"), m.get("org"), m.get("alarm.type"), m.get("rule"), m.get("alarm.subject"),
                    m.get("alarm.since"), m.get("alarm.note"));
            int r = 1;
            for (GoldSnapshot.Alarm a : gold.alarms()) {
                GoldSnapshot.Organisation org = orgs.get(a.orgCode());
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(a.orgCode());
                row.createCell(1).setCellValue(org == null ? a.orgCode() : org.name());
                row.createCell(2).setCellValue(m.label("alarm", a.type()));
                row.createCell(3).setCellValue(m.label("rule", a.ruleId()));
                row.createCell(4).setCellValue(AlarmsPage.subject(a, m) == null ? "" : AlarmsPage.subject(a, m));
                row.createCell(5).setCellValue(a.since() == null ? "" : a.since());
                row.createCell(6).setCellValue(a.note());
            }
            save(book, dir.resolve(ALARMS));
        }
    }

    private static void header(Sheet sheet, String... labels) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < labels.length; i++) {
            row.createCell(i).setCellValue(labels[i]);
        }
    }

    private static void number(Row row, int column, Double value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static void save(SXSSFWorkbook book, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
        book.dispose();
    }
}
