package com.dangjian.dashboards;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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
        Workbook rankings = new Workbook();
        Workbook.Sheet sheet = rankings.sheet(m.get("section.ranking")).row(m.get("month"), m.get("rank"), m.get("rank_in_category"),
                m.get("org_code"), m.get("org"), m.get("category"), m.get("overall"), m.get("compliance"), m.get("engagement"),
                m.get("evaluation"), m.get("rank_change"));
        List<GoldSnapshot.Scorecard> cards = gold.branchScorecards().stream()
                .sorted(Comparator.comparing(GoldSnapshot.Scorecard::month).reversed()
                        .thenComparingInt(GoldSnapshot.Scorecard::rank)).toList();
        for (GoldSnapshot.Scorecard s : cards) {
            GoldSnapshot.Organisation org = orgs.get(s.orgCode());
            sheet.row(s.month().substring(0, 7), s.rank(), s.rankInCategory(), s.orgCode(), org == null ? s.orgCode() : org.name(),
                    m.label("category", s.category()), s.overall(), s.compliance(), s.engagement(), s.evaluation(), s.rankChange());
        }
        save(rankings, files, DIR + "/" + RANKINGS);
        Workbook alarms = new Workbook();
        sheet = alarms.sheet(m.get("section.alarms")).row(m.get("org_code"), m.get("org"), m.get("alarm.type"), m.get("rule"),
                m.get("alarm.subject"), m.get("alarm.since"), m.get("alarm.note"));
        for (GoldSnapshot.Alarm a : gold.alarms()) {
            GoldSnapshot.Organisation org = orgs.get(a.orgCode());
            String subject = AlarmsPage.subject(a, m);
            sheet.row(a.orgCode(), org == null ? a.orgCode() : org.name(), m.label("alarm", a.type()), m.label("rule", a.ruleId()),
                    subject == null ? "" : subject, a.since() == null ? "" : a.since(), a.note());
        }
        save(alarms, files, DIR + "/" + ALARMS);
    }

    /** One organisation's alarms with the members they concern, and every result with the records behind it. */
    static void writeOrganisation(SiteFiles files, GoldSnapshot.Organisation org, OrgPage.Index index, Messages m) throws IOException {
        Workbook book = new Workbook();
        Workbook.Sheet alarms = book.sheet(m.get("section.alarms")).row(m.get("alarm.type"), m.get("rule"), m.get("alarm.subject"),
                m.get("alarm.since"), m.get("alarm.note"));
        for (GoldSnapshot.Alarm a : index.alarms().getOrDefault(org.code(), List.of())) {
            alarms.row(text(m.label("alarm", a.type()), m.label("rule", a.ruleId()), a.subject(), a.since(), a.note()));
        }
        Workbook.Sheet evidence = book.sheet(m.get("evidence")).row(m.get("rule"), m.get("period"), m.get("status"), m.get("alarm.note"),
                m.get("evidence.kind"), m.get("evidence.ref"), m.get("evidence.detail"));
        Map<String, List<GoldSnapshot.Evidence>> byResult = index.evidence().getOrDefault(org.code(), List.of()).stream()
                .collect(java.util.stream.Collectors.groupingBy(e -> e.ruleId() + "|" + e.periodStart()));
        List<GoldSnapshot.RuleResult> results = index.results().getOrDefault(org.code(), List.of()).stream()
                .sorted(Comparator.comparing(GoldSnapshot.RuleResult::periodStart).reversed()
                        .thenComparing(GoldSnapshot.RuleResult::ruleId)).toList();
        for (GoldSnapshot.RuleResult res : results) {
            String period = res.periodStart() + " – " + res.periodEnd();
            List<GoldSnapshot.Evidence> records = byResult.getOrDefault(res.ruleId() + "|" + res.periodStart(), List.of());
            if (records.isEmpty()) {
                evidence.row(text(m.label("rule", res.ruleId()), period, m.label("status", res.status()), res.note()));
            }
            for (GoldSnapshot.Evidence e : records) {
                evidence.row(text(m.label("rule", res.ruleId()), period, m.label("status", res.status()), res.note(),
                        m.label("evidence", e.kind()), e.ref(), e.detail()));
            }
        }
        save(book, files, DIR + "/" + OrgPage.DIR + "/" + organisationFile(org.code()));
    }

    /** Text cells, an absent value as an empty one (the member-level workbook keeps every column of a row). */
    private static Object[] text(String... values) {
        Object[] cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = values[i] == null ? "" : values[i];
        }
        return cells;
    }

    private static void save(Workbook book, SiteFiles files, String relative) throws IOException {
        files.write(relative, book::writeTo);
    }
}
