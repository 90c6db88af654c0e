package com.dangjian.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.dangjian.transform.SparkSessions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The night with its transform on a real Spark standalone cluster — a master and two workers, separate JVMs started
 * by scripts/spark-cluster.sh — writes the same gold as the same night in {@code local[*]}; the master's and the
 * workers' JSON show the application ran executors on both workers. The cluster night is the command line an
 * operator runs (./dangjian night), in its own process: a JVM has one SparkSession.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterNightIT {

    static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);
    /** Ports and scratch folder of this test's cluster, apart from a developer's (scripts/spark-cluster.sh's defaults). */
    static final Map<String, String> CLUSTER = Map.of("DJ_SPARK_PORT", "27077", "DJ_SPARK_UI_PORT", "27080",
            "DJ_SPARK_SCRATCH", "/tmp/dangjian-it-spark-cluster", "DJ_SPARK_WORKER_MEMORY", "1g");
    static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();

    @BeforeAll
    void startTheCluster() throws Exception {
        assertThat(script("start")).as("scripts/spark-cluster.sh start").contains("2 workers");
        assertThat(script("status")).contains("master: spark://127.0.0.1:27077").contains("workers: 2");
    }

    @AfterAll
    void stopTheCluster() throws Exception {
        script("stop");
    }

    @Test
    void theNightOnTheClusterWritesTheSameGoldAsTheNightInLocalMode() throws Exception {
        GeneratedNight local = GeneratedNight.run(0.02, 17, AS_OF, 14, 0.004);

        Path dir = GeneratedNight.generate(0.02, 17, AS_OF, 14, 0.004, """
                spark:
                  master: "spark://127.0.0.1:27077"
                  driver.host: 127.0.0.1
                  executor: {memory: 768m, cores: 1}
                  cores.max: 2
                """);
        Path config = dir.resolve("dangjian.yaml");
        // As ./dangjian runs it, from the distribution this build packaged (./dangjian itself would also want the portal's).
        Process night = new ProcessBuilder("bash", "-c", ". scripts/spark-opens.sh; exec java -Xmx2g $SPARK_OPENS -Dfile.encoding=UTF-8"
                + " -cp 'jobs/target/dangjian-jobs.jar:jobs/target/lib/*' com.dangjian.jobs.DangjianCli \"$@\"", "night",
                "night", "--as-of", AS_OF.toString(), "--config", config.toString())
                .directory(PROJECT.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("night.out").toFile()).start();
        assertThat(night.waitFor(15, TimeUnit.MINUTES)).as("the cluster night finished in 15 minutes").isTrue();
        String out = Files.readString(dir.resolve("night.out"));
        assertThat(night.exitValue()).as(out).isZero();
        assertThat(out).contains("transform ");

        GoldComparison.assertSame(SparkSessions.getOrCreate(null), local.dir().resolve("lake"), dir.resolve("lake"),
                "the local[*] night", "the cluster night");

        // The master ran the night's application; each worker ran an executor of it.
        JsonNode master = json("http://127.0.0.1:27080/json/");
        List<String> apps = new ArrayList<>();
        master.get("completedapps").forEach(a -> {
            if ("dangjian".equals(a.get("name").asText())) {
                apps.add(a.get("id").asText());
            }
        });
        assertThat(apps).as("the master's completed applications").isNotEmpty();
        String app = apps.get(apps.size() - 1);
        assertThat(master.get("aliveworkers").asInt()).isEqualTo(2);
        for (int worker : new int[]{27081, 27082}) {
            List<String> ran = new ArrayList<>();
            JsonNode state = json("http://127.0.0.1:" + worker + "/json/");
            state.get("finishedexecutors").forEach(e -> ran.add(e.get("appid").asText()));
            state.get("executors").forEach(e -> ran.add(e.get("appid").asText()));
            assertThat(ran).as("executors of worker on UI port " + worker).contains(app);
        }
    }

    private static String script(String command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(PROJECT.resolve("scripts/spark-cluster.sh").toString(), command)
                .directory(PROJECT.toFile()).redirectErrorStream(true);
        pb.environment().putAll(CLUSTER);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private static JsonNode json(String url) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(url).isEqualTo(200);
        return new ObjectMapper().readTree(r.body());
    }
}
