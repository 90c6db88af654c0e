package com.dangjian.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Turns a benchmark run (the full and the incremental night's reports, their {@code /usr/bin/time -v} output, and
 * the floors) into one JSON result and a Markdown table: per stage rows in/out, wall seconds, rows per second,
 * peak resident memory, floor seconds and night ÷ floor.
 *
 * Usage: NightBenchTable SF FULL_REPORT FULL_TIME INCREMENTAL_REPORT INCREMENTAL_TIME FLOORS RESULT_JSON RESULT_MD
 */
public final class NightBenchTable {

    private static final List<String> STAGES = List.of("ingest", "transform", "warehouse", "dashboards");
    private static final Map<String, String> FLOOR_OF = Map.of("ingest", "ingest", "transform", "transform", "warehouse", "warehouse");

    public static void main(String[] args) throws Exception {
        if (args.length != 8) {
            System.err.println("usage: NightBenchTable SF FULL_REPORT FULL_TIME INCREMENTAL_REPORT INCREMENTAL_TIME FLOORS RESULT_JSON RESULT_MD");
            System.exit(2);
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode floors = json.readTree(Path.of(args[5]).toFile());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("scale", Double.parseDouble(args[0]));
        result.put("full_night", night(json.readTree(Path.of(args[1]).toFile()), Files.readString(Path.of(args[2])), floors));
        result.put("incremental_night", night(json.readTree(Path.of(args[3]).toFile()), Files.readString(Path.of(args[4])), null));
        result.put("floors", floors);
        json.enable(SerializationFeature.INDENT_OUTPUT).writeValue(Path.of(args[6]).toFile(), result);
        String md = markdown(args[0], result);
        Files.writeString(Path.of(args[7]), md);
        System.out.print(md);
    }

    /** One night: its stages (with floors when given) and the process's own wall time and peak memory. */
    static Map<String, Object> night(JsonNode report, String timeOutput, JsonNode floors) {
        List<Map<String, Object>> stages = new ArrayList<>();
        double floorTotal = 0;
        for (JsonNode s : report.get("stages")) {
            String name = s.get("stage").asText();
            if (!STAGES.contains(name)) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("stage", name);
            row.put("outcome", s.get("outcome").asText());
            row.put("rows_in", s.get("read").asLong());
            row.put("rows_out", s.get("written").asLong());
            row.put("seconds", s.get("seconds").asDouble());
            row.put("peak_rss_mb", s.get("peakRssMb").asLong());
            if (floors != null && FLOOR_OF.containsKey(name)) {
                double floor = floors.get(FLOOR_OF.get(name)).get("seconds").asDouble();
                row.put("floor_seconds", floor);
                row.put("night_over_floor", s.get("seconds").asDouble() / floor);
                floorTotal += floor;
            }
            stages.add(row);
        }
        Map<String, Object> night = new LinkedHashMap<>();
        night.put("as_of", report.get("asOf").asText());
        night.put("outcome", report.get("outcome").asText());
        night.put("mode", report.path("modeReason").asText(""));
        night.put("stages", stages);
        // The transform's slowest steps: where the next second is to be found.
        List<Map<String, Object>> steps = new ArrayList<>();
        report.get("stages").forEach(s -> {
            if (s.get("stage").asText().startsWith("transform:")) {
                steps.add(new LinkedHashMap<>(Map.of("step", s.get("stage").asText().substring(10), "seconds", s.get("seconds").asDouble())));
            }
        });
        steps.sort((a, b) -> Double.compare((Double) b.get("seconds"), (Double) a.get("seconds")));
        night.put("slowest_transform_steps", steps.subList(0, Math.min(8, steps.size())));
        double wall = wallSeconds(timeOutput);
        night.put("wall_seconds", wall);
        night.put("max_rss_mb", maxRssKb(timeOutput) / 1024);
        if (floors != null) {
            night.put("floor_seconds", floorTotal);
            night.put("night_over_floor", wall / floorTotal);
        }
        return night;
    }

    static double wallSeconds(String time) {
        Matcher m = Pattern.compile("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\): (?:(\\d+):)?(\\d+):([\\d.]+)").matcher(time);
        if (!m.find()) {
            throw new IllegalArgumentException("no wall clock time in the /usr/bin/time -v output");
        }
        return (m.group(1) == null ? 0 : Integer.parseInt(m.group(1)) * 3600) + Integer.parseInt(m.group(2)) * 60
                + Double.parseDouble(m.group(3));
    }

    static long maxRssKb(String time) {
        Matcher m = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)").matcher(time);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    @SuppressWarnings("unchecked")
    static String markdown(String sf, Map<String, Object> result) {
        StringBuilder b = new StringBuilder();
        for (String key : List.of("full_night", "incremental_night")) {
            Map<String, Object> night = (Map<String, Object>) result.get(key);
            b.append(String.format(Locale.ROOT, "%n### SF %s — %s (as of %s, %s)%n%n", sf,
                    key.equals("full_night") ? "full night" : "incremental night", night.get("as_of"), night.get("outcome")));
            if (!String.valueOf(night.get("mode")).isEmpty()) {
                b.append("Transform ").append(night.get("mode")).append("\n\n");
            }
            b.append("| stage | rows in | rows out | wall s | rows/s | peak RSS MB | floor s | night ÷ floor |\n");
            b.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Map<String, Object> s : (List<Map<String, Object>>) night.get("stages")) {
                long in = (Long) s.get("rows_in");
                long out = (Long) s.get("rows_out");
                double seconds = (Double) s.get("seconds");
                b.append(String.format(Locale.ROOT, "| %s | %s | %,d | %.1f | %s | %,d | %s | %s |%n", s.get("stage"),
                        in == 0 ? "—" : String.format(Locale.ROOT, "%,d", in), out, seconds,
                        Math.max(in, out) > 1 ? String.format(Locale.ROOT, "%,.0f", Math.max(in, out) / seconds) : "—",
                        (Long) s.get("peak_rss_mb"),
                        s.containsKey("floor_seconds") ? String.format(Locale.ROOT, "%.1f", (Double) s.get("floor_seconds")) : "—",
                        s.containsKey("night_over_floor") ? String.format(Locale.ROOT, "%.1f×", (Double) s.get("night_over_floor")) : "—"));
            }
            b.append(String.format(Locale.ROOT, "| **whole night (process)** | | | **%.1f** | | %,d | %s | %s |%n",
                    (Double) night.get("wall_seconds"), (Long) night.get("max_rss_mb"),
                    night.containsKey("floor_seconds") ? String.format(Locale.ROOT, "%.1f", (Double) night.get("floor_seconds")) : "—",
                    night.containsKey("night_over_floor") ? String.format(Locale.ROOT, "**%.1f×**", (Double) night.get("night_over_floor")) : "—"));
            b.append("\nSlowest transform steps (s): ");
            List<String> slow = new ArrayList<>();
            for (Map<String, Object> step : (List<Map<String, Object>>) night.get("slowest_transform_steps")) {
                slow.add(String.format(Locale.ROOT, "%s %.1f", step.get("step"), (Double) step.get("seconds")));
            }
            b.append(String.join(" · ", slow)).append("\n");
        }
        b.append("\nFloors: (a) ingest — read every inbox file and registry row once; (b) transform — Spark writing the same")
                .append(" gold rows to Parquet with no logic; (c) warehouse — clickhouse-client inserting the same rows as TSV.")
                .append(" Overall floor = (a) + (b) + (c). Rows/s uses the larger of rows in and out.\n");
        return b.toString();
    }

    private NightBenchTable() {
    }
}
