package com.dangjian.contracts.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The rule catalogue (rules.yaml): each rule's switch, weight, thresholds and citation, and the scorecard's
 * weights. Shipped with defaults; an operator's copy replaces it without code changes.
 */
public record RuleCatalogue(Map<String, RuleSettings> rules, JsonNode scorecard, JsonNode alarms) {

    public static final String DEFAULT = "/rules/rules.yaml";

    /**
     * One rule's settings; thresholds are read by name with the statutory default as fallback. The catalogue is
     * the one place of a rule's names for people: {@code name} (Chinese) and {@code nameEn}.
     */
    public record RuleSettings(String id, boolean enabled, double weight, String name, String nameEn, String requirement,
                               String citation, JsonNode node) {

        /** The rule's name in a language ("zh" or "en"; English falls back to Chinese). */
        public String name(String language) {
            return language.equals("en") && nameEn != null && !nameEn.isBlank() ? nameEn : name;
        }

        public int integer(String key, int fallback) {
            JsonNode v = node.get(key);
            return v == null || v.isNull() ? fallback : v.asInt();
        }
    }

    public static RuleCatalogue defaults() {
        try (InputStream in = RuleCatalogue.class.getResourceAsStream(DEFAULT)) {
            return parse(new ObjectMapper(new YAMLFactory()).readTree(in), DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RuleCatalogue load(Path file) {
        if (file == null) {
            return defaults();
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("rule catalogue " + file + " not found: fix 'rules' in the configuration");
        }
        try {
            return parse(new ObjectMapper(new YAMLFactory()).readTree(file.toFile()), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("rule catalogue " + file + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    private static RuleCatalogue parse(JsonNode root, String where) {
        Map<String, RuleSettings> rules = new LinkedHashMap<>();
        root.path("rules").fields().forEachRemaining(e -> {
            JsonNode n = e.getValue();
            double weight = n.path("weight").asDouble(1.0);
            if (weight < 0) {
                throw new IllegalArgumentException("rule " + e.getKey() + " in " + where + " has a negative weight");
            }
            rules.put(e.getKey(), new RuleSettings(e.getKey(), n.path("enabled").asBoolean(true), weight,
                    n.path("name").asText(e.getKey()), n.path("nameEn").asText(""), n.path("requirement").asText(""),
                    n.path("citation").asText(""), n));
        });
        return new RuleCatalogue(rules, root.path("scorecard"), root.path("alarms"));
    }

    public RuleSettings rule(String id) {
        RuleSettings s = rules.get(id);
        if (s == null) {
            throw new IllegalStateException("rule " + id + " is missing from the rule catalogue: add it (enabled: false to switch it off)");
        }
        return s;
    }

    public boolean enabled(String id) {
        return rules.containsKey(id) && rules.get(id).enabled();
    }

    public double scorecardWeight(String path, double fallback) {
        JsonNode n = scorecard;
        for (String part : path.split("\\.")) {
            n = n.path(part);
        }
        return n.isNumber() ? n.asDouble() : fallback;
    }

    public int electionDueWithinDays() {
        return alarms.path("electionDueWithinDays").asInt(90);
    }
}
