package com.dangjian.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code generation-summary.json}: scale, seed, as-of, rows per source/table, bytes per file, dirt per class, and
 * every organisation with its profile, so tests, benchmarks and notebooks can check the profiles show in the
 * data. Later nights append to {@code nights}. Deterministic: no timings here (they go to stderr).
 */
final class GenerationSummary {

    static final String FILE = "generation-summary.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GenerationSummary() {
    }

    static void write(Path out, GenerateOptions o, Department d, Tally tally, DirtManifest manifest) {
        ObjectNode n = JSON.createObjectNode();
        n.put("scale", o.scale());
        n.put("seed", o.seed());
        n.put("as_of", o.asOf().toString());
        n.put("months", o.months());
        n.put("history_from", d.history.start().toString());
        n.put("dirt_rate", o.dirtRate());
        n.put("study_files", "one per calendar month, named by its first day (study-YYYYMM01.csv); later nights one per day");
        ObjectNode rows = n.putObject("rows");
        tally.rows().forEach(rows::put);
        files(out, n);
        ObjectNode dirt = n.putObject("dirt");
        manifest.counts().forEach((k, v) -> dirt.put(k.name(), v));
        ObjectNode profiles = n.putObject("profiles");
        ArrayNode orgs = n.putArray("organisations");
        int asOf = Member.day(o.asOf());
        for (Org x : d.orgs) {
            profiles.put(x.code, x.profile.name());
            ObjectNode e = orgs.addObject();
            e.put("org_code", x.code);
            e.put("org_type", x.type);
            e.put("category", x.category);
            e.put("region", x.region);
            e.put("profile", x.profile.name());
            e.put("small", x.small);
            e.put("groups", x.groups.size());
            e.put("members_at_as_of", x.isBranch() ? d.membersOn(x, asOf).size() : 0);
        }
        n.putArray("nights");
        save(out, n);
    }

    /** Adds a night to the summary and refreshes the file sizes. */
    static void addNight(Path out, int night, String date, List<String> files, Map<String, Long> rows, Map<String, Integer> registry) {
        try {
            ObjectNode n = (ObjectNode) JSON.readTree(out.resolve(FILE).toFile());
            files(out, n);
            ObjectNode e = ((ArrayNode) n.get("nights")).addObject();
            e.put("night", night);
            e.put("date", date);
            files.forEach(e.putArray("files")::add);
            ObjectNode r = e.putObject("rows");
            rows.forEach(r::put);
            ObjectNode g = e.putObject("registry");
            registry.forEach(g::put);
            save(out, n);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot update " + out.resolve(FILE), ex);
        }
    }

    private static void files(Path out, ObjectNode n) {
        ObjectNode files = n.putObject("files");
        long total = 0;
        try (Stream<Path> s = Files.walk(out.resolve("inbox"))) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                long size = Files.size(p);
                files.put(out.relativize(p).toString().replace('\\', '/'), size);
                total += size;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + out.resolve("inbox"), e);
        }
        n.put("bytes_total", total);
    }

    private static void save(Path out, ObjectNode n) {
        try {
            Files.writeString(out.resolve(FILE), JSON.writeValueAsString(n) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out.resolve(FILE), e);
        }
    }
}
