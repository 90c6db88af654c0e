package com.dangjian.notebooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.dangjian.jobs.GeneratedNight;
import com.dangjian.jobs.HeadlessChromium;
import com.dangjian.transform.SparkSessions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every notebook of notebooks/ executed headlessly by Jupyter ({@code jupyter nbconvert --execute}, with the kernel
 * installed by scripts/notebooks.sh) against a test night: generated data (SF 0.15, 24 months, the demo's size)
 * loaded into the real ClickHouse. A cell error fails the test; each notebook's key numbers are compared with the
 * generator's profiles or with the same question answered independently by Spark SQL over the night's lake.
 */
class NotebooksIT {

    static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);
    static final String CH_URL = env("DJ_CH_URL", "http://127.0.0.1:18123");
    static final String DATABASE = "dangjian_notebooks";
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    static Path night;
    static Path jupyterData;
    static SparkSession spark;

    @BeforeAll
    static void testNight() throws Exception {
        clickHouse("DROP DATABASE IF EXISTS " + DATABASE);
        night = GeneratedNight.run(0.15, 7, AS_OF, 24, 0.002, """
                clickhouse:
                  url: %s
                  database: %s
                """.formatted(CH_URL, DATABASE)).dir();

        jupyterData = Files.createTempDirectory("jupyter-data");
        assertThat(run(List.of(ROOT.resolve("scripts/notebooks.sh").toString(), "kernel"), Map.of()).exit).isZero();
        spark = SparkSessions.getOrCreate(null);
        for (String t : List.of("dim_member", "dim_organisation", "fact_study", "fact_evaluation", "fact_dues", "rule_result", "org_scorecard_monthly")) {
            spark.read().parquet(night.resolve("lake/gold/" + t).toString()).createOrReplaceTempView(t);
        }
    }

    @Test
    void quarterEndBranchesAreTheGeneratorsQuarterEndRushProfile() throws Exception {
        Map<String, String> key = execute("01-quarter-end-meetings.ipynb");
        JsonNode summary = new ObjectMapper().readTree(night.resolve("generation-summary.json").toFile());
        TreeSet<String> rush = new TreeSet<>();
        summary.get("organisations").forEach(o -> {
            if (o.get("profile").asText().equals("QUARTER_END_RUSH")) {
                rush.add(o.get("org_code").asText());
            }
        });
        assertThat(rush).isNotEmpty();
        assertThat(key.get("quarter_end_branches")).isEqualTo(String.valueOf(rush.size()));
        assertThat(new TreeSet<>(List.of(key.get("quarter_end_branch_codes").split(",")))).isEqualTo(rush);
    }

    @Test
    void studyAgainstReviewCorrelationEqualsSparksCorr() throws Exception {
        Map<String, String> key = execute("02-study-and-review.ipynb");
        // The latest 述职评议 of a night as of 2026-10-31 is the one for 2025 (issued in January 2026).
        Row r = spark.sql("""
                WITH s AS (SELECT member_id, sum(minutes) AS minutes FROM fact_study
                           WHERE study_date BETWEEN DATE'2025-01-01' AND DATE'2025-12-31' GROUP BY member_id),
                     b AS (SELECT m.org_code, sum(coalesce(s.minutes, 0)) / count(*) / 60.0 AS hours
                           FROM dim_member m LEFT JOIN s ON s.member_id = m.member_id
                           WHERE m.status <> 'LEFT' GROUP BY m.org_code)
                SELECT corr(b.hours, e.score), count(*) FROM b
                JOIN fact_evaluation e ON e.org_code = b.org_code AND e.kind = 'SECRETARY_REVIEW' AND e.period_start = DATE'2025-01-01'
                JOIN dim_organisation o ON o.org_code = b.org_code AND o.org_type = 'BRANCH'
                """).first();
        assertThat(key.get("study_review_branches")).isEqualTo(String.valueOf(r.getLong(1)));
        assertThat(Double.parseDouble(key.get("study_review_correlation"))).isCloseTo(r.getDouble(0), within(0.0005));
    }

    @Test
    void latestMonthsArrearsEqualSparksCount() throws Exception {
        Map<String, String> key = execute("03-dues-arrears.ipynb");
        Row dues = spark.sql("SELECT 100.0 * sum(CASE WHEN paid_on_time THEN 0 ELSE 1 END) / count(*) FROM fact_dues"
                + " WHERE dues_month = DATE'2026-10-01'").first();
        Row arrears = spark.sql("SELECT sum(actual) FROM rule_result WHERE rule_id = 'DUES_ARREARS_6M'"
                + " AND period_start = DATE'2026-10-01' AND status <> 'NOT_APPLICABLE'").first();
        assertThat(key.get("latest_month")).isEqualTo("2026-10");
        assertThat(key.get("unpaid_rate_latest_pct")).isEqualTo(String.format("%.2f", dues.getDecimal(0).doubleValue()));
        assertThat(Long.parseLong(key.get("arrears_6m_members_latest"))).isEqualTo(((Number) arrears.get(0)).longValue());
    }

    @Test
    void defaultWeightsReproduceTheNightsRanksAndOwnWeightsMatchSpark() throws Exception {
        Map<String, String> key = execute("04-rankings-with-your-weights.ipynb");
        assertThat(key.get("default_weights_rank_differences")).isEqualTo("0");
        // The notebook's own weights (0.2, 0.5, 0.3), ranked by Spark's window functions as the transform ranks.
        List<Row> ranked = spark.sql("""
                WITH s AS (SELECT org_code, rank_overall, compliance_index,
                             (compliance_index * 0.2 + coalesce(engagement_index * 0.5, 0.0) + coalesce(evaluation_score * 0.3, 0.0))
                             / (0.2 + CASE WHEN engagement_index IS NULL THEN 0.0 ELSE 0.5 END
                                    + CASE WHEN evaluation_score IS NULL THEN 0.0 ELSE 0.3 END) AS overall
                           FROM org_scorecard_monthly WHERE month = DATE'2026-10-01' AND org_type = 'BRANCH')
                SELECT org_code, rank_overall - row_number() OVER (ORDER BY overall DESC NULLS LAST,
                       compliance_index DESC NULLS LAST, org_code) AS moved
                FROM s ORDER BY overall DESC NULLS LAST, compliance_index DESC NULLS LAST, org_code
                """).collectAsList();
        assertThat(key.get("new_first")).isEqualTo(ranked.get(0).getString(0));
        long movedThree = ranked.stream().filter(row -> Math.abs(((Number) row.get(1)).longValue()) >= 3).count();
        assertThat(key.get("moved_at_least_3")).isEqualTo(String.valueOf(movedThree));
        // The whole new ranking went to Excel: a header and one row per branch.
        Path excel = ROOT.resolve("notebooks/output/ranking-2026-10-my-weights.xlsx");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(excel))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(ranked.size());
            assertThat(book.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo(ranked.get(0).getString(0));
        }
    }

    @Test
    void dictionaryTourFindsEveryDocumentedTableAndColumnInClickHouse() throws Exception {
        Map<String, String> key = execute("05-data-dictionary-tour.ipynb");
        List<String> tables = new ArrayList<>();
        for (String line : Files.readAllLines(ROOT.resolve("docs/data-dictionary.md"))) {
            if (line.startsWith("## ")) {
                tables.add(line.substring(3).split(" ")[0]);
            }
        }
        long rows = 0;
        for (String t : tables) {
            rows += Long.parseLong(clickHouse("SELECT count() FROM " + DATABASE + "." + t).strip());
        }
        assertThat(key.get("dictionary_tables")).isEqualTo(String.valueOf(tables.size()));
        assertThat(key.get("tables_present")).isEqualTo(String.valueOf(tables.size()));
        assertThat(key.get("undocumented_columns")).isEqualTo("0");
        assertThat(key.get("missing_columns")).isEqualTo("0");
        assertThat(key.get("total_rows")).isEqualTo(String.valueOf(rows));
    }

    /**
     * The same notebooks with the embedded configuration (no clickhouse block: Spark SQL over the night's Parquet
     * lake) give the same answers; only the tour sees one table fewer (run_log lives in ClickHouse alone).
     */
    @Test
    void everyNotebookGivesTheSameAnswersOnTheParquetLake() throws Exception {
        String yaml = Files.readString(night.resolve("dangjian.yaml"));
        Files.writeString(night.resolve("lake.yaml"), yaml.substring(0, yaml.indexOf("clickhouse:")));
        List<String> notebooks;
        try (var files = Files.list(ROOT.resolve("notebooks"))) {
            notebooks = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".ipynb")).sorted().toList();
        }
        for (String notebook : notebooks) {
            Map<String, String> onClickHouse = new HashMap<>(execute(notebook));
            Map<String, String> onLake = new HashMap<>(execute(notebook, "lake.yaml", "executed-lake"));
            assertThat(onLake).as(notebook).isNotEmpty();
            if (notebook.startsWith("05")) {
                assertThat(onLake.remove("tables_present")).isEqualTo(String.valueOf(Integer.parseInt(onClickHouse.remove("tables_present")) - 1));
                onLake.remove("total_rows");
                onClickHouse.remove("total_rows");
            }
            assertThat(onLake).as(notebook).isEqualTo(onClickHouse);
        }
    }

    @Test
    void chartsDrawInABrowserWithoutTheNetwork() throws Exception {
        Path html = ROOT.resolve("notebooks/target/executed-html");
        Result r = run(List.of("/usr/bin/jupyter", "nbconvert", "--to", "html", "--execute", "--ExecutePreprocessor.timeout=600",
                "--output-dir", html.toString(), ROOT.resolve("notebooks/01-quarter-end-meetings.ipynb").toString()),
                Map.of("DANGJIAN_CONFIG", night.resolve("dangjian.yaml").toString()));
        assertThat(r.exit).as(r.output).isZero();
        Path work = Files.createTempDirectory("notebook-browser");
        HeadlessChromium.Page page = HeadlessChromium.open(html.resolve("01-quarter-end-meetings.html"), work);
        // Two charts, each drawn by the ECharts the first one carries: a canvas in each, the no-script text gone.
        long charts = Pattern.compile("id=\"dangjian-chart-[^\"]+\"").matcher(page.dom()).results().count();
        assertThat(charts).isEqualTo(2);
        assertThat(Pattern.compile("<div id=\"dangjian-chart-[^\"]+\"[^>]*>\\s*<div[^>]*>\\s*<canvas").matcher(page.dom()).results().count())
                .isEqualTo(2);
        assertThat(page.dom()).doesNotContain("图表需要脚本");
        assertThat(page.networkUrls()).noneMatch(u -> u.contains("echarts"));
    }

    @Test
    void aCellErrorFailsTheExecutionAndSaysWhatWentWrong() throws Exception {
        Path broken = Files.createTempDirectory("broken-notebook").resolve("broken.ipynb");
        Files.writeString(broken, """
                {"cells": [{"cell_type": "code", "id": "a", "metadata": {}, "execution_count": null, "outputs": [],
                            "source": ["int x = 1;\\n", "String y = x;"]}],
                 "metadata": {"kernelspec": {"name": "dangjian-java", "display_name": "Java", "language": "java"}},
                 "nbformat": 4, "nbformat_minor": 5}
                """);
        Result r = run(nbconvert(broken, broken.getParent()), Map.of());
        assertThat(r.exit).isNotZero();
        assertThat(r.output).contains("compile error").contains("incompatible types").contains("String y = x;");
    }

    /** The five probes of issue 11, through dj.sql in a notebook, on ClickHouse and on the lake: each refused, saying why. */
    @Test
    void theAnalystsSqlEscapesAreRefusedInANotebookOnBothReadSides() throws Exception {
        List<String> escapes = List.of("SELECT * FROM csv.`/etc/passwd`", "SELECT * FROM text.`/etc/shadow`",
                "SELECT java_method('java.lang.System','getenv','DANGJIAN_REGISTRY_PASSWORD')",
                "SELECT reflect('java.lang.System','getenv','HOME')",
                "WITH x AS (SELECT 1 AS a) INSERT OVERWRITE DIRECTORY '/tmp/escape' USING csv SELECT * FROM x");
        ObjectMapper json = new ObjectMapper();
        StringBuilder code = new StringBuilder("var dj = Dangjian.connect();\nvar out = new StringBuilder();\n"
                + "for (var w : List.of(dj, dj.lake())) {\n  for (var q : List.of(");
        for (int i = 0; i < escapes.size(); i++) {
            code.append(i == 0 ? "" : ", ").append(json.writeValueAsString(escapes.get(i)));
        }
        code.append(")) {\n    try { w.sql(q); out.append(\"ANSWERED \").append(q).append('\\n'); }\n"
                + "    catch (RuntimeException e) { out.append(\"REFUSED \").append(e.getMessage().lines().findFirst().orElse(\"\")).append('\\n'); }\n"
                + "  }\n}\nSystem.out.print(out);");
        var nb = json.createObjectNode();
        var cell = nb.putArray("cells").addObject();
        cell.put("cell_type", "code").put("id", "escapes").put("execution_count", (String) null);
        cell.putObject("metadata");
        cell.putArray("outputs");
        cell.put("source", code.toString());
        nb.putObject("metadata").putObject("kernelspec").put("name", "dangjian-java").put("display_name", "Java").put("language", "java");
        nb.put("nbformat", 4).put("nbformat_minor", 5);
        Path dir = Files.createTempDirectory("escapes-notebook");
        Path file = dir.resolve("escapes.ipynb");
        json.writeValue(file.toFile(), nb);
        Result r = run(nbconvert(file, dir.resolve("out")), Map.of("DANGJIAN_CONFIG", night.resolve("dangjian.yaml").toString()));
        assertThat(r.exit).as(r.output).isZero();
        StringBuilder printed = new StringBuilder();
        for (JsonNode output : json.readTree(dir.resolve("out/escapes.ipynb").toFile()).get("cells").get(0).path("outputs")) {
            output.path("text").forEach(t -> printed.append(t.asText()));
            if (output.path("text").isTextual()) {
                printed.append(output.path("text").asText());
            }
        }
        List<String> lines = printed.toString().lines().toList();
        assertThat(lines).as(printed.toString()).hasSize(2 * escapes.size()).allMatch(l -> l.startsWith("REFUSED "));
        assertThat(printed.toString()).contains("java_method() reaches the process").contains("reflect() reaches the process")
                .contains("could not be parsed").doesNotContain("ANSWERED");
        assertThat(Files.exists(Path.of("/tmp/escape"))).isFalse();
    }

    static final Map<String, Map<String, String>> EXECUTED = new HashMap<>();

    /** Executes one notebook as CI does against the ClickHouse night; returns its key numbers (name → value). */
    static Map<String, String> execute(String notebook) throws Exception {
        return execute(notebook, "dangjian.yaml", "executed");
    }

    /** The same with another configuration of the night (once per notebook and configuration). */
    static synchronized Map<String, String> execute(String notebook, String config, String outputs) throws Exception {
        String id = config + "/" + notebook;
        if (EXECUTED.containsKey(id)) {
            return EXECUTED.get(id);
        }
        Path dir = ROOT.resolve("notebooks/target").resolve(outputs);
        Result r = run(nbconvert(ROOT.resolve("notebooks").resolve(notebook), dir),
                Map.of("DANGJIAN_CONFIG", night.resolve(config).toString()));
        assertThat(r.exit).as(notebook + " failed with " + config + ":\n" + r.output).isZero();
        Path executed = dir.resolve(notebook);
        Map<String, String> keys = new HashMap<>();
        for (JsonNode cell : new ObjectMapper().readTree(executed.toFile()).get("cells")) {
            for (JsonNode output : cell.path("outputs")) {
                JsonNode key = output.path("metadata").path("dangjian.key");
                if (!key.isMissingNode()) {
                    keys.put(key.get("name").asText(), key.get("value").asText());
                }
            }
        }
        EXECUTED.put(id, keys);
        return keys;
    }

    static List<String> nbconvert(Path notebook, Path outputDir) {
        return List.of("/usr/bin/jupyter", "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.timeout=600", "--output-dir", outputDir.toString(), notebook.toString());
    }

    record Result(int exit, String output) {
    }

    static Result run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("JUPYTER_DATA_DIR", jupyterData.toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(15, TimeUnit.MINUTES)).isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    static String clickHouse(String sql) throws IOException, InterruptedException {
        HttpResponse<String> r;
        try {
            r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(CH_URL + "/"))
                    .POST(HttpRequest.BodyPublishers.ofString(sql)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException e) {
            throw new IllegalStateException("ClickHouse is not reachable at " + CH_URL + ": start the test servers with scripts/servers.sh start", e);
        }
        if (r.statusCode() != 200) {
            throw new IllegalStateException("ClickHouse at " + CH_URL + " answered " + r.statusCode() + ": " + r.body()
                    + " (start the test servers with scripts/servers.sh start)");
        }
        return r.body();
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
