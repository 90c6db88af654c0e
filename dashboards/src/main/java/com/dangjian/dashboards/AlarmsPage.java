package com.dangjian.dashboards;

import java.util.Map;
import java.util.TreeSet;

/** 预警: every open alarm, filterable by type, rule and organisation, with since-when and why. */
final class AlarmsPage {

    private AlarmsPage() {
    }

    /** Alarms about one member: the department-wide list names no member (member lists are for the branch's own page). */
    static final java.util.Set<String> MEMBER_ALARMS = java.util.Set.of("DUES_ARREARS", "ABSENCE", "PROBATION_OVERDUE");

    static String subject(GoldSnapshot.Alarm a, Messages m) {
        return MEMBER_ALARMS.contains(a.type()) ? m.get("alarm.subject.member") : a.subject();
    }

    static PageContent render(GoldSnapshot gold, Messages m) {
        Map<String, GoldSnapshot.Organisation> orgs = gold.organisationsByCode();
        StringBuilder body = new StringBuilder("<section id=\"alarms-section\"><h2>").append(m.get("section.alarms"))
                .append("</h2><p class=\"note\">").append(m.get("section.alarms.note")).append("</p>")
                .append(AlarmAge.countsLine("alarm-counts", gold.alarms(), "", m));
        body.append("<div class=\"filters\"><label>").append(m.get("alarm.type")).append(" <select id=\"alarm-type\"><option value=\"\">")
                .append(m.get("filter.all")).append("</option>");
        new TreeSet<>(gold.alarms().stream().map(GoldSnapshot.Alarm::type).toList()).forEach(t -> body.append("<option value=\"")
                .append(Html.text(t)).append("\">").append(Html.text(m.label("alarm", t))).append("</option>"));
        body.append("</select></label><label>").append(m.get("rule")).append(" <select id=\"alarm-rule\"><option value=\"\">")
                .append(m.get("filter.all")).append("</option>");
        new TreeSet<>(gold.alarms().stream().map(GoldSnapshot.Alarm::ruleId).toList()).forEach(r -> body.append("<option value=\"")
                .append(Html.text(r)).append("\">").append(Html.text(m.label("rule", r))).append("</option>"));
        body.append("</select></label><label>").append(m.get("org")).append(" <input id=\"alarm-org\" type=\"search\"></label>")
                .append("<span id=\"alarm-count\" aria-live=\"polite\"></span><button type=\"button\" id=\"alarm-export\">")
                .append(m.get("alarms.export.filtered")).append("</button><a href=\"").append(Exports.DIR).append("/")
                .append(Exports.ALARMS).append("\" download>").append(m.get("alarms.export.all")).append("</a></div>");
        body.append("<div class=\"table-wrap wide\"><table id=\"alarms-table\"><thead><tr>").append(Scripts.th(m.get("org"), "text"))
                .append(Scripts.th(m.get("alarm.type"), "text")).append(Scripts.th(m.get("rule"), "text"))
                .append(Scripts.th(m.get("alarm.subject"), "text")).append(Scripts.th(m.get("alarm.since"), "text"))
                .append(Scripts.th(m.get("alarm.days"), "num")).append(Scripts.th(m.get("alarm.note"), "text"))
                .append("</tr></thead><tbody>");
        for (GoldSnapshot.Alarm a : AlarmAge.oldestFirst(gold.alarms())) {
            GoldSnapshot.Organisation org = orgs.get(a.orgCode());
            String name = org == null ? a.orgCode() : org.name();
            body.append("<tr data-type=\"").append(Html.text(a.type())).append("\" data-rule=\"").append(Html.text(a.ruleId()))
                    .append("\" data-org=\"").append(Html.text(name + " " + a.orgCode())).append("\"><td title=\"")
                    .append(Html.text(a.orgCode())).append("\">").append(OrgPage.link("org/", a.orgCode(), org)).append("</td><td>")
                    .append(Html.text(m.label("alarm", a.type()))).append("</td><td>").append(Html.text(m.label("rule", a.ruleId())))
                    .append("</td><td>").append(Html.text(subject(a, m))).append("</td><td>").append(Html.text(a.since() == null ? "—" : a.since()))
                    .append("</td>").append(AlarmAge.cell(a)).append("<td>").append(Html.text(a.note())).append("</td></tr>");
        }
        body.append("</tbody></table></div>");
        if (gold.alarms().isEmpty()) {
            body.append("<p>").append(m.get("alarms.none")).append("</p>");
        }
        body.append("</section>");
        return new PageContent(body.toString(), SCRIPT.replace("{count}", m.get("alarms.count").replace("'", "\\'"))
                .replace("{file}", m.get("alarms.export.file").replace("'", "\\'")) + Scripts.SORTABLE);
    }

    /**
     * Filters by type (also from the address: alarms.html#type=X, the overview's counts link there), rule and
     * organisation; exports the rows shown as CSV (UTF-8 with a byte-order mark, which Excel needs for Chinese).
     */
    private static final String SCRIPT = """
            function filterAlarms() {
              var type = document.getElementById('alarm-type').value, rule = document.getElementById('alarm-rule').value;
              var org = document.getElementById('alarm-org').value.trim(), shown = 0;
              document.querySelectorAll('#alarms-table tbody tr').forEach(function (r) {
                var show = (!type || r.dataset.type === type) && (!rule || r.dataset.rule === rule)
                    && (!org || r.dataset.org.indexOf(org) >= 0);
                r.hidden = !show; if (show) { shown++; }
              });
              document.getElementById('alarm-count').textContent = '{count}'.replace('{n}', shown);
            }
            function typeFromAddress() {
              var m = /type=([A-Z_]+)/.exec(location.hash);
              if (m) { document.getElementById('alarm-type').value = m[1]; }
              filterAlarms();
            }
            ['alarm-type', 'alarm-rule', 'alarm-org'].forEach(function (id) {
              document.getElementById(id).addEventListener('input', filterAlarms);
            });
            window.addEventListener('hashchange', typeFromAddress);
            document.getElementById('alarm-export').addEventListener('click', function () {
              var cell = function (t) { t = t.trim(); return /[",\\n]/.test(t) ? '"' + t.replace(/"/g, '""') + '"' : t; };
              var lines = [Array.from(document.querySelectorAll('#alarms-table thead th')).map(function (th) { return cell(th.textContent); }).join(',')];
              document.querySelectorAll('#alarms-table tbody tr').forEach(function (r) {
                if (!r.hidden) { lines.push(Array.from(r.cells).map(function (c) { return cell(c.textContent); }).join(',')); }
              });
              var a = document.createElement('a');
              a.href = URL.createObjectURL(new Blob(['\\ufeff' + lines.join('\\r\\n') + '\\r\\n'], {type: 'text/csv;charset=utf-8'}));
              a.download = '{file}';
              document.body.appendChild(a); a.click(); a.remove();
              document.body.setAttribute('data-exported-rows', lines.length - 1);
            });
            typeFromAddress();
            """;
}
