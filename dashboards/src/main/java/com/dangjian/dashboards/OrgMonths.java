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
            String start = r.periodStart().substring(0, 7);
            String end = r.periodEnd().substring(0, 7);
            if (start.equals(end)) { // a month or a month-end point: most results, and no date arithmetic
                covered.add(start);
                continue;
            }
            for (java.time.YearMonth ym = java.time.YearMonth.parse(start), last = java.time.YearMonth.parse(end);
                 !ym.isAfter(last); ym = ym.plusMonths(1)) {
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

    /** 得分构成: why the page's month's scores are what they are (see {@link ScoreExplanation}); other months from the data. */
    static void why(StringBuilder body, GoldSnapshot.Organisation org, Map<String, List<String[]>> rows, Messages m, String shown) {
        if (rows.isEmpty()) {
            return;
        }
        body.append("<section id=\"why-section\"><h2>").append(m.get("section.why")).append("</h2><p class=\"note\">")
                .append(m.get("BRANCH".equals(org.type()) ? "section.why.note" : "section.why.note.aggregate"))
                .append("</p><table id=\"why-table\"><thead><tr>").append(Scripts.th(m.get("why.item"), "text"))
                .append(Scripts.th(m.get("why.value"), "num")).append(Scripts.th(m.get("why.explanation"), "text"))
                .append("</tr></thead><tbody>").append(ScoreExplanation.html(shown, rows.getOrDefault(shown, List.of())))
                .append("</tbody></table></section>");
    }

    /** Every month's 得分构成 rows (see {@link ScoreExplanation#rows}): the page's month and the script's data share them. */
    static Map<String, List<String[]>> whyRows(GoldSnapshot.Organisation org, OrgPage.Index index, RuleCatalogue catalogue,
                                                       Messages m) {
        List<GoldSnapshot.Scorecard> cards = index.scorecards().getOrDefault(org.code(), List.of()).stream()
                .sorted(Comparator.comparing(GoldSnapshot.Scorecard::month).reversed()).toList();
        Map<String, GoldSnapshot.RuleResult> byKey = new java.util.HashMap<>();
        index.results().getOrDefault(org.code(), List.of()).forEach(r -> byKey.put(r.ruleId() + "|" + r.periodStart(), r));
        return ScoreExplanation.rows(cards, index.deductions().getOrDefault(org.code(), List.of()), byKey, catalogue, m);
    }

    /**
     * One result as the history shows it: its period's first and last day, its cells, the records behind it without
     * member detail ({@code evidence}) and with it ({@code memberEvidence}).
     */
    record HistoryRow(String start, String end, String rule, String status, String note, String evidence,
                      String memberEvidence) {

        boolean covers(String month) {
            return start.substring(0, 7).compareTo(month) <= 0 && end.substring(0, 7).compareTo(month) >= 0;
        }

        String period() {
            return start + " – " + end;
        }

        String html(String month, OrgPage.Detail detail) {
            return "<tr data-month=\"" + month + "\"><td>" + Html.text(rule) + "</td><td>" + Html.text(period()) + "</td><td>"
                    + Html.text(status) + "</td><td>" + Html.text(note) + "</td><td>"
                    + Html.text(detail == OrgPage.Detail.MEMBERS ? memberEvidence : evidence) + "</td></tr>";
        }
    }

    /** Every result of the organisation once, in the read side's order, with the months it covers. */
    static List<HistoryRow> historyRows(GoldSnapshot.Organisation org, OrgPage.Index index, Messages m) {
        List<GoldSnapshot.RuleResult> results = index.results().getOrDefault(org.code(), List.of());
        Map<String, List<GoldSnapshot.Evidence>> evidence = index.evidence().getOrDefault(org.code(), List.of()).stream()
                .collect(Collectors.groupingBy(e -> e.ruleId() + "|" + e.periodStart()));
        List<HistoryRow> rows = new ArrayList<>(results.size());
        for (GoldSnapshot.RuleResult r : results) {
            List<GoldSnapshot.Evidence> records = evidence.getOrDefault(r.ruleId() + "|" + r.periodStart(), List.of());
            String summary = evidenceText(records, m, OrgPage.Detail.SUMMARY);
            boolean namesMembers = records.stream().anyMatch(e -> MEMBER_EVIDENCE.contains(e.kind()));
            rows.add(new HistoryRow(r.periodStart(), r.periodEnd(), m.label("rule", r.ruleId()),
                    ComplianceMatrix.symbol(r.status()) + " " + m.label("status", r.status()),
                    r.note() == null ? "" : r.note(), summary,
                    namesMembers ? evidenceText(records, m, OrgPage.Detail.MEMBERS) : summary));
        }
        return rows;
    }

    /**
     * 逐月规则结果与依据: every rule result covering the page's month (what the matrix cell shows) with its note and
     * the records behind it; other months are rendered from the script's data when chosen. The member-level page
     * carries, in an inert template, the member-level records of every result that names members (the shared script has
     * none: it is served to everyone who may see the organisation's page).
     */
    static void history(StringBuilder body, List<HistoryRow> rows, Messages m, String shown, OrgPage.Detail detail) {
        if (rows.isEmpty() || shown == null) {
            return;
        }
        body.append("<section id=\"history-section\"><h2>").append(m.get("section.history.results")).append("</h2><p class=\"note\">")
                .append(m.get("section.history.results.note")).append("</p><table id=\"org-history\"><thead><tr>")
                .append(Scripts.th(m.get("rule"), "text"))
                .append(Scripts.th(m.get("period"), "text")).append(Scripts.th(m.get("status"), "text"))
                .append(Scripts.th(m.get("alarm.note"), "text")).append(Scripts.th(m.get("evidence"), "text"))
                .append("</tr></thead><tbody>");
        rows.stream().filter(r -> r.covers(shown)).forEach(r -> body.append(r.html(shown, detail)));
        body.append("</tbody></table>");
        if (detail == OrgPage.Detail.MEMBERS) {
            body.append("<template id=\"member-evidence\">");
            for (int i = 0; i < rows.size(); i++) {
                HistoryRow r = rows.get(i);
                if (!r.memberEvidence().equals(r.evidence())) {
                    body.append("<span data-row=\"").append(i).append("\">").append(Html.text(r.memberEvidence())).append("</span>");
                }
            }
            body.append("</template>");
        }
        body.append("</section>");
    }

    /**
     * The months' data for the page's script (no member named): {@code ORG_MONTHS.results}, each result once as
     * [first day, last day, rule, status, note, records] (a yearly result is one entry, not twelve rows), and
     * {@code ORG_MONTHS.why}, month → its 得分构成 rows. A text that occurs more than once (a rule's name, a status,
     * "党员 0 人", the formula of the overall score every month) is written once in {@code ORG_MONTHS.strings} and
     * elsewhere as its index there: it is most of three years of results, and a third of the bytes remain.
     */
    static String data(List<HistoryRow> rows, Map<String, List<String[]>> why) {
        Map<String, Integer> seen = new java.util.HashMap<>();
        rows.forEach(r -> java.util.stream.Stream.of(r.rule(), r.status(), r.note(), r.evidence()).forEach(t -> seen.merge(t, 1, Integer::sum)));
        why.values().forEach(cells -> cells.forEach(c -> java.util.Arrays.stream(c).forEach(t -> seen.merge(t, 1, Integer::sum))));
        Map<String, Integer> shared = new java.util.LinkedHashMap<>();
        StringBuilder b = new StringBuilder("var ORG_MONTHS = {\"results\": [");
        for (int i = 0; i < rows.size(); i++) {
            HistoryRow r = rows.get(i);
            b.append(i == 0 ? "\n" : ",\n").append('[').append(Scripts.string(r.start())).append(',').append(Scripts.string(r.end()));
            for (String text : new String[]{r.rule(), r.status(), r.note(), r.evidence()}) {
                b.append(',').append(text(text, seen, shared));
            }
            b.append(']');
        }
        b.append("],\n\"why\": {");
        boolean first = true;
        for (Map.Entry<String, List<String[]>> month : why.entrySet()) {
            b.append(first ? "\n" : ",\n").append(Scripts.string(month.getKey())).append(": [");
            first = false;
            List<String[]> cells = month.getValue();
            for (int i = 0; i < cells.size(); i++) {
                b.append(i == 0 ? "[" : ",[");
                for (int c = 0; c < 4; c++) {
                    b.append(c == 0 ? "" : ",").append(text(cells.get(i)[c], seen, shared));
                }
                b.append(']');
            }
            b.append(']');
        }
        b.append("},\n\"strings\": [");
        int n = 0;
        for (String text : shared.keySet()) {
            b.append(n++ == 0 ? "" : ",").append(Scripts.string(text));
        }
        return b.append("]};\n").toString();
    }

    /** A text of the months' data: its index in ORG_MONTHS.strings if it occurs more than once, else the text. */
    private static String text(String text, Map<String, Integer> seen, Map<String, Integer> shared) {
        String t = text == null ? "" : text;
        if (t.length() < 2 || seen.getOrDefault(t, 0) < 2) {
            return Scripts.string(t);
        }
        return String.valueOf(shared.computeIfAbsent(t, k -> shared.size()));
    }

    /**
     * Shows the chosen month (the selector, or #m=YYYY-MM from a matrix cell) in both tables, rendering its rows from
     * ORG_MONTHS — with the member-level records on the page that carries them.
     */
    static final String MONTH_SCRIPT = """
            (function () {
              var select = document.getElementById('result-month');
              if (!select || typeof ORG_MONTHS === 'undefined') { return; }
              var memberEvidence = {}, members = document.getElementById('member-evidence');
              if (members) {
                members.content.querySelectorAll('[data-row]').forEach(function (s) { memberEvidence[s.dataset.row] = s.textContent; });
              }
              function esc(s) {
                return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
              }
              function td(s) { return '<td>' + esc(s) + '</td>'; }
              function text(x) { return typeof x === 'number' ? ORG_MONTHS.strings[x] : x; }
              var wanted = (location.hash.match(/m=(\\d{4}-\\d{2})/) || [])[1];
              var first = select.value;
              if (wanted && select.querySelector('option[value="' + wanted + '"]')) { select.value = wanted; }
              function show() {
                var month = select.value, history = document.querySelector('#org-history tbody'),
                    why = document.querySelector('#why-table tbody'), html = '';
                if (history) {
                  ORG_MONTHS.results.forEach(function (r, i) {
                    if (r[0].slice(0, 7) <= month && r[1].slice(0, 7) >= month) {
                      var records = memberEvidence.hasOwnProperty(i) ? memberEvidence[i] : text(r[5]);
                      html += '<tr data-month="' + month + '">' + td(text(r[2])) + td(r[0] + ' – ' + r[1]) + td(text(r[3]))
                        + td(text(r[4])) + td(records) + '</tr>';
                    }
                  });
                  history.innerHTML = html;
                }
                if (why) {
                  html = '';
                  (ORG_MONTHS.why[month] || []).forEach(function (row) {
                    var r = row.map(text);
                    html += '<tr' + (r[0] ? ' class="' + r[0] + '"' : '') + ' data-month="' + month + '"><th scope="row">'
                      + esc(r[1]) + '</th><td class="num">' + esc(r[2]) + '</td>' + td(r[3]) + '</tr>';
                  });
                  why.innerHTML = html;
                }
              }
              select.addEventListener('change', show);
              if (select.value !== first) { show(); }
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
