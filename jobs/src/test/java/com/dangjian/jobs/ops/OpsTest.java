package com.dangjian.jobs.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.dangjian.contracts.bronze.RegistrySchema;
import com.dangjian.jobs.DangjianCli;
import com.dangjian.contracts.config.NightConfig;
import com.dangjian.jobs.night.NightLock;
import com.dangjian.jobs.night.NightRun;

import picocli.CommandLine;

/** The operators' tools on real files and a real (embedded H2) registry: lock, history, doctor. */
class OpsTest {

    @Test
    void aSecondNightIsRefusedWhileOneRunsAndACrashedRunsLockIsCleared() throws Exception {
        Path dir = Files.createTempDirectory("lock");
        Path config = config(dir, "http://127.0.0.1:1");
        try (NightLock first = NightLock.acquire(dir.resolve("lake"), "night 2024-03-31")) {
            assertThat(first.clearedNote()).isNull();
            assertThatThrownBy(() -> NightLock.acquire(dir.resolve("lake"), "night 2024-04-01"))
                    .isInstanceOf(NightLock.Held.class)
                    .hasMessageContaining("another night is running (pid " + ProcessHandle.current().pid() + ", night 2024-03-31, since ")
                    .hasMessageContaining("wait for it to finish");
            // Through the command line: exit code 4, nothing started.
            String printed = capture(() -> assertThat(new CommandLine(new DangjianCli())
                    .execute("night", "--as-of", "2024-04-01", "--config", config.toString())).isEqualTo(NightRun.LOCKED));
            assertThat(printed).contains("another night is running").doesNotContain("ingest:");
            assertThat(NightLock.peek(dir.resolve("lake"))).hasValueSatisfying(h -> assertThat(h.alive()).isTrue());
        }
        assertThat(NightLock.peek(dir.resolve("lake"))).isEmpty(); // a clean end leaves no note

        // A run killed without releasing leaves its note; the system freed the lock, the next night clears it.
        Files.writeString(dir.resolve("lake").resolve(NightLock.FILE), "pid 999999999, night 2024-03-31, since 2024-04-01T02:00+08:00\n");
        assertThat(NightLock.peek(dir.resolve("lake"))).hasValueSatisfying(h -> assertThat(h.alive()).isFalse());
        try (NightLock next = NightLock.acquire(dir.resolve("lake"), "night 2024-03-31")) {
            assertThat(next.clearedNote()).isEqualTo("pid 999999999, night 2024-03-31, since 2024-04-01T02:00+08:00");
        }
    }

    @Test
    void statusTellsWhichSourceIsStaleSinceWhen() throws Exception {
        Path reports = Files.createTempDirectory("reports");
        report(reports, "2024-03-29", "SUCCESS");
        report(reports, "2024-03-30", "STALE_SOURCES", "study");
        report(reports, "2024-03-31", "STALE_SOURCES", "study", "dues");
        RunHistory history = new RunHistory(reports);
        assertThat(history.staleSince()).containsExactly(Map.entry("study", "2024-03-30"), Map.entry("dues", "2024-03-31"));
        assertThat(history.succeeded(LocalDate.parse("2024-03-29"))).isTrue();
        assertThat(history.succeeded(LocalDate.parse("2024-03-30"))).isFalse();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        history.print(10, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2024-03-31  STALE_SOURCES")
                .contains("stale source: study since the night of 2024-03-30");
    }

    @Test
    void doctorNamesAnUnreachableClickHouseAndTheFix() throws Exception {
        Path dir = Files.createTempDirectory("doctor");
        Path config = config(dir, "http://127.0.0.1:1");
        NightConfig c = NightConfig.load(config, Map.of());
        var checks = new Doctor(c).checks();
        assertThat(checks).filteredOn(ch -> ch.what().equals("ClickHouse")).singleElement().satisfies(ch -> {
            assertThat(ch.detail()).startsWith("http://127.0.0.1:1 is unreachable");
            assertThat(ch.fix()).contains("start the ClickHouse server").contains("clickhouse.url");
        });
        assertThat(checks).filteredOn(ch -> ch.what().equals("registry")).singleElement()
                .satisfies(ch -> assertThat(ch.fix()).isNull());
        assertThat(checks).filteredOn(ch -> ch.what().equals("inbox study")).singleElement()
                .satisfies(ch -> assertThat(ch.fix()).contains("create " + dir.resolve("inbox/study")));
        String printed = capture(() -> assertThat(new CommandLine(new DangjianCli()).execute("doctor", "--config", config.toString()))
                .isEqualTo(1));
        assertThat(printed).contains("FAIL  ClickHouse: http://127.0.0.1:1 is unreachable").contains("fix: start the ClickHouse server");
    }

    /** A configuration with an embedded H2 registry holding the registry's tables. */
    private static Path config(Path dir, String clickHouseUrl) throws Exception {
        String registry = "jdbc:h2:file:" + dir.resolve("registry/registry") + ";MODE=PostgreSQL";
        RegistrySchema.create(new DriverManagerDataSource(registry, "sa", ""));
        Path config = dir.resolve("dangjian.yaml");
        Files.writeString(config, """
                registry:
                  url: "%s"
                  user: sa
                inbox: inbox
                lake: lake
                site: site
                clickhouse:
                  url: "%s"
                """.formatted(registry, clickHouseUrl));
        return config;
    }

    private static void report(Path dir, String night, String outcome, String... stale) throws Exception {
        String staleJson = String.join(",", java.util.Arrays.stream(stale).map(s -> "\"" + s + "\"").toList());
        Files.writeString(dir.resolve("night-" + night + ".json"), """
                {"asOf":"%s","runId":"r","outcome":"%s","staleSources":[%s],"seconds":12.5,
                 "stages":[{"stage":"ingest","outcome":"COMPLETED","read":10,"written":9,"rejected":1,"seconds":2.0}]}
                """.formatted(night, outcome, staleJson));
    }

    private static String capture(Runnable body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            body.run();
        } finally {
            System.setOut(stdout);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
