package com.dangjian.jobs.ops;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The nights as their reports ({@code <site>/reports/night-DATE.json}) tell them: for status and backfill. */
public final class RunHistory {

    private final Path reports;

    public RunHistory(Path reports) {
        this.reports = reports;
    }

    /** Reports, newest night first. */
    public List<JsonNode> nights() {
        if (!Files.isDirectory(reports)) {
            return List.of();
        }
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(reports)) {
            List<JsonNode> out = new ArrayList<>();
            for (Path f : files.filter(f -> f.getFileName().toString().matches("night-\\d{4}-\\d{2}-\\d{2}\\.json"))
                    .sorted(Comparator.reverseOrder()).toList()) {
                out.add(json.readTree(f.toFile()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the nights' reports in " + reports, e);
        }
    }

    public boolean succeeded(LocalDate night) {
        Path f = reports.resolve("night-" + night + ".json");
        try {
            return Files.exists(f) && "SUCCESS".equals(new ObjectMapper().readTree(f.toFile()).path("outcome").asText());
        } catch (IOException e) {
            return false;
        }
    }

    /** Each source stale in the newest night, with the first night of its unbroken stale streak. */
    public Map<String, String> staleSince() {
        List<JsonNode> nights = nights();
        Map<String, String> since = new LinkedHashMap<>();
        if (nights.isEmpty()) {
            return since;
        }
        String newest = nights.get(0).path("asOf").asText();
        nights.get(0).path("staleSources").forEach(s -> since.put(s.asText(),
                com.dangjian.dashboards.NightReports.staleSince(s.asText(), newest, nights)));
        return since;
    }

    /** ./dangjian status: the last nights, per main stage rows and seconds, and what is stale since when. */
    public void print(int last, PrintStream out) {
        List<JsonNode> nights = nights();
        if (nights.isEmpty()) {
            out.println("no night has run yet (no reports in " + reports + "): run ./dangjian night --as-of DATE --config FILE");
            return;
        }
        out.printf(Locale.ROOT, "%-10s  %-13s  %7s  %-24s %-24s %-24s %-20s%n", "night", "outcome", "seconds",
                "ingest rows, s", "transform rows, s", "warehouse rows, s", "dashboards s");
        for (JsonNode n : nights.subList(0, Math.min(last, nights.size()))) {
            Map<String, JsonNode> stages = new LinkedHashMap<>();
            n.path("stages").forEach(s -> stages.put(s.path("stage").asText(), s));
            out.printf(Locale.ROOT, "%-10s  %-13s  %7.0f  %-24s %-24s %-24s %-20s%n", n.path("asOf").asText(), n.path("outcome").asText(),
                    n.path("seconds").asDouble(), stage(stages.get("ingest")), stage(stages.get("transform")),
                    stage(stages.get("warehouse")), stages.containsKey("dashboards")
                            ? String.format(Locale.ROOT, "%.1f", stages.get("dashboards").path("seconds").asDouble()) : "—");
            stages.values().stream().filter(s -> !s.path("outcome").asText().equals("COMPLETED"))
                    .forEach(s -> out.println("            " + s.path("stage").asText() + " " + s.path("outcome").asText()));
        }
        Map<String, String> stale = staleSince();
        if (stale.isEmpty()) {
            out.println("stale sources: none");
        } else {
            stale.forEach((source, since) -> out.println("stale source: " + source + " since the night of " + since
                    + " — its data is from before; see that night's report for the cause"));
        }
    }

    private static String stage(JsonNode s) {
        if (s == null) {
            return "—";
        }
        return String.format(Locale.ROOT, "%,d, %.1f s %s", s.path("written").asLong(), s.path("seconds").asDouble(),
                s.path("outcome").asText().equals("COMPLETED") ? "" : s.path("outcome").asText());
    }
}
