package com.dangjian.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

import com.dangjian.warehouse.clickhouse.ClickHouse;

/**
 * rules.md "Privacy": names and id-card numbers never leave the source system. A generated department with dirt
 * (rejected ledger rows carry their 责任人, the secretary's name) through a whole night into ClickHouse: no name
 * and no id-card number of the registry appears in the lake (every Parquet file of every layer, rejects included),
 * the site (pages, scripts, exports, reports), the night's printed lines or any ClickHouse table.
 */
class PersonalDataIT {

    static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    static final String DB = "dangjian_privacy_it";

    @Test
    void noNameOrIdCardNumberLeavesTheRegistry() throws Exception {
        new ClickHouse(TestServers.clickHouse(DB)).execute("DROP DATABASE IF EXISTS " + DB);
        GeneratedNight generated = GeneratedNight.run(0.1, 11, AS_OF, 12, 0.01, """
                clickhouse:
                  url: "%s"
                  database: %s
                """.formatted(TestServers.CH_URL, DB));
        List<String> personal = personal(generated.dir());
        assertThat(personal).hasSizeGreaterThan(100);
        // The dirt did reject ledger rows, whose 责任人 would have carried a name.
        assertThat(generated.output()).containsPattern("ingest:rectification\\.rectification_item\\s+COMPLETED.*rejected=[1-9]");

        // The search does find names where they are: in the inbox's ledger.
        assertThat(found(personal, siteText(generated.dir().resolve("inbox/rectification")))).as("names in the inbox ledger").isNotEmpty();
        assertThat(found(personal, lakeText(generated.dir().resolve("lake")))).as("names in the lake").isEmpty();
        Path site = generated.dir().resolve("site");
        assertThat(Files.exists(site.resolve("exports/rankings.xlsx")) && Files.exists(site.resolve("reports"))).isTrue();
        assertThat(found(personal, siteText(site))).as("names in the site and reports").isEmpty();
        assertThat(found(personal, generated.output())).as("names in the night's lines").isEmpty();
        try (ClickHouse ch = new ClickHouse(TestServers.clickHouse(DB))) {
            StringBuilder all = new StringBuilder();
            for (List<String> t : ch.query("SHOW TABLES FROM " + DB).rows()) {
                ch.query("SELECT * FROM " + DB + "." + t.get(0)).rows().forEach(r -> all.append(String.join("\t", r)).append('\n'));
            }
            assertThat(all.length()).isGreaterThan(100_000);
            assertThat(found(personal, all.toString())).as("names in ClickHouse").isEmpty();
        }
    }

    /** Every name and id-card number the generated registry holds. */
    static List<String> personal(Path dir) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("registry/registry") + ";MODE=PostgreSQL", "sa", "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT name, id_card_no FROM party_member")) {
            while (rs.next()) {
                out.add(rs.getString(1));
                out.add(rs.getString(2));
            }
        }
        return out.stream().filter(n -> n != null && n.length() >= 2).distinct().toList();
    }

    static List<String> found(List<String> personal, String text) {
        return personal.stream().filter(text::contains).collect(java.util.stream.Collectors.toCollection(TreeSet::new)).stream()
                .limit(10).toList();
    }

    /** Every Parquet file of the lake, as CSV text (DuckDB reads them all, whatever their schema). */
    static String lakeText(Path lake) throws Exception {
        Path csv = Files.createTempFile("lake", ".csv");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            StringBuilder all = new StringBuilder();
            List<Path> files;
            try (Stream<Path> walk = Files.walk(lake)) {
                files = walk.filter(p -> p.toString().endsWith(".parquet")).toList();
            }
            assertThat(files).hasSizeGreaterThan(20);
            for (Path f : files) {
                s.execute("COPY (SELECT * FROM read_parquet('" + f + "')) TO '" + csv + "' (FORMAT csv)");
                all.append(Files.readString(csv, StandardCharsets.UTF_8));
            }
            return all.toString();
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    /** Every file of a folder (the site: pages, scripts, reports), with the XML inside Excel workbooks. */
    static String siteText(Path site) throws Exception {
        StringBuilder all = new StringBuilder();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("echarts.min.js")).toList();
        }
        for (Path f : files) {
            if (f.toString().endsWith(".xlsx")) {
                try (ZipFile zip = new ZipFile(f.toFile())) {
                    for (var e : java.util.Collections.list(zip.entries())) {
                        all.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            } else {
                all.append(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            }
        }
        assertThat(files).isNotEmpty();
        return all.toString();
    }
}
