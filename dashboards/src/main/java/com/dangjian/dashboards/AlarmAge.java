package com.dangjian.dashboards;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How long an alarm has been open and how many of each type there are, as leadership reads them: days overdue
 * are the days from the alarm's "since" (a term's end, a deadline, the first month missed or unpaid) to the end
 * of the month it is open in (its as_of: the last complete month, the state the night assessed); the oldest first.
 */
final class AlarmAge {

    private AlarmAge() {
    }

    /** Days from since to the end of the alarm's month (0 on the day itself); null when the alarm has no since or no as-of. */
    static Long daysOverdue(GoldSnapshot.Alarm a) {
        if (a.since() == null || a.asOf() == null) {
            return null;
        }
        LocalDate monthEnd = java.time.YearMonth.from(LocalDate.parse(a.asOf().substring(0, 10))).atEndOfMonth();
        return Math.max(0, ChronoUnit.DAYS.between(LocalDate.parse(a.since().substring(0, 10)), monthEnd));
    }

    /** Oldest first; alarms with no since last; then by organisation. */
    static List<GoldSnapshot.Alarm> oldestFirst(List<GoldSnapshot.Alarm> alarms) {
        return alarms.stream().sorted(Comparator.comparing((GoldSnapshot.Alarm a) -> {
            Long d = daysOverdue(a);
            return d == null ? Long.MIN_VALUE : d;
        }).reversed().thenComparing(GoldSnapshot.Alarm::orgCode).thenComparing(GoldSnapshot.Alarm::type)).toList();
    }

    /** Alarms per type, in the order of the types' codes. */
    static Map<String, Long> countsByType(List<GoldSnapshot.Alarm> alarms) {
        Map<String, Long> counts = new TreeMap<>();
        alarms.forEach(a -> counts.merge(a.type(), 1L, Long::sum));
        return counts;
    }

    /**
     * The counts as a line of links ("换届逾期 2 · 党费欠缴 3"), each to the alarms page filtered by its type
     * ({@code alarmsPage} is the way to alarms.html from the page showing them).
     */
    static String countsLine(String id, List<GoldSnapshot.Alarm> alarms, String alarmsPage, Messages m) {
        StringBuilder b = new StringBuilder("<ul class=\"alarm-counts\" id=\"").append(id).append("\">");
        countsByType(alarms).forEach((type, n) -> b.append("<li data-type=\"").append(Html.text(type)).append("\"><a href=\"")
                .append(alarmsPage).append("#type=").append(Html.text(type)).append("\">").append(Html.text(m.label("alarm", type)))
                .append(" <strong>").append(n).append("</strong></a></li>"));
        return b.append("</ul>").toString();
    }

    /** Days overdue as a table cell, sortable as a number. */
    static String cell(GoldSnapshot.Alarm a) {
        Long d = daysOverdue(a);
        return "<td class=\"num\">" + (d == null ? "—" : d.toString()) + "</td>";
    }
}
