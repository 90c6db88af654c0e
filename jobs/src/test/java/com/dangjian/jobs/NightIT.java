package com.dangjian.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import com.dangjian.contracts.bronze.RegistrySchema;
import com.dangjian.transform.GoldWriter;
import com.dangjian.warehouse.clickhouse.ClickHouse;
import com.dangjian.contracts.config.ClickHouseSettings;

import picocli.CommandLine;

/**
 * The night through the real CLI against real PostgreSQL (registry and job repository) and real ClickHouse,
 * on the hand-made fixture in fixtures/night (as of 2024-03-31; window January–March 2024).
 *
 * Expected, by hand:
 * - COMMITTEE_MONTHLY: B1 PASS ×3; B2 (3 full members) NOT_APPLICABLE ×3; B3 Jan PASS, Feb FAIL (its only
 *   February committee meeting was withdrawn later), not assessed in March (dissolved 15 March) → 8 rows.
 * - THEME_DAY_MONTHLY: B1 PASS ×3 (the 31 Jan 23:30 meeting is January's); B2 Jan PASS, Feb/Mar FAIL (the March
 *   line is broken JSON and rejected); B3 Jan, Feb PASS → 8 rows. A meeting of B9, unknown to the registry, is held.
 * - ASSEMBLY_QUARTERLY (Q1): B1 PASS, B2 FAIL → 2 rows.
 * - ELECTION_ON_TIME: C1 PASS ×3; B1 PASS ×3; B2 FAIL ×3 (term expired 2023-12-01); B3 Jan, Feb PASS → 11 rows.
 * - Scorecards: Jan B1 100, B3 100, B2 50 (theme day 1, election 0); Feb B1 100, B3 66.67, B2 0;
 *   Mar B1 100, B2 0 → ranks by score, then compliance, then code; 8 branch rows, and 3 of the committee C1.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NightIT {

    static final String CH_DB = "dangjian_night_it";

    Path tmp;

    Path config;
    ClickHouseSettings clickHouse;

    @BeforeAll
    void prepare() throws Exception {
        tmp = Files.createTempDirectory("night-it");
        String registryUrl = TestServers.freshPostgresSchema("dangjian_registry", "night_it");
        String jobRepoUrl = TestServers.freshPostgresSchema("dangjian_batch", "night_it");
        var registry = new DriverManagerDataSource(registryUrl, TestServers.PG_USER, "");
        RegistrySchema.create(registry);
        new ResourceDatabasePopulator(new FileSystemResource("src/test/resources/fixtures/night/registry.sql")).execute(registry);
        Path inbox = tmp.resolve("inbox/meetings");
        Files.createDirectories(inbox);
        for (String folder : List.of("dues", "study", "evaluations", "rectification")) {
            Files.createDirectories(tmp.resolve("inbox").resolve(folder));
        }
        try (var files = Files.list(Path.of("src/test/resources/fixtures/night/inbox/meetings"))) {
            for (Path f : files.toList()) {
                Files.copy(f, inbox.resolve(f.getFileName()));
            }
        }
        clickHouse = TestServers.clickHouse(CH_DB);
        try (ClickHouse ch = new ClickHouse(clickHouse)) {
            ch.execute("DROP DATABASE IF EXISTS " + CH_DB);
        }
        config = tmp.resolve("dangjian.yaml");
        Files.writeString(config, """
                registry:
                  url: "%s"
                  user: %s
                  password: ""
                inbox: inbox
                lake: lake
                site: site
                rules: "%s"
                clickhouse:
                  url: "%s"
                  database: %s
                  user: default
                  password: ""
                jobRepository:
                  url: "%s"
                  user: %s
                  password: ""
                """.formatted(registryUrl, TestServers.PG_USER, Path.of("src/test/resources/fixtures/night/rules-four.yaml").toAbsolutePath(),
                        TestServers.CH_URL, CH_DB, jobRepoUrl, TestServers.PG_USER));
    }

    private int night() {
        return night("2024-03-31");
    }

    private int night(String asOf) {
        return new CommandLine(new DangjianCli()).execute("night", "--as-of", asOf, "--config", config.toString());
    }

    /** Runs ./dangjian sql in-process; returns what it printed (standard output and errors). */
    private String sql(String query) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stdout = System.out;
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            CommandLine cli = new CommandLine(new DangjianCli());
            cli.setErr(new java.io.PrintWriter(out, true));
            cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
                cmd.getErr().println("error: " + e.getMessage());
                return 1;
            });
            cli.execute("sql", query, "--config", config.toString());
        } finally {
            System.setOut(stdout);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private Map<String, Long> counts(ClickHouse ch) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("dim_organisation", "rule_result", "org_scorecard_monthly", "ingest_reject")) {
            counts.put(table, ch.count("SELECT count() FROM " + CH_DB + "." + table));
        }
        return counts;
    }

    /** The data series a chart of a page draws in Chromium (the page opened with #check). */
    private com.fasterxml.jackson.databind.JsonNode chartInTheBrowser(String page, String chartId) {
        try {
            Path html = tmp.resolve("site").resolve(page);
            HeadlessChromium.Page opened = HeadlessChromium.open(html, "#check",
                    Files.createDirectories(tmp.resolve("browser").resolve(page.replace('/', '_'))));
            assertThat(opened.dom()).as(page + " script or console errors").doesNotContain("data-errors=");
            java.util.regex.Matcher resources = java.util.regex.Pattern.compile("<body[^>]*data-resources=\"([^\"]*)\"").matcher(opened.dom());
            assertThat(resources.find()).as(page + " lists what it loaded").isTrue();
            assertThat(resources.group(1).split(" ")).as(page).allMatch(u -> u.startsWith("file://"), "a local file");
            if (chartId == null) {
                return null;
            }
            java.util.regex.Matcher series = java.util.regex.Pattern.compile("id=\"" + chartId + "\"[^>]*data-series=\"([^\"]*)\"")
                    .matcher(opened.dom());
            assertThat(series.find()).as(chartId + " on " + page + " exposes its data").isTrue();
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(series.group(1).replace("&quot;", "\"")
                    .replace("&amp;", "&"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A page's DOM after its scripts ran in Chromium ({@code page} may end in a #fragment the page reads). */
    private String domInTheBrowser(String page, String work) {
        try {
            int hash = page.indexOf('#');
            return HeadlessChromium.open(tmp.resolve("site").resolve(hash < 0 ? page : page.substring(0, hash)), hash < 0 ? "" : page.substring(hash),
                    Files.createDirectories(tmp.resolve("browser").resolve(work))).dom();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The compliance-index cells the matrix chart draws in Chromium, as "org month value". */
    private List<String> matrixInTheBrowser() {
        try {
            var data = chartInTheBrowser("compliance.html", "matrix").get(0);
            // The page's own script (no inline script: the portal's CSP allows only the site's files).
            String html = Files.readString(tmp.resolve("site/assets/pages/compliance.js"));
            List<String> orgs = java.util.Arrays.stream(html.replaceAll("(?s).*var MATRIX_ORGS = \\[([^\\]]*)\\].*", "$1")
                    .split(",")).map(c -> c.replace("\"", "").trim()).toList();
            List<String> months = List.of("2024-01", "2024-02", "2024-03");
            List<String> cells = new java.util.ArrayList<>();
            data.forEach(cell -> {
                var v = cell.isArray() ? cell : cell.get("value"); // bare [month, row, score] cells
                cells.add(orgs.get(v.get(1).asInt()) + " " + months.get(v.get(0).asInt()) + " "
                        + new java.math.BigDecimal(v.get(2).asText()).stripTrailingZeros().toPlainString());
            });
            return cells;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A number as text without trailing zeros ("100.0" → "100"), so chart JSON and SQL text compare. */
    static String plain(String number) {
        return new java.math.BigDecimal(number).stripTrailingZeros().toPlainString();
    }

    static String plainOrMissing(String value) {
        return value.equals("-") ? value : plain(value);
    }

    private List<String> rows(ClickHouse ch, String sql) {
        return ch.query(sql).rows().stream().map(r -> String.join(" ", r)).toList();
    }

    @Test
    void aNightLoadsHandComputedResultsIntoClickHouseAndASecondRunChangesNoCount() {
        assertThat(night()).isZero();
        try (ClickHouse ch = new ClickHouse(clickHouse)) {
            Map<String, Long> first = counts(ch);
            assertThat(first).containsExactly(Map.entry("dim_organisation", 4L), Map.entry("rule_result", 29L),
                    Map.entry("org_scorecard_monthly", 11L), Map.entry("ingest_reject", 1L));
            assertThat(rows(ch, "SELECT rule_id, count() FROM " + CH_DB + ".rule_result GROUP BY rule_id ORDER BY rule_id"))
                    .containsExactly("ASSEMBLY_QUARTERLY 2", "COMMITTEE_MONTHLY 8", "ELECTION_ON_TIME 11", "THEME_DAY_MONTHLY 8");
            assertThat(rows(ch, "SELECT org_code, toString(period_start), status FROM " + CH_DB + ".rule_result"
                    + " WHERE rule_id = 'COMMITTEE_MONTHLY' ORDER BY org_code, period_start")).containsExactly(
                    "B1 2024-01-01 PASS", "B1 2024-02-01 PASS", "B1 2024-03-01 PASS",
                    "B2 2024-01-01 NOT_APPLICABLE", "B2 2024-02-01 NOT_APPLICABLE", "B2 2024-03-01 NOT_APPLICABLE",
                    "B3 2024-01-01 PASS", "B3 2024-02-01 FAIL");
            assertThat(rows(ch, "SELECT org_code, toString(period_start), status FROM " + CH_DB + ".rule_result"
                    + " WHERE rule_id = 'THEME_DAY_MONTHLY' AND status = 'FAIL' ORDER BY org_code, period_start"))
                    .containsExactly("B2 2024-02-01 FAIL", "B2 2024-03-01 FAIL");
            assertThat(rows(ch, "SELECT org_code, status FROM " + CH_DB + ".rule_result"
                    + " WHERE rule_id = 'ELECTION_ON_TIME' AND period_start = '2024-03-01' ORDER BY org_code"))
                    .containsExactly("B1 PASS", "B2 FAIL", "C1 PASS");
            assertThat(rows(ch, "SELECT toString(month), org_code, toString(round(compliance_index, 2)), toString(rank_overall),"
                    + " ifNull(toString(rank_change), '-') FROM " + CH_DB + ".org_scorecard_monthly WHERE org_type = 'BRANCH'"
                    + " ORDER BY month, rank_overall"))
                    .containsExactly(
                            "2024-01-01 B1 100 1 -", "2024-01-01 B3 100 2 -", "2024-01-01 B2 50 3 -",
                            "2024-02-01 B1 100 1 0", "2024-02-01 B3 66.67 2 0", "2024-02-01 B2 0 3 0",
                            "2024-03-01 B1 100 1 0", "2024-03-01 B2 0 2 1");
            // Facts: 11 meetings stand (B1 7, B2 1, B3 3: its February committee meeting withdrawn; B9's held back;
            // the broken line rejected); attendance one row per member expected — B1-C1 expected two, the others one.
            assertThat(ch.count("SELECT count() FROM " + CH_DB + ".fact_meeting")).isEqualTo(11);
            assertThat(ch.count("SELECT count() FROM " + CH_DB + ".fact_attendance")).isEqualTo(12);
            assertThat(ch.count("SELECT count() FROM " + CH_DB + ".dim_member")).isEqualTo(17);
            // The committee aggregates its branches weighted by members (B1 7, B2 3, B3 7):
            // Jan (100×7 + 50×3 + 100×7) / 17 = 91.18; Feb (100×7 + 0×3 + 66.67×7) / 17 = 68.63; Mar (100×7 + 0×3) / 10 = 70.
            assertThat(rows(ch, "SELECT toString(month), toString(round(compliance_index, 2)), toString(members) FROM " + CH_DB
                    + ".org_scorecard_monthly WHERE org_code = 'C1' ORDER BY month"))
                    .containsExactly("2024-01-01 91.18 17", "2024-02-01 68.63 17", "2024-03-01 70 10");
            assertThat(Files.exists(tmp.resolve("site/index.html"))).isTrue();
            assertThat(matrixInTheBrowser()).as("the compliance matrix as Chromium draws it").containsExactlyInAnyOrder(
                    "B1 2024-01 100", "B3 2024-01 100", "B2 2024-01 50",
                    "B1 2024-02 100", "B3 2024-02 66.6667", "B2 2024-02 0", // 200 / 3 as the read side gives it (four decimals)
                    "B1 2024-03 100", "B2 2024-03 0");
            // The ranking chart's bars and the department chart's lines are the gold numbers, in rank and month order.
            assertThat(chartInTheBrowser("rankings.html", "ranking").get(0).findValues("value").stream().map(v -> plain(v.asText())).toList())
                    .isEqualTo(rows(ch, "SELECT toString(round(overall_score, 2)) FROM " + CH_DB + ".org_scorecard_monthly"
                            + " WHERE month = '2024-03-01' AND org_type = 'BRANCH' ORDER BY rank_overall").stream().map(NightIT::plain).toList());
            var department = chartInTheBrowser("index.html", "department");
            assertThat(java.util.stream.StreamSupport.stream(department.get(0).spliterator(), false).map(v -> plain(v.asText())).toList())
                    .containsExactly("91.2", "68.6", "70"); // C1's compliance index, hand-computed above, to one decimal
            // The trends page draws C1's overall score month by month; B1's radar its March compliance, engagement, evaluation.
            assertThat(java.util.stream.StreamSupport.stream(chartInTheBrowser("trends.html", "dept-trend-0").get(0).spliterator(), false)
                    .map(v -> plain(v.asText())).toList())
                    .isEqualTo(rows(ch, "SELECT toString(round(value, 4)) FROM " + CH_DB + ".org_trend_monthly"
                            + " WHERE org_code = 'C1' AND index_name = 'overall' ORDER BY month").stream().map(NightIT::plain).toList());
            assertThat(java.util.stream.StreamSupport.stream(chartInTheBrowser("org/B1.html", "org-trend").get(0).spliterator(), false)
                    .map(v -> plain(v.asText())).toList())
                    .isEqualTo(rows(ch, "SELECT toString(round(value, 4)) FROM " + CH_DB + ".org_trend_monthly"
                            + " WHERE org_code = 'B1' AND index_name = 'overall' ORDER BY month").stream().map(NightIT::plain).toList());
            // Every other page of the fixture night opens without a script or console error and loads only local files.
            for (String page : List.of("alarms.html", "data.html", "methodology.html", "print.html", "org/B2.html", "org/B3.html",
                    "org/C1.html")) {
                chartInTheBrowser(page, null);
            }
            var ownBars = chartInTheBrowser("org/B1.html", "peer-bars").get(0);
            List<String> expected = java.util.Arrays.asList(rows(ch, "SELECT ifNull(toString(round(compliance_index, 1)), '-'),"
                    + " ifNull(toString(round(engagement_index, 1)), '-'), ifNull(toString(round(evaluation_score, 1)), '-') FROM "
                    + CH_DB + ".org_scorecard_monthly WHERE org_code = 'B1' AND month = '2024-03-01'").get(0).split(" "));
            assertThat(java.util.stream.StreamSupport.stream(ownBars.spliterator(), false).map(v -> v.asText()).map(NightIT::plainOrMissing).toList())
                    .isEqualTo(expected.stream().map(NightIT::plainOrMissing).toList());
            // The alarms leadership acts on, in the browser: B2's election, overdue since its term ended on 2023-12-01, is
            // 31 + 31 + 29 + 30 = 121 days overdue at the end of March 2024, and counted once among the election alarms,
            // on the alarms page, on the overview and, rolled up from its branch, on the committee's page.
            String alarms = domInTheBrowser("alarms.html", "alarms-days");
            assertThat(alarms).containsPattern("(?s)<tr data-type=\"ELECTION_OVERDUE\" data-rule=\"ELECTION_ON_TIME\" data-org=\"[^\"]* B2\">"
                    + "(?:(?!</tr>).)*<td>2023-12-01</td><td class=\"num\">121</td>");
            // The rankings' first quarter of 2024: each branch's mean of its months in it, as gold holds them.
            String rankings = domInTheBrowser("rankings.html#period=2024-Q1&type=BRANCH", "rankings-quarter");
            String quarter = rankings.replaceAll("(?s).*?(<tbody data-month=\"2024-Q1\" data-type=\"BRANCH\".*?</tbody>).*", "$1");
            Map<String, Double> shown = new java.util.TreeMap<>();
            java.util.regex.Pattern.compile("data-v=\"([0-9.]+)\"[^>]*><td class=\"num\">\\d+</td><td class=\"num\">\\d+</td><td title=\"([^\"]+)\"")
                    .matcher(quarter).results().forEach(r -> shown.put(r.group(2), Double.valueOf(r.group(1))));
            Map<String, Double> means = new java.util.TreeMap<>();
            rows(ch, "SELECT org_code, toString(avg(overall_score)) FROM " + CH_DB + ".org_scorecard_monthly WHERE org_type = 'BRANCH'"
                    + " AND month BETWEEN '2024-01-01' AND '2024-03-01' GROUP BY org_code").forEach(r -> means.put(r.split(" ")[0],
                    Double.valueOf(r.split(" ")[1])));
            assertThat(shown.keySet()).isEqualTo(means.keySet()).containsExactly("B1", "B2", "B3");
            means.forEach((code, mean) -> assertThat(shown.get(code)).as(code + " in Q1 2024").isCloseTo(mean, org.assertj.core.data.Offset.offset(0.006)));
            long open = ch.count("SELECT count() FROM " + CH_DB + ".alarm");
            assertThat(alarms.split("<tr data-type=").length - 1).isEqualTo(open);
            for (String page : List.of("alarms.html", "index.html", "org/C1.html")) {
                String dom = domInTheBrowser(page, "counts-" + page.replace('/', '_'));
                assertThat(dom).as(page).containsPattern("<li data-type=\"ELECTION_OVERDUE\"><a href=\"[^\"]*#type=ELECTION_OVERDUE\">"
                        + "换届逾期 <strong>1</strong></a></li>");
            }
            assertThat(rows(ch, "SELECT source, file, toString(line), reason_code FROM " + CH_DB + ".ingest_reject"))
                    .containsExactly("meetings meetings-20240401-020000.jsonl 5 INVALID_JSON");
            // The meeting of an organisation the registry does not know is held out of silver, not lost.
            assertThat(com.dangjian.transform.SparkSessions.getOrCreate(null).read().parquet(tmp.resolve("lake/silver/held_rows").toString())
                    .collectAsList()).extracting(r -> r.getString(0) + " " + r.getString(2) + ":" + r.getLong(3) + " " + r.getString(4))
                    .containsExactly("meetings meetings-20240401-020000.jsonl:4 UNKNOWN_ORG");
            // ... and loaded into ClickHouse as held_row, with the night it has been held since.
            assertThat(rows(ch, "SELECT source, file, toString(line), reason_code, toString(since) FROM " + CH_DB + ".held_row"))
                    .containsExactly("meetings meetings-20240401-020000.jsonl 4 UNKNOWN_ORG 2024-03-31");
            // Each branch's compliance index is 100 minus its rules' deductions (compliance_breakdown), every month.
            assertThat(rows(ch, "SELECT org_code, toString(month) FROM " + CH_DB + ".org_scorecard_monthly ANY LEFT JOIN ("
                    + "SELECT org_code, month, 100 - sum(deduction) AS from_breakdown FROM " + CH_DB + ".compliance_breakdown"
                    + " GROUP BY org_code, month) USING (org_code, month) WHERE org_type = 'BRANCH'"
                    + " AND abs(compliance_index - from_breakdown) > 1e-9")).isEmpty();
            assertThat(ch.count("SELECT count() FROM " + CH_DB + ".compliance_breakdown WHERE deduction > 0")).isPositive();
            for (String table : com.dangjian.contracts.gold.GoldTables.names()) {
                List<String> warehouse = ch.query("DESCRIBE TABLE " + CH_DB + "." + table).rows().stream().map(r -> r.get(0)).toList();
                List<String> lake = java.util.Arrays.stream(com.dangjian.transform.SparkSessions.getOrCreate(null).read()
                        .parquet(tmp.resolve("lake/gold/" + table).toString()).drop(GoldWriter.PARTITION).columns()).sorted().toList();
                assertThat(lake).as("gold Parquet columns of " + table).isEqualTo(warehouse.stream().sorted().toList());
            }

            // One read side: the dashboards' queries answered identically by ClickHouse and by the gold Parquet lake.
            try (var warehouse = new com.dangjian.warehouse.read.ClickHouseReadSide(clickHouse);
                 var lake = new com.dangjian.warehouse.read.LakeReadSide(
                         new com.dangjian.contracts.lake.Lake(tmp.resolve("lake")), com.dangjian.contracts.gold.GoldTables.names())) {
                for (String q : List.of(com.dangjian.warehouse.read.GoldQueries.ORGANISATIONS, com.dangjian.warehouse.read.GoldQueries.SCORECARDS,
                        com.dangjian.warehouse.read.GoldQueries.RULE_RESULTS, com.dangjian.warehouse.read.GoldQueries.RUN,
                        com.dangjian.warehouse.read.GoldQueries.ALARMS, com.dangjian.warehouse.read.GoldQueries.TRENDS)) {
                    var fromClickHouse = warehouse.query(q);
                    assertThat(fromClickHouse.rows()).isNotEmpty();
                    assertThat(lake.query(q)).as(q).isEqualTo(fromClickHouse);
                }
            }
            // The analysts' door: read-only SQL through the CLI, same configuration.
            assertThat(sql("SELECT rule_id, count() AS n FROM rule_result GROUP BY rule_id ORDER BY rule_id"))
                    .contains("ASSEMBLY_QUARTERLY | 2").contains("4 rows");
            assertThat(sql("DROP TABLE rule_result")).contains("'DROP' is not allowed here");

            // The organisation history: the registry was read once, so one current version per organisation.
            assertThat(rows(ch, "SELECT org_code, toString(is_current), ifNull(toString(valid_to), '-') FROM " + CH_DB
                    + ".dim_organisation_history ORDER BY org_code")).containsExactly("B1 1 -", "B2 1 -", "B3 1 -", "C1 1 -");

            // Rerunning the night, and backfilling past nights (January, February) then running the latest again,
            // change no count, no sum and no row of any table.
            var loaded = WarehouseFingerprint.of(ch, CH_DB, List.of("run_log"));
            assertThat(loaded).containsKeys("ingest_reject", "fact_attendance", "dim_organisation_history");
            assertThat(night()).isZero();
            assertThat(counts(ch)).isEqualTo(first);
            assertThat(WarehouseFingerprint.of(ch, CH_DB, List.of("run_log"))).isEqualTo(loaded);
            assertThat(ch.count("SELECT count() FROM (SELECT DISTINCT org_code, rule_id, period_start FROM "
                    + CH_DB + ".rule_result)")).isEqualTo(29L);
            assertThat(night("2024-01-31")).isZero();
            assertThat(night("2024-02-29")).isZero();
            assertThat(ch.count("SELECT count() FROM " + CH_DB + ".org_scorecard_monthly WHERE month = '2024-03-01'")).isZero();
            assertThat(night()).isZero();
            assertThat(WarehouseFingerprint.of(ch, CH_DB, List.of("run_log"))).isEqualTo(loaded);

            // The backfill command over three nights: each run as a single night, and the warehouse as after the single
            // night of 31 March (every night recomputes every period up to its date, the last one wins).
            assertThat(new CommandLine(new DangjianCli()).execute("backfill", "--from", "2024-03-29", "--to", "2024-03-31",
                    "--config", config.toString())).isZero();
            assertThat(WarehouseFingerprint.of(ch, CH_DB, List.of("run_log"))).isEqualTo(loaded);

            // run_log: one entry per night, a rerun's rows replacing the earlier run's.
            assertThat(rows(ch, "SELECT toString(run_date), toString(uniqExact(run_id)), any(night_outcome) FROM " + CH_DB
                    + ".run_log GROUP BY run_date ORDER BY run_date")).containsExactly("2024-01-31 1 SUCCESS", "2024-02-29 1 SUCCESS",
                    "2024-03-29 1 SUCCESS", "2024-03-30 1 SUCCESS", "2024-03-31 1 SUCCESS");
            assertThat(rows(ch, "SELECT stage, outcome, toString(rows_written) FROM " + CH_DB + ".run_log"
                    + " WHERE run_date = '2024-03-31' AND stage IN ('transform:rule_result', 'warehouse:rule_result') ORDER BY seq"))
                    .containsExactly("transform:rule_result COMPLETED 29", "warehouse:rule_result COMPLETED 29");
        }
    }
}
