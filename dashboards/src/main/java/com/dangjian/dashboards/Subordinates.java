package com.dangjian.dashboards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 下级党组织 on a committee's or general branch's page: every organisation below it (党总支 and 党支部, however
 * deep) with its scorecard of the month the page shows, its rank among the organisations of its own type (a
 * branch among branches), and its open alarms — and the alarms of all of them, rolled up.
 */
final class Subordinates {

    private Subordinates() {
    }

    /** Every organisation below {@code org}, depth first, each level by code. */
    static List<GoldSnapshot.Organisation> below(GoldSnapshot.Organisation org, OrgPage.Index index) {
        List<GoldSnapshot.Organisation> out = new ArrayList<>();
        collect(org.code(), index, out);
        return out;
    }

    private static void collect(String code, OrgPage.Index index, List<GoldSnapshot.Organisation> out) {
        for (GoldSnapshot.Organisation c : index.children().getOrDefault(code, List.of()).stream()
                .sorted(Comparator.comparing(GoldSnapshot.Organisation::code)).toList()) {
            if (!out.contains(c)) { // a malformed tree with a cycle stops here
                out.add(c);
                collect(c.code(), index, out);
            }
        }
    }

    /** The open alarms of the organisation and of every organisation below it. */
    static List<GoldSnapshot.Alarm> alarms(GoldSnapshot.Organisation org, OrgPage.Index index) {
        List<GoldSnapshot.Alarm> out = new ArrayList<>(index.alarms().getOrDefault(org.code(), List.of()));
        below(org, index).forEach(o -> out.addAll(index.alarms().getOrDefault(o.code(), List.of())));
        return out;
    }

    /**
     * The sortable table of the organisations below, scored in {@code month} ("yyyy-MM-dd", null: nothing scored): its
     * header here, its rows drawn by the page's script from {@link #data} ({@link #SCRIPT}) — a top committee has two
     * thousand organisations below it at province scale, a megabyte of rows the page took over a second to open.
     */
    static String table(Messages m, String month) {
        return "<section id=\"subordinates-section\"><h2>" + m.get("org.children") + (month == null ? "" : " · " + month.substring(0, 7))
                + "</h2><p class=\"note\">" + m.get("org.children.note") + "</p><div class=\"table-wrap wide\"><table id=\"subordinates\""
                + " data-drawn data-more=\"" + Html.text(m.get("table.more")) + "\"><thead><tr>"
                + Scripts.th(m.get("org"), "text") + Scripts.th(m.get("org.type"), "text") + Scripts.th(m.get("org.parent"), "text")
                + Scripts.th(m.get("overall"), "num") + Scripts.th(m.get("compliance"), "num") + Scripts.th(m.get("engagement"), "num")
                + Scripts.th(m.get("evaluation"), "num") + Scripts.th(m.get("rank"), "num") + Scripts.th(m.get("tile.alarms"), "num")
                + "</tr></thead><tbody></tbody></table></div></section>";
    }

    /**
     * The table's rows for the page's script: per organisation below its code, name, type, parent's name, overall,
     * compliance, engagement and evaluation scores as the table shows them (one decimal; null: none), its rank "r / n"
     * (null: not scored in the month) and its open alarms.
     */
    static String data(GoldSnapshot.Organisation org, OrgPage.Index index, String month, Messages m) {
        StringBuilder b = new StringBuilder("var SUBORDINATES = {\"unscored\": ").append(Scripts.string(m.get("org.children.unscored")))
                .append(", \"noEvaluation\": ").append(Scripts.string(m.get("evaluation.none"))).append(", \"rows\": [");
        boolean first = true;
        for (GoldSnapshot.Organisation o : below(org, index)) {
            GoldSnapshot.Scorecard card = month == null ? null : index.scorecards().getOrDefault(o.code(), List.of()).stream()
                    .filter(s -> s.month().equals(month)).findFirst().orElse(null);
            GoldSnapshot.Organisation parent = index.orgs().get(o.parent());
            b.append(first ? "\n[" : ",\n[").append(Scripts.string(o.code())).append(',').append(Scripts.string(o.name())).append(',')
                    .append(Scripts.string(m.label("org_type", o.type()))).append(',').append(Scripts.string(parent == null ? "—" : parent.name()));
            first = false;
            if (card == null) {
                b.append(",null,null,null,null,null");
            } else {
                b.append(',').append(score(card.overall())).append(',').append(score(card.compliance())).append(',')
                        .append(score(card.engagement())).append(',').append(score(card.evaluation())).append(",\"")
                        .append(card.rank()).append(" / ").append(index.rankedWith(card)).append('"');
            }
            b.append(',').append(index.alarms().getOrDefault(o.code(), List.of()).size()).append(']');
        }
        return b.append("]};\n").toString();
    }

    /** A score as the table shows it (one decimal), a JavaScript number; null when there is none. */
    private static String score(Double v) {
        return v == null ? "null" : Decimals.fixed(v, 1);
    }

    /** Draws the rows (page.js's drawnRows: the first at once, the rest when scrolled to); a blank cell says why. */
    static final String SCRIPT = """
            (function () {
              var table = document.getElementById('subordinates');
              if (!table || typeof SUBORDINATES === 'undefined') { return; }
              var unscored = '<td class="num missing" title="' + escapeHtml(SUBORDINATES.unscored) + '">—</td>';
              function num(v) { return '<td class="num">' + oneDecimal(v) + '</td>'; }
              function html(r) {
                var cells = r[8] === null ? unscored + unscored + unscored + unscored + unscored
                  : num(r[4]) + num(r[5]) + num(r[6]) + (r[7] === null ? '<td class="num missing" title="'
                    + escapeHtml(SUBORDINATES.noEvaluation) + '">—</td>' : num(r[7])) + '<td class="num">' + r[8] + '</td>';
                return '<tr data-org="' + escapeHtml(r[0]) + '"><td><a href="' + escapeHtml(r[0]) + '.html">' + escapeHtml(r[1])
                  + '</a></td><td>' + escapeHtml(r[2]) + '</td><td>' + escapeHtml(r[3]) + '</td>' + cells
                  + '<td class="num">' + r[9] + '</td></tr>';
              }
              function text(r, col) { var v = r[col + 1]; return v === null ? '—' : String(v); } // the columns after the code
              drawnRows(table, html, text).show(SUBORDINATES.rows);
            })();
            """;

}
