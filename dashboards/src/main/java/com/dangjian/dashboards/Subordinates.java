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

    /** The sortable table of the organisations below, scored in {@code month} ("yyyy-MM-dd", null: nothing scored). */
    static String table(GoldSnapshot.Organisation org, OrgPage.Index index, String month, Messages m) {
        List<GoldSnapshot.Organisation> below = below(org, index);
        StringBuilder b = new StringBuilder("<section id=\"subordinates-section\"><h2>").append(m.get("org.children"))
                .append(month == null ? "" : " · " + month.substring(0, 7)).append("</h2><p class=\"note\">")
                .append(m.get("org.children.note")).append("</p><div class=\"table-wrap wide\"><table id=\"subordinates\"><thead><tr>")
                .append(Scripts.th(m.get("org"), "text")).append(Scripts.th(m.get("org.type"), "text"))
                .append(Scripts.th(m.get("org.parent"), "text")).append(Scripts.th(m.get("overall"), "num"))
                .append(Scripts.th(m.get("compliance"), "num")).append(Scripts.th(m.get("engagement"), "num"))
                .append(Scripts.th(m.get("evaluation"), "num")).append(Scripts.th(m.get("rank"), "num"))
                .append(Scripts.th(m.get("tile.alarms"), "num")).append("</tr></thead><tbody>");
        for (GoldSnapshot.Organisation o : below) {
            GoldSnapshot.Scorecard card = month == null ? null : index.scorecards().getOrDefault(o.code(), List.of()).stream()
                    .filter(s -> s.month().equals(month)).findFirst().orElse(null);
            GoldSnapshot.Organisation parent = index.orgs().get(o.parent());
            b.append("<tr data-org=\"").append(Html.text(o.code())).append("\"><td>").append(OrgPage.link("", o.code(), o))
                    .append("</td><td>").append(Html.text(m.label("org_type", o.type()))).append("</td><td>")
                    .append(Html.text(parent == null ? "—" : parent.name())).append("</td>");
            if (card == null) {
                b.append(("<td class=\"num missing\" title=\"" + Html.text(m.get("org.children.unscored")) + "\">—</td>").repeat(5));
            } else {
                b.append(num(card.overall())).append(num(card.compliance())).append(num(card.engagement()))
                        .append(card.evaluation() == null ? "<td class=\"num missing\" title=\"" + Html.text(m.get("evaluation.none"))
                                + "\">—</td>" : num(card.evaluation()))
                        .append("<td class=\"num\">").append(card.rank()).append(" / ")
                        .append(index.rankedWith(card)).append("</td>");
            }
            b.append("<td class=\"num\">").append(index.alarms().getOrDefault(o.code(), List.of()).size()).append("</td></tr>");
        }
        return b.append("</tbody></table></div></section>").toString();
    }

    private static String num(Double v) {
        return "<td class=\"num\">" + Scripts.number(v) + "</td>";
    }
}
