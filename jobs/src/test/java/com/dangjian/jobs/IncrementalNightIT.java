package com.dangjian.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.dangjian.contracts.config.NightConfig;
import com.dangjian.contracts.gold.GoldTables;
import com.dangjian.jobs.night.NightRun;
import com.dangjian.samples.NextNight;
import com.dangjian.contracts.lake.Lake;
import com.dangjian.contracts.rules.RuleCatalogue;
import com.dangjian.jobs.load.GoldLoader;
import com.dangjian.jobs.load.LoadedMonths;
import com.dangjian.transform.GoldWriter;
import com.dangjian.transform.NightTransform;
import com.dangjian.transform.SparkSessions;
import com.dangjian.transform.incremental.NightScope;
import com.dangjian.warehouse.clickhouse.ClickHouse;
import com.dangjian.warehouse.clickhouse.Migrations;
import com.dangjian.warehouse.clickhouse.TableSwap;

/**
 * Incremental nights equal full ones. A generated department (26 months to 2026-10-31: three years of data) has
 * its first night; then, night after night, its next day's data arrives (new meetings, study, members, a
 * transfer, conversions, re-sent meetings): first alone (October rewritten, the months before kept), then with
 * late corrections on top — this year's (a March meeting withdrawn, August dues paid late, a transfer backdated
 * to June: 2024 and 2025 are kept), then last year's (a November 2025 meeting re-sent with fewer present, a
 * December 2025 study row: 2024 is kept) — and a night with nothing new (everything kept).
 * After each night its lake (the same bronze) is copied and the night's transform recomputed there in full, and
 * loaded whole into a second database. Every gold table (all rows, the run's stamps left out) and every ClickHouse
 * table (counts, sums, row hashes) of the incremental night must equal the full one's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncrementalNightIT {

    static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);
    static final String DB = "dangjian_incremental_it";
    static final String FULL_DB = "dangjian_incremental_full_it";

    Path root;
    Path sample;

    @BeforeAll
    void firstNight() throws Exception {
        root = Files.createTempDirectory("incremental-night");
        try (ClickHouse ch = new ClickHouse(TestServers.clickHouse(DB))) {
            ch.execute("DROP DATABASE IF EXISTS " + DB);
            ch.execute("DROP DATABASE IF EXISTS " + FULL_DB);
        }
        GeneratedNight generated = GeneratedNight.run(0.02, 5, AS_OF, 26, 0.0, """
                clickhouse:
                  url: "%s"
                  database: %s
                """.formatted(TestServers.clickHouse(DB).url(), DB));
        sample = generated.dir();
        NightScope first = generated.night().scope();
        assertThat(first.full()).isTrue();
        assertThat(first.reason()).contains("no earlier night");
    }

    @Test
    void everyIncrementalNightEqualsAFullRecomputeOfTheSameNight() throws Exception {
        // The next day alone (October's meetings re-sent, November's study): October is rewritten, January to
        // September of gold kept as the first night wrote them — in the lake's files and in ClickHouse.
        NextNight.run(sample, "", new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Map<Integer, String> before = LoadedMonths.monthsOf(sample.resolve("lake/gold/rule_result"));
        NightScope nextDay = nightEqualsFull(LocalDate.of(2026, 11, 1));
        assertThat(nextDay.full()).as(nextDay.describe()).isFalse();
        assertThat(nextDay.firstAffected()).as(nextDay.describe()).contains(YearMonth.of(2026, 10));
        assertThat(nextDay.rewriteFrom()).as(nextDay.describe()).contains(YearMonth.of(2026, 10));
        Map<Integer, String> after = LoadedMonths.monthsOf(sample.resolve("lake/gold/rule_result"));
        assertThat(after.get(202609)).as("September's results kept").isNotNull().isEqualTo(before.get(202609));
        assertThat(after.get(202601)).as("January's results kept").isNotNull().isEqualTo(before.get(202601));
        assertThat(after.get(202610)).as("October's results rewritten").isNotNull().isNotEqualTo(before.get(202610));

        // A March correction reaches the first quarter, complete: from January.
        NextNight.run(sample, "", new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        correctionsOfThisYear(LocalDate.of(2026, 11, 2));
        NightScope thisYear = nightEqualsFull(LocalDate.of(2026, 11, 2));
        assertThat(thisYear.full()).as(thisYear.describe()).isFalse();
        assertThat(thisYear.firstAffected()).as(thisYear.describe()).contains(YearMonth.of(2026, 3));
        assertThat(thisYear.rewriteFrom()).as(thisYear.describe()).contains(YearMonth.of(2026, 1));
        assertThat(thisYear.reason()).contains("meeting changed from 2026-03", "dues changed from 2026-08", "membership changed from 2026-06");

        // Last November's correction reaches last year, complete: from last January.
        NextNight.run(sample, "", new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        correctionsOfLastYear(LocalDate.of(2026, 11, 3));
        NightScope lastYear = nightEqualsFull(LocalDate.of(2026, 11, 3));
        assertThat(lastYear.full()).as(lastYear.describe()).isFalse();
        assertThat(lastYear.firstAffected()).as(lastYear.describe()).contains(YearMonth.of(2025, 11));
        assertThat(lastYear.rewriteFrom()).as(lastYear.describe()).contains(YearMonth.of(2025, 1));
        assertThat(lastYear.reason()).contains("meeting changed from 2025-11", "study changed from 2025-12");

        NightScope nothingNew = nightEqualsFull(LocalDate.of(2026, 11, 4));
        assertThat(nothingNew.full()).isFalse();
        assertThat(nothingNew.firstAffected()).as(nothingNew.describe()).isEmpty();
    }

    /**
     * Runs the night incrementally on the sample, then recomputes the same night in full from a copy of the lake it
     * left (the same bronze) and loads that into a second database; compares the two.
     */
    private NightScope nightEqualsFull(LocalDate asOf) throws Exception {
        NightScope incremental = run(sample, asOf);
        Path copy = root.resolve("full-" + asOf);
        copyTree(sample.resolve("lake"), copy);
        SparkSession spark = SparkSessions.getOrCreate("local[*]");
        NightTransform full = new NightTransform(spark, new Lake(copy), RuleCatalogue.defaults());
        full.run(asOf, "full-" + asOf, "equality check");
        assertThat(full.scope().full()).isTrue();
        loadWhole(spark, copy);
        GoldComparison.assertSame(spark, sample.resolve("lake"), copy, asOf + " incremental (" + incremental.describe() + ")",
                asOf + " full");
        try (ClickHouse ch = new ClickHouse(TestServers.clickHouse(DB))) {
            assertThat(WarehouseFingerprint.of(ch, DB, List.of("run_log")))
                    .as(asOf + " ClickHouse tables").isEqualTo(WarehouseFingerprint.of(ch, FULL_DB, List.of("run_log")));
        }
        return incremental;
    }

    /** Every gold table of the lake loaded whole into a fresh FULL_DB, as a full night's warehouse stage does. */
    private static void loadWhole(SparkSession spark, Path lake) {
        try (ClickHouse ch = new ClickHouse(TestServers.clickHouse(FULL_DB))) {
            ch.execute("DROP DATABASE IF EXISTS " + FULL_DB);
            new Migrations(ch).apply();
            TableSwap swap = new TableSwap(ch);
            GoldLoader loader = new GoldLoader(ch, swap);
            for (String table : GoldTables.names()) {
                loader.stage(table, spark.read().parquet(lake.resolve("gold/" + table).toString()).drop(GoldWriter.PARTITION));
            }
            swap.swap(GoldTables.names());
        }
    }

    private static NightScope run(Path dir, LocalDate asOf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NightRun night = new NightRun(NightConfig.load(dir.resolve("dangjian.yaml"), Map.of()),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(night.run(asOf)).as(out.toString(StandardCharsets.UTF_8)).isZero();
        return night.scope();
    }

    /**
     * Late records of this year, as a night's sources would bring them: a March meeting withdrawn, August's dues of
     * a member paid only now, a transfer backdated to June.
     */
    private void correctionsOfThisYear(LocalDate night) throws Exception {
        String march = lineOf(sample.resolve("inbox/meetings/meetings-20260331-220000.jsonl"), "\"deleted\":false");
        writeMeetings(night, march.replace("\"deleted\":false", "\"deleted\":true"));
        Charset gb = Charset.forName("GB18030");
        List<String> august = Files.readAllLines(sample.resolve("inbox/dues/dues-202608.csv"), gb);
        String[] f = august.get(1).split(",", -1);
        f[5] = night.toString(); // paid on the night: August's month end stays unpaid, the payment counts from now
        // In a file of a later export (the later file name wins, FileSourcesSilver).
        Files.writeString(sample.resolve("inbox/dues/dues-" + night.toString().replace("-", "").substring(0, 6) + "-back-payments.csv"),
                august.get(0) + "\n" + String.join(",", f) + "\n", gb);
        backdatedTransfer(night);
    }

    /** Late records of last year: a November 2025 meeting re-sent with one member fewer present, a December study row. */
    private void correctionsOfLastYear(LocalDate night) throws Exception {
        String november = lineOf(sample.resolve("inbox/meetings/meetings-20251130-220000.jsonl"), "\"present\":[\"");
        writeMeetings(night, november.replaceFirst("\"present\":\\[\"[^\"]+\",", "\"present\":["));
        Files.writeString(sample.resolve("inbox/study/study-" + night.toString().replace("-", "") + "-late.csv"),
                "member_id,study_date,minutes,points,course_type\nP0000003,2025-12-15,45,3,POLICY\n");
    }

    /** A meetings export of the night re-sending these records, each with the night's updated_at. */
    private void writeMeetings(LocalDate night, String... records) throws IOException {
        String stamp = "\"updated_at\":\"" + night + "T08:00:00+08:00\"";
        StringBuilder s = new StringBuilder();
        for (String r : records) {
            s.append(r.replaceFirst("\"updated_at\":\"[^\"]*\"", stamp)).append('\n');
        }
        Files.writeString(sample.resolve("inbox/meetings/meetings-" + night.toString().replace("-", "") + "-230000.jsonl"), s);
    }

    /** A member of one branch moved to another of the same organ, effective 15 June 2026, entered only tonight. */
    private void backdatedTransfer(LocalDate night) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + sample.resolve("registry/registry") + ";MODE=PostgreSQL",
                "sa", "")) {
            String member;
            String from;
            String to;
            try (ResultSet r = c.createStatement().executeQuery("""
                    SELECT m.member_id, m.org_code, o2.org_code FROM party_member m
                    JOIN org_unit o1 ON o1.org_code = m.org_code
                    JOIN org_unit o2 ON o2.parent_code = o1.parent_code AND o2.org_code <> o1.org_code AND o2.org_type = 'BRANCH'
                    WHERE m.status = 'FULL' AND m.joined_on < DATE '2025-01-01' AND o1.dissolved_on IS NULL AND o2.dissolved_on IS NULL
                      AND o1.secretary_member_id <> m.member_id
                      AND m.member_id NOT IN (SELECT member_id FROM member_transfer)
                    ORDER BY m.member_id LIMIT 1""")) {
                assertThat(r.next()).as("a member to transfer").isTrue();
                member = r.getString(1);
                from = r.getString(2);
                to = r.getString(3);
            }
            java.sql.Timestamp at = java.sql.Timestamp.valueOf(night.atTime(19, 30));
            try (PreparedStatement p = c.prepareStatement("INSERT INTO member_transfer (transfer_id, member_id, from_org_code,"
                    + " to_org_code, effective_on, updated_at) VALUES ('T-LATE-1', ?, ?, ?, DATE '2026-06-15', ?)")) {
                p.setString(1, member);
                p.setString(2, from);
                p.setString(3, to);
                p.setTimestamp(4, at);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE party_member SET org_code = ?, group_code = NULL, updated_at = ?"
                    + " WHERE member_id = ?")) {
                p.setString(1, to);
                p.setTimestamp(2, at);
                p.setString(3, member);
                p.executeUpdate();
            }
        }
    }

    private static String lineOf(Path file, String containing) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> l.contains(containing)).findFirst().orElseThrow();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("night.lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }
}
