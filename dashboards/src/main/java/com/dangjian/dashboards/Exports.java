package com.dangjian.dashboards;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX exports for people who continue in Excel: every month's branch ranking and the open alarms, with the
 * same labels as the pages (and, like the alarms page, no member named in the department-wide list); and for each
 * organisation a workbook of its member-level detail (exports/org/CODE.xlsx), which the portal gives only to those
 * who may see the organisation's member-level page.
 */
final class Exports {

    static final String DIR = "exports";
    static final String RANKINGS = "rankings.xlsx";
    static final String ALARMS = "alarms.xlsx";

    private Exports() {
    }

    static String organisationFile(String code) {
        return code + ".xlsx";
    }

    static void write(SiteFiles files, GoldSnapshot gold, Messages m) throws IOException {
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
            save(book, files, DIR + "/" + RANKINGS);
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
            save(book, files, DIR + "/" + ALARMS);
        }
    }

    /** One organisation's alarms with the members they concern, and every result with the records behind it. */
    static void writeOrganisation(SiteFiles files, GoldSnapshot.Organisation org, OrgPage.Index index, Messages m) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet alarms = book.createSheet(m.get("section.alarms"));
            header(alarms, m.get("alarm.type"), m.get("rule"), m.get("alarm.subject"), m.get("alarm.since"), m.get("alarm.note"));
            int r = 1;
            for (GoldSnapshot.Alarm a : index.alarms().getOrDefault(org.code(), List.of())) {
                cells(alarms.createRow(r++), m.label("alarm", a.type()), m.label("rule", a.ruleId()), a.subject(), a.since(), a.note());
            }
            Sheet evidence = book.createSheet(m.get("evidence"));
            header(evidence, m.get("rule"), m.get("period"), m.get("status"), m.get("alarm.note"), m.get("evidence.kind"),
                    m.get("evidence.ref"), m.get("evidence.detail"));
            Map<String, List<GoldSnapshot.Evidence>> byResult = index.evidence().getOrDefault(org.code(), List.of()).stream()
                    .collect(java.util.stream.Collectors.groupingBy(e -> e.ruleId() + "|" + e.periodStart()));
            r = 1;
            List<GoldSnapshot.RuleResult> results = index.results().getOrDefault(org.code(), List.of()).stream()
                    .sorted(Comparator.comparing(GoldSnapshot.RuleResult::periodStart).reversed()
                            .thenComparing(GoldSnapshot.RuleResult::ruleId)).toList();
            for (GoldSnapshot.RuleResult res : results) {
                String period = res.periodStart() + " – " + res.periodEnd();
                List<GoldSnapshot.Evidence> records = byResult.getOrDefault(res.ruleId() + "|" + res.periodStart(), List.of());
                if (records.isEmpty()) {
                    cells(evidence.createRow(r++), m.label("rule", res.ruleId()), period, m.label("status", res.status()), res.note());
                }
                for (GoldSnapshot.Evidence e : records) {
                    cells(evidence.createRow(r++), m.label("rule", res.ruleId()), period, m.label("status", res.status()), res.note(),
                            m.label("evidence", e.kind()), e.ref(), e.detail());
                }
            }
            save(book, files, DIR + "/" + OrgPage.DIR + "/" + organisationFile(org.code()));
        }
    }

    private static void cells(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i] == null ? "" : values[i]);
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

    private static void save(SXSSFWorkbook book, SiteFiles files, String relative) throws IOException {
        files.write(relative, book::write);
        book.dispose();
    }
}
