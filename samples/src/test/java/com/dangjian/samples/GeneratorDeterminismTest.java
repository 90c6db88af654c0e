package com.dangjian.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same arguments give byte-identical files and identical registry rows, base and later nights alike. */
class GeneratorDeterminismTest {

    static final Map<String, String> TABLES = Map.of("org_unit", "org_code", "party_group", "group_code",
            "party_member", "member_id", "member_transfer", "transfer_id", "recruitment_plan", "org_code, \"year\"",
            "recruitment_event", "event_id");

    @Test
    void twoRunsWithTheSameArgumentsAreIdentical(@TempDir Path tmp) throws Exception {
        // one registry URL for both runs (it is part of the arguments, and of generator-state.json): emptied between
        String registry = GeneratorFixtures.memoryRegistry("determinism");
        Map<String, List<String>> first = run(tmp.resolve("a"), registry);
        Map<String, List<String>> second = run(tmp.resolve("b"), registry);

        Map<String, String> a = hashes(tmp.resolve("a"));
        Map<String, String> b = hashes(tmp.resolve("b"));
        assertThat(a).hasSizeGreaterThan(100).containsKeys("dirt-manifest.jsonl", "generation-summary.json",
                "generator-state.json", "inbox/rectification/rectification.xlsx", "inbox/evaluations/evaluations-2024.xlsx",
                "inbox/meetings/meetings-20261101-220000.jsonl", "inbox/study/study-20261101.csv");
        assertThat(b.keySet()).isEqualTo(a.keySet());
        assertThat(a.keySet().stream().filter(k -> !a.get(k).equals(b.get(k)))).as("files that differ").isEmpty();
        assertThat(first.get("party_member")).hasSizeGreaterThan(40);
        assertThat(first.get("member_transfer")).isNotEmpty();
        assertThat(second).isEqualTo(first);
    }

    /** Base generation and one later night, then a dump of every registry table, then the registry emptied. */
    private static Map<String, List<String>> run(Path out, String registry) throws Exception {
        GeneratorFixtures.generate(out, registry, 0.01, 0.002);
        NextNight.run(out, "", null);
        Map<String, List<String>> dump = new TreeMap<>();
        TABLES.forEach((table, key) -> dump.put(table, GeneratorFixtures.dump(registry, table, key)));
        try (var c = java.sql.DriverManager.getConnection(registry, "sa", ""); var st = c.createStatement()) {
            st.execute("DROP ALL OBJECTS");
        }
        return dump;
    }

    @Test
    void anotherSeedGivesAnotherSample(@TempDir Path tmp) throws Exception {
        GeneratorFixtures.generate(tmp.resolve("a"), GeneratorFixtures.memoryRegistry("seed-a"), 0.01, 0);
        Generator.generate(new GenerateOptions(0.01, 8, GeneratorFixtures.AS_OF, 36, tmp.resolve("b"),
                GeneratorFixtures.memoryRegistry("seed-b"), "sa", "", 0, null));
        assertThat(hashes(tmp.resolve("b")).get("inbox/dues/dues-202401.csv"))
                .isNotEqualTo(hashes(tmp.resolve("a")).get("inbox/dues/dues-202401.csv"));
    }

    static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), sha256(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
