package com.dangjian.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code generator-state.json}: what a later night needs to continue the sample (the base arguments, how many
 * nights were generated, meeting-id counters, the records the last export may see corrected). No clock values.
 */
record GeneratorState(double scale, long seed, LocalDate asOf, int months, double dirtRate, String registryUrl,
                      String registryUser, int nights, Map<Integer, Integer> meetingSeq, int meetingDirtSeq,
                      List<String> correctable) {

    static final String FILE = "generator-state.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    void write(Path dir) {
        ObjectNode n = JSON.createObjectNode();
        n.put("scale", scale);
        n.put("seed", seed);
        n.put("as_of", asOf.toString());
        n.put("months", months);
        n.put("dirt", dirtRate);
        n.put("registry_url", registryUrl);
        n.put("registry_user", registryUser);
        n.put("nights", nights);
        ObjectNode seq = n.putObject("meeting_seq");
        new TreeMap<>(meetingSeq).forEach((y, v) -> seq.put(String.valueOf(y), v));
        n.put("meeting_dirt_seq", meetingDirtSeq);
        var list = n.putArray("correctable");
        correctable.forEach(list::add);
        try {
            Files.writeString(dir.resolve(FILE), JSON.writeValueAsString(n) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(FILE), e);
        }
    }

    static GeneratorState read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            throw new IllegalStateException(file + " does not exist: --next-night continues a sample made by "
                    + "'generate --out " + dir + "' first");
        }
        try {
            JsonNode n = JSON.readTree(file.toFile());
            Map<Integer, Integer> seq = new TreeMap<>();
            n.get("meeting_seq").fields().forEachRemaining(e -> seq.put(Integer.parseInt(e.getKey()), e.getValue().asInt()));
            List<String> correctable = new ArrayList<>();
            n.get("correctable").forEach(x -> correctable.add(x.asText()));
            return new GeneratorState(n.get("scale").asDouble(), n.get("seed").asLong(), LocalDate.parse(n.get("as_of").asText()),
                    n.get("months").asInt(), n.get("dirt").asDouble(),
                    n.get("registry_url").isNull() ? null : n.get("registry_url").asText(),
                    n.get("registry_user").isNull() ? null : n.get("registry_user").asText(), n.get("nights").asInt(), seq,
                    n.get("meeting_dirt_seq").asInt(), correctable);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
