package com.dangjian.dashboards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.dangjian.contracts.rules.RuleCatalogue;

/**
 * The month-by-month sections of an organisation's page: a month selector (the compliance matrix's cells open a
 * month with #m=YYYY-MM), 得分构成 (why each score is what it is) and 逐月规则结果与依据 (every result covering the
 * month, with the records behind it).
 */
final class OrgMonths {

    private OrgMonths() {
    }

    static final int EVIDENCE_SHOWN = 8;

    /**
     * The months an organisation's page can show: every month in which it has a rule result or a scorecard — so
     * every cell of the compliance matrix, which links here with #m=YYYY-MM — newest first.
     */
    static List<String> months(GoldSnapshot.Organisation org, OrgPage.Index index) {
        java.util.Set<String> covered = new java.util.HashSet<>();
        index.scorecards().getOrDefault(org.code(), List.of()).forEach(s -> covered.add(s.month().substring(0, 7)));
        for (GoldSnapshot.RuleResult r : index.results().getOrDefault(org.code(), List.of())) {
            for (java.time.YearMonth ym = java.time.YearMonth.parse(r.periodStart().substring(0, 7));
                 !ym.isAfter(java.time.YearMonth.parse(r.periodEnd().substring(0, 7))); ym = ym.plusMonths(1)) {
                covered.add(ym.toString());
            }
        }
        return covered.stream().sorted(Comparator.reverseOrder()).toList();
    }

    /** 月份 selector shared by 得分构成 and 逐月规则结果与依据. */
    static void monthFilter(StringBuilder body, List<String> months, Messages m) {
        body.append("<div class=\"filters\" id=\"month-filter\"><label>").append(m.get("month")).append(" <select id=\"result-month\">");
        months.forEach(month -> body.append("<option value=\"").append(month).append("\">").append(month).append("</option>"));
        body.append("</select></label></div>");
    }

    /** 得分构成: why each month's scores are what they are (see {@link ScoreExplanation}). */
    static void why(StringBuilder body, GoldSnapshot.Organisation org, OrgPage.Index index, RuleCatalogue catalogue,
                            Messages m, String shown) {
        List<GoldSnapshot.Scorecard> cards = index.scorecards().getOrDefault(org.code(), List.of()).stream()
                .sorted(Comparator.comparing(GoldSnapshot.Scorecard::month).reversed()).toList();
        if (cards.isEmpty()) {
            return;
        }
        Map<String, GoldSnapshot.RuleResult> byKey = new java.util.HashMap<>();
        index.results().getOrDefault(org.code(), List.of()).forEach(r -> byKey.put(r.ruleId() + "|" + r.periodStart(), r));
        body.append("<section id=\"why-section\"><h2>").append(m.get("section.why")).append("</h2><p class=\"note\">")
                .append(m.get("BRANCH".equals(org.type()) ? "section.why.note" : "section.why.note.aggregate"))
                .append("</p><table id=\"why-table\"><thead><tr>").append(Scripts.th(m.get("why.item"), "text"))
                .append(Scripts.th(m.get("why.value"), "num")).append(Scripts.th(m.get("why.explanation"), "text"))
                .append("</tr></thead><tbody>")
                .append(ScoreExplanation.rows(cards, index.deductions().getOrDefault(org.code(), List.of()), byKey, catalogue, m, shown))
                .append("</tbody></table></section>");
    }

    /**
     * 逐月规则结果与依据: for any month the page can show, every rule result covering it (what the matrix cell
     * shows) with its note and the records behind it.
     */
    static void history(StringBuilder body, GoldSnapshot.Organisation org, OrgPage.Index index, Messages m, List<String> months,
                        OrgPage.Detail detail) {
        List<GoldSnapshot.RuleResult> results = index.results().getOrDefault(org.code(), List.of());
        if (results.isEmpty() || months.isEmpty()) {
            return;
        }
        Map<String, List<GoldSnapshot.Evidence>> evidence = index.evidence().getOrDefault(org.code(), List.of()).stream()
                .collect(Collectors.groupingBy(e -> e.ruleId() + "|" + e.periodStart()));
        body.append("<section id=\"history-section\"><h2>").append(m.get("section.history.results")).append("</h2><p class=\"note\">")
                .append(m.get("section.history.results.note")).append("</p><table id=\"org-history\"><thead><tr>")
                .append(Scripts.th(m.get("rule"), "text"))
                .append(Scripts.th(m.get("period"), "text")).append(Scripts.th(m.get("status"), "text"))
                .append(Scripts.th(m.get("alarm.note"), "text")).append(Scripts.th(m.get("evidence"), "text"))
                .append("</tr></thead><tbody>");
        // A yearly result covers twelve months and is a row of each: its months and cells are worked out once, not
        // once per month shown (this loop was a third of the dashboards stage).
        int n = results.size();
        java.time.YearMonth[] starts = new java.time.YearMonth[n];
        java.time.YearMonth[] ends = new java.time.YearMonth[n];
        String[] cells = new String[n];
        for (int j = 0; j < n; j++) {
            GoldSnapshot.RuleResult r = results.get(j);
            starts[j] = java.time.YearMonth.parse(r.periodStart().substring(0, 7));
            ends[j] = java.time.YearMonth.parse(r.periodEnd().substring(0, 7));
            cells[j] = "><td>" + Html.text(m.label("rule", r.ruleId())) + "</td><td>" + Html.text(r.periodStart())
                    + " – " + Html.text(r.periodEnd()) + "</td><td>" + ComplianceMatrix.symbol(r.status())
                    + " " + Html.text(m.label("status", r.status())) + "</td><td>" + Html.text(r.note())
                    + "</td><td>" + Html.text(evidenceText(evidence.getOrDefault(r.ruleId() + "|" + r.periodStart(), List.of()), m, detail))
                    + "</td></tr>";
        }
        for (int i = 0; i < months.size(); i++) {
            java.time.YearMonth month = java.time.YearMonth.parse(months.get(i));
            for (int j = 0; j < n; j++) {
                if (starts[j].isAfter(month) || ends[j].isBefore(month)) {
                    continue;
                }
                body.append("<tr data-month=\"").append(month).append("\"").append(i == 0 ? "" : " hidden").append(cells[j]);
            }
        }
        body.append("</tbody></table></section>");
    }

    /** Shows the rows of the chosen month (the selector, or #m=YYYY-MM from a matrix cell) in both tables. */
    static final String MONTH_SCRIPT = """
            (function () {
              var select = document.getElementById('result-month');
              if (!select) { return; }
              var wanted = (location.hash.match(/m=(\\d{4}-\\d{2})/) || [])[1];
              if (wanted && select.querySelector('option[value="' + wanted + '"]')) { select.value = wanted; }
              function show() {
                document.querySelectorAll('#org-history tbody tr, #why-table tbody tr').forEach(function (r) {
                  r.hidden = r.dataset.month !== select.value;
                });
              }
              select.addEventListener('change', show);
              show();
            })();
            """;

    /** The kinds of record that name a member: without member-level detail only their number is shown. */
    static final java.util.Set<String> MEMBER_EVIDENCE = java.util.Set.of("MEMBER");

    /**
     * "会议 M1、M2 …（共 N 条）": the records behind a result, by kind, the first few of each; without member-level
     * detail, members only as a number ("党员 12 人").
     */
    static String evidenceText(List<GoldSnapshot.Evidence> records, Messages m, OrgPage.Detail detail) {
        Map<String, List<String>> byKind = new java.util.TreeMap<>();
        records.forEach(e -> byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>())
                .add(e.detail() == null || e.detail().isBlank() ? e.ref() : e.ref() + "（" + e.detail() + "）"));
        StringBuilder b = new StringBuilder();
        byKind.forEach((kind, refs) -> {
            if (detail == OrgPage.Detail.SUMMARY && MEMBER_EVIDENCE.contains(kind)) {
                b.append(b.isEmpty() ? "" : "；").append(m.label("evidence", kind)).append(" ")
                        .append(m.get("evidence.count").replace("{n}", String.valueOf(refs.size())));
                return;
            }
            b.append(b.isEmpty() ? "" : "；").append(m.label("evidence", kind)).append(" ")
                    .append(String.join("、", refs.subList(0, Math.min(EVIDENCE_SHOWN, refs.size()))));
            if (refs.size() > EVIDENCE_SHOWN) {
                b.append(" …").append(m.get("evidence.total").replace("{n}", String.valueOf(refs.size())));
            }
        });
        return b.toString();
    }
}
