package com.dangjian.dashboards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * 数据: where the numbers come from and how fresh they are — this night's read of every source table (rows read,
 * loaded, rejected; stale sources), and the run history from the nights' reports in {@code reports/}.
 */
final class DataStatusPage {

    static final int HISTORY = 30;

    private DataStatusPage() {
    }

    static PageContent render(GoldSnapshot gold, NightStatus night, Path reportsDir, Messages m) {
        StringBuilder body = new StringBuilder("<section id=\"freshness-section\"><h2>").append(m.get("section.freshness"))
                .append("</h2><table><tbody>")
                .append(row(m.get("data.source"), m.get(gold.source() != null && gold.source().startsWith("ClickHouse")
                        ? "data.source.clickhouse" : "data.source.lake")))
                .append(row(m.get("data.run"), gold.runId()))
                .append(row(m.get("data.computed_at"), gold.computedAt()))
                .append(row(m.get("data.as_of"), night.asOf()))
                .append(row(m.get("data.stale"), night.staleSources().isEmpty() ? m.get("data.stale.none")
                        : String.join("、", night.staleSources().stream().map(s -> m.label("source", s) + m.get("data.stale.since")
                        .replace("{date}", NightReports.staleSince(s, night.asOf(), reports(reportsDir)))).toList())))
                .append("</tbody></table></section>");
        refusedAndWarnings(body, night, m);
        sources(body, night, m);
        counts(body, "held", gold.heldRows(), m.get("rows.held"), m.get("held.since"), m);
        counts(body, "rejects", gold.rejects(), m.get("rows.rejected"), m.get("rejects.last"), m);
        history(body, reportsDir, m);
        return new PageContent(body.toString(), Scripts.SORTABLE);
    }

    /** The files this night refused as a whole, and its warnings. */
    private static void refusedAndWarnings(StringBuilder body, NightStatus night, Messages m) {
        if (!night.refusedFiles().isEmpty()) {
            body.append("<section id=\"refused-section\"><h2>").append(m.get("section.refused")).append(" · ")
                    .append(night.refusedFiles().size()).append("</h2><p class=\"note\">").append(m.get("section.refused.note"))
                    .append("</p><table id=\"refused-table\"><thead><tr>").append(Scripts.th(m.get("source"), "text"))
                    .append(Scripts.th(m.get("file"), "text")).append(Scripts.th(m.get("reason"), "text"))
                    .append(Scripts.th(m.get("what_to_do"), "text")).append("</tr></thead><tbody>");
            night.refusedFiles().forEach(r -> body.append("<tr data-reason=\"").append(Html.text(r.reason())).append("\"><td>")
                    .append(Html.text(m.label("source", r.source()))).append("</td><td>").append(Html.text(r.file())).append("</td><td>")
                    .append(Html.text(m.label("reason", r.reason()))).append("</td><td>").append(Html.text(r.message()))
                    .append("</td></tr>"));
            body.append("</tbody></table></section>");
        }
        if (!night.warnings().isEmpty()) {
            body.append("<section id=\"warnings-section\"><h2>").append(m.get("section.warnings")).append("</h2><ul>");
            night.warnings().forEach(w -> body.append("<li>").append(Html.text(w)).append("</li>"));
            body.append("</ul></section>");
        }
    }

    /** This night's read of every source table: read, loaded, rejected. */
    private static void sources(StringBuilder body, NightStatus night, Messages m) {
        body.append("<section id=\"sources-section\"><h2>").append(m.get("section.sources")).append("</h2><p class=\"note\">")
                .append(m.get("section.sources.note")).append("</p><table id=\"sources-table\"><thead><tr>")
                .append(Scripts.th(m.get("source"), "text")).append(Scripts.th(m.get("source.table"), "text"))
                .append(Scripts.th(m.get("outcome"), "text")).append(Scripts.th(m.get("rows.read"), "num"))
                .append(Scripts.th(m.get("rows.loaded"), "num")).append(Scripts.th(m.get("rows.rejected"), "num"))
                .append("</tr></thead><tbody>");
        for (NightStatus.Step s : night.steps()) {
            if (!s.stage().startsWith("ingest:")) {
                continue;
            }
            String[] sourceTable = s.stage().substring("ingest:".length()).split("\\.", 2);
            body.append("<tr data-source=\"").append(Html.text(sourceTable[0])).append("\"><td>")
                    .append(Html.text(m.label("source", sourceTable[0]))).append("</td><td>")
                    .append(Html.text(sourceTable.length > 1 ? m.label("table", sourceTable[1]) : "")).append("</td><td>")
                    .append(Html.text(m.label("outcome", s.outcome()))).append("</td><td class=\"num\">").append(s.read())
                    .append("</td><td class=\"num\">").append(s.written()).append("</td><td class=\"num\">").append(s.rejected())
                    .append("</td></tr>");
        }
        body.append("</tbody></table>");
        if (night.steps().isEmpty()) {
            body.append("<p>").append(m.get("data.no_night")).append("</p>");
        }
        body.append("</section>");
    }

    /** The latest nights from their reports, each linked. */
    private static void history(StringBuilder body, Path reportsDir, Messages m) {
        body.append("<section id=\"history-section\"><h2>").append(m.get("section.history")).append("</h2><table id=\"history-table\"><thead><tr>")
                .append(Scripts.th(m.get("data.as_of"), "text")).append(Scripts.th(m.get("outcome"), "text"))
                .append(Scripts.th(m.get("data.stale"), "text")).append(Scripts.th(m.get("seconds"), "num"))
                .append(Scripts.th(m.get("report"), "text")).append("</tr></thead><tbody>");
        for (JsonNode r : reports(reportsDir)) {
            String asOf = r.path("asOf").asText();
            List<String> stale = new java.util.ArrayList<>();
            r.path("staleSources").forEach(s -> stale.add(m.label("source", s.asText())));
            body.append("<tr><td>").append(Html.text(asOf)).append("</td><td>").append(Html.text(m.label("night", r.path("outcome").asText())))
                    .append("</td><td>").append(Html.text(String.join("、", stale))).append("</td><td class=\"num\">")
                    .append(Decimals.fixed(r.path("seconds").asDouble(), 0)).append("</td><td>")
                    .append("<a href=\"reports/night-").append(Html.text(asOf)).append(".txt\">").append(m.get("report.text"))
                    .append("</a> · <a href=\"reports/night-").append(Html.text(asOf)).append(".json\">JSON</a></td></tr>");
        }
        body.append("</tbody></table></section>");
    }

    /** Held or rejected rows per source, table and reason (in words), with their total. */
    private static void counts(StringBuilder body, String id, List<GoldSnapshot.RowCount> counts, String rowsLabel,
                               String nightLabel, Messages m) {
        long total = counts.stream().mapToLong(GoldSnapshot.RowCount::rows).sum();
        body.append("<section id=\"").append(id).append("-section\"><h2>").append(m.get("section." + id)).append(" · ")
                .append(total).append("</h2><p class=\"note\">").append(m.get("section." + id + ".note"))
                .append("</p><table id=\"").append(id).append("-table\"><thead><tr>").append(Scripts.th(m.get("source"), "text"))
                .append(Scripts.th(m.get("source.table"), "text")).append(Scripts.th(m.get("reason"), "text"))
                .append(Scripts.th(rowsLabel, "num")).append(Scripts.th(nightLabel, "text")).append("</tr></thead><tbody>");
        for (GoldSnapshot.RowCount c : counts) {
            body.append("<tr data-source=\"").append(Html.text(c.source())).append("\" data-reason=\"").append(Html.text(c.reason()))
                    .append("\"><td>").append(Html.text(m.label("source", c.source()))).append("</td><td>").append(Html.text(m.label("table", c.table())))
                    .append("</td><td>").append(Html.text(m.label("reason", c.reason()))).append("</td><td class=\"num\">")
                    .append(c.rows()).append("</td><td>").append(Html.text(c.night() == null ? "—" : c.night())).append("</td></tr>");
        }
        body.append("</tbody></table>");
        if (counts.isEmpty()) {
            body.append("<p>").append(m.get("empty")).append("</p>");
        }
        body.append("</section>");
    }

    /** The latest nights' reports, newest first; a report that cannot be read is skipped (it is for humans too). */
    static List<JsonNode> reports(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("night-\\d{4}-\\d{2}-\\d{2}\\.json"))
                    .sorted(Comparator.reverseOrder()).limit(HISTORY)
                    .map(f -> {
                        try {
                            return json.readTree(f.toFile());
                        } catch (IOException e) {
                            return null;
                        }
                    }).filter(java.util.Objects::nonNull).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String row(String label, String value) {
        return "<tr><th scope=\"row\">" + Html.text(label) + "</th><td>" + Html.text(value == null ? "—" : value) + "</td></tr>";
    }
}
