package com.dangjian.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.dangjian.ingestion.bronze.ParquetFiles;
import com.dangjian.contracts.bronze.RegistrySchema;

/**
 * The night as a separate process, killed with SIGKILL in the middle of its largest step (study, ~600k rows),
 * then run again: bronze must equal an uninterrupted run's — no duplicate, no loss — with the job repository
 * in H2 (embedded) and in PostgreSQL (server). And killed in the middle of its transform: run again (clearing
 * the dead run's lock), every gold table equals the uninterrupted night's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestartAfterKillIT {

    static final int STUDY_ROWS = 600_000;
    static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);

    Path inputs;
    List<String> reference;
    Path referenceLake;

    @BeforeAll
    void uninterruptedReference() throws Exception {
        inputs = Files.createTempDirectory("restart-inputs");
        writeInputs(inputs);
        Path lake = Files.createTempDirectory("restart-reference");
        Path config = config(lake, "jdbc:h2:file:" + lake.resolve("batch/repo"));
        assertThat(start(config).waitFor()).isZero();
        reference = bronze(lake);
        referenceLake = lake;
        assertThat(reference).hasSizeGreaterThan(STUDY_ROWS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aNightKilledMidStepAndRunAgainLandsExactlyWhatAnUninterruptedNightLands(String repository) throws Exception {
        Path lake = Files.createTempDirectory("restart-" + repository);
        String repoUrl = repository.equals("h2") ? "jdbc:h2:file:" + lake.resolve("batch/repo")
                : TestServers.freshPostgresSchema("dangjian_batch", "restart_it");
        Path config = config(lake, repoUrl);

        Process night = start(config);
        Path studyRun = lake.resolve("lake/bronze/study/study/ingest_date=" + AS_OF + "/run_id=20240331-0");
        long deadline = System.currentTimeMillis() + 120_000;
        while (parts(studyRun) < 3 && night.isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(night.isAlive()).as("the night is still in its study step").isTrue();
        night.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL
        assertThat(Files.exists(studyRun.resolve("_SUCCESS"))).isFalse();
        assertThat(parts(studyRun)).isGreaterThanOrEqualTo(3);

        assertThat(start(config).waitFor()).as("the night run again").isZero();

        List<String> restarted = bronze(lake);
        java.util.Map<String, Long> difference = new java.util.HashMap<>();
        reference.forEach(r -> difference.merge(r, 1L, Long::sum));
        restarted.forEach(r -> difference.merge(r, -1L, Long::sum));
        difference.values().removeIf(v -> v == 0);
        assertThat(difference).as("rows lost (> 0) or duplicated (< 0)").isEmpty();
        assertThat(restarted).hasSameSizeAs(reference);
    }

    @Test
    void aNightKilledDuringItsTransformAndRunAgainWritesTheSameGoldAsAnUninterruptedNight() throws Exception {
        Path lake = Files.createTempDirectory("restart-transform");
        Path config = config(lake, "jdbc:h2:file:" + lake.resolve("batch/repo"));
        Process night = start(config);
        Path log = newestLog(config);
        long deadline = System.currentTimeMillis() + 180_000;
        while (!Files.readString(log).contains("progress transform: 3 steps done") && night.isAlive()
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(night.isAlive()).as("the night is still in its transform").isTrue();
        night.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL
        assertThat(Files.readString(log)).doesNotContain("report:");

        Process again = start(config);
        assertThat(again.waitFor()).as("the night run again").isZero();
        assertThat(Files.readString(newestLog(config))).contains("ended without finishing; its lock was cleared");
        for (String table : com.dangjian.contracts.gold.GoldTables.names()) {
            assertThat(gold(lake, table)).as("gold " + table).isEqualTo(gold(referenceLake, table));
        }
    }

    private static Path newestLog(Path config) throws Exception {
        try (Stream<Path> s = Files.list(config.getParent())) {
            return s.filter(p -> p.getFileName().toString().startsWith("night-") && p.toString().endsWith(".log"))
                    .max(java.util.Comparator.comparing(p -> p.getFileName().toString())).orElseThrow();
        }
    }

    /** A gold table's rows as sorted text (read with Spark, as every reader does), without the run's own stamps. */
    private static List<String> gold(Path work, String table) {
        var rows = com.dangjian.transform.SparkSessions.getOrCreate(null).read()
                .parquet(work.resolve("lake/gold").resolve(table).toString()).drop("run_id", "computed_at");
        List<String> out = new ArrayList<>(rows.collectAsList().stream().map(Object::toString).toList());
        out.sort(String::compareTo);
        return out;
    }

    private Path config(Path work, String jobRepositoryUrl) throws Exception {
        Path config = work.resolve("dangjian.yaml");
        Files.writeString(config, """
                registry:
                  url: "jdbc:h2:file:%s;ACCESS_MODE_DATA=r"
                  user: sa
                inbox: "%s"
                lake: lake
                site: site
                jobRepository:
                  url: "%s"
                  user: %s
                """.formatted(inputs.resolve("registry/registry"), inputs.resolve("inbox"), jobRepositoryUrl,
                jobRepositoryUrl.startsWith("jdbc:h2") ? "sa" : TestServers.PG_USER));
        return config;
    }

    private static Process start(Path config) throws Exception {
        Path jobs = Path.of("target");
        String classpath = jobs.resolve("dangjian-jobs.jar") + File.pathSeparator + jobs.resolve("lib") + File.separator + "*";
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g"));
        cmd.addAll(List.of(System.getProperty("dangjian.sparkOpens", "").split(" ")));
        cmd.removeIf(String::isBlank);
        cmd.addAll(List.of("-cp", classpath, "com.dangjian.jobs.DangjianCli", "night", "--as-of", AS_OF.toString(),
                "--config", config.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(config.resolveSibling("night-" + System.nanoTime() + ".log").toFile()).start();
    }

    private static long parts(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("part-")).count();
        }
    }

    /** Every bronze row and reject of complete runs, as sorted text: equal lists mean no duplicate and no loss. */
    private static List<String> bronze(Path work) throws Exception {
        Path root = work.resolve("lake/bronze");
        List<String> rows = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path dir : walk.filter(d -> Files.exists(d.resolve("_SUCCESS"))).toList()) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".parquet")).toList()) {
                        for (GenericRecord r : ParquetFiles.read(f)) {
                            rows.add(root.relativize(dir).toString().replaceAll("run_id=[^/]*", "") + " " + r);
                        }
                    }
                }
            }
        }
        rows.sort(String::compareTo);
        return rows;
    }

    private static void writeInputs(Path dir) throws Exception {
        var registry = new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve("registry/registry"), "sa", "");
        RegistrySchema.create(registry);
        JdbcTemplate jdbc = new JdbcTemplate(registry);
        jdbc.update("INSERT INTO org_unit VALUES ('B1','支部','BRANCH',NULL,'办公室','ORGAN','PROVINCE',DATE '2020-01-01',NULL,DATE '2023-01-01',3,NULL,TIMESTAMP '2024-01-01 08:00:00')");
        for (int m = 0; m < 200; m++) {
            jdbc.update("INSERT INTO party_member VALUES (?, '某', '0', 'M', DATE '1980-01-01', DATE '2010-01-01', DATE '2011-01-01', 'FULL', 'B1', NULL, 'EMPLOYED', TIMESTAMP '2024-01-01 08:00:00')",
                    String.format("P%05d", m));
        }
        jdbc.execute("SHUTDOWN");
        Path inbox = dir.resolve("inbox");
        for (String folder : new String[]{"meetings", "dues", "evaluations", "rectification"}) {
            Files.createDirectories(inbox.resolve(folder));
        }
        Files.writeString(inbox.resolve("meetings/meetings-20240401-020000.jsonl"),
                "{\"meeting_id\":\"M1\",\"org_code\":\"B1\",\"type\":\"THEME_DAY\",\"held_at\":\"2024-03-05T09:00:00+08:00\",\"updated_at\":\"2024-03-05T10:00:00+08:00\"}\n");
        Path study = Files.createDirectories(inbox.resolve("study"));
        for (int file = 0; file < 3; file++) {
            try (BufferedWriter w = Files.newBufferedWriter(study.resolve("study-2024030" + (file + 1) + ".csv"), StandardCharsets.UTF_8)) {
                w.write("member_id,study_date,minutes,points,course_type\n");
                for (int i = 0; i < STUDY_ROWS / 3; i++) {
                    int day = 1 + i % 28;
                    w.write(String.format("P%05d,2024-03-%02d,%d,1,%s%n", i % 200, day, 10 + i % 50,
                            i % 9973 == 0 ? "BOGUS" : "THEORY"));
                }
            }
        }
    }
}
