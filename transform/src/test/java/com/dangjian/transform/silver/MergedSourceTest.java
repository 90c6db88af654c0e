package com.dangjian.transform.silver;

import static com.dangjian.transform.TestSpark.d;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.dangjian.contracts.bronze.BronzeSchemas;
import com.dangjian.contracts.bronze.BronzeTable;
import com.dangjian.contracts.files.Folders;
import com.dangjian.contracts.lake.Lake;
import com.dangjian.transform.BronzeTables;
import com.dangjian.transform.SparkSchemas;
import com.dangjian.transform.TestSpark;

class MergedSourceTest {

    @TempDir
    Path root;

    @Test
    void aNightMergesOnlyItsNewRunsIntoTheMonthsTheyTouchAndEqualsARebuild() throws IOException {
        Lake lake = new Lake(root);
        land(lake, "2024-01-05", "r1",
                study("P1", "2024-01-03", 30, "study-20240105.csv", 1),
                study("P2", "2024-02-01", 20, "study-20240105.csv", 2),
                study("P3", "2023-12-20", 10, "study-20240105.csv", 3));
        List<String> steps = new ArrayList<>();
        assertThat(rows(source(lake, null, steps).latest(BronzeTable.STUDY, "study_date")))
                .containsExactly("P1 2024-01-03 30", "P2 2024-02-01 20", "P3 2023-12-20 10");
        Path december = Path.of(lake.silver("study")).resolve("p_month=2023-12");
        List<String> decemberFiles = files(december);

        // The next night: P1's day corrected by a later file, a new day for P4 in February.
        land(lake, "2024-02-10", "r2",
                study("P1", "2024-01-03", 45, "study-20240210.csv", 1),
                study("P4", "2024-02-09", 60, "study-20240210.csv", 2));
        Dataset<Row> merged = source(lake, null, steps).latest(BronzeTable.STUDY, "study_date");
        assertThat(rows(merged)).containsExactly("P1 2024-01-03 45", "P2 2024-02-01 20", "P3 2023-12-20 10", "P4 2024-02-09 60");
        assertThat(rows(merged)).isEqualTo(rows(rebuilt(lake)));
        assertThat(files(december)).as("a month no new row falls in is not rewritten").isEqualTo(decemberFiles);
        assertThat(Files.readAllLines(Path.of(lake.silver("study")).resolve(MergedSource.MERGED_RUNS)))
                .containsExactly("version\tv1", "ingest_date=2024-01-05/run_id=r1", "ingest_date=2024-02-10/run_id=r2");
        assertThat(merged.columns()).doesNotContain(MergedSource.MONTH).contains("ingest_date", "source_file");

        // A merged run gone from bronze (reprocessed, or removed): rebuilt from the runs there are.
        Folders.delete(lake.bronze().tableDir("study", "study", LocalDate.parse("2024-01-05"), "r1"));
        assertThat(rows(source(lake, null, steps).latest(BronzeTable.STUDY, "study_date")))
                .containsExactly("P1 2024-01-03 45", "P4 2024-02-09 60");
        assertThat(steps).containsOnly("silver.study").hasSize(3);
    }

    @Test
    void aFullNightOrAnotherVersionRebuildsFromEveryRun() throws IOException {
        Lake lake = new Lake(root);
        land(lake, "2024-01-05", "r1", study("P1", "2024-01-03", 30, "study-20240105.csv", 1));
        source(lake, null, new ArrayList<>()).latest(BronzeTable.STUDY, "study_date");
        // Stored rows that are not bronze's (as if a bug had written them): only a rebuild puts them right.
        Path month = Path.of(lake.silver("study")).resolve("p_month=2024-01");
        Folders.delete(month);
        assertThat(rows(source(lake, null, new ArrayList<>()).latest(BronzeTable.STUDY, "study_date"))).isEmpty();
        assertThat(rows(source(lake, "--full", new ArrayList<>()).latest(BronzeTable.STUDY, "study_date")))
                .containsExactly("P1 2024-01-03 30");
        Folders.delete(month);
        assertThat(rows(new MergedSource(TestSpark.spark(), lake, new BronzeTables(TestSpark.spark(), lake.bronze()), "v2", null,
                (s, t) -> { }).latest(BronzeTable.STUDY, "study_date"))).containsExactly("P1 2024-01-03 30");
    }

    @Test
    void aSourceThatNeverLandedIsEmpty() {
        assertThat(rows(source(new Lake(root), null, new ArrayList<>()).latest(BronzeTable.STUDY, "study_date"))).isEmpty();
    }

    private static MergedSource source(Lake lake, String rebuildBecause, List<String> steps) {
        return new MergedSource(TestSpark.spark(), lake, new BronzeTables(TestSpark.spark(), lake.bronze()), "v1", rebuildBecause,
                (step, s) -> steps.add(step));
    }

    private static Dataset<Row> rebuilt(Lake lake) {
        BronzeTables bronze = new BronzeTables(TestSpark.spark(), lake.bronze());
        return LatestVersion.of(bronze.all(BronzeTable.STUDY), BronzeTable.STUDY);
    }

    private static Row study(String member, String date, int minutes, String file, long line) {
        return RowFactory.create(member, d(date), minutes, 1.0, "THEORY", file, line);
    }

    private static void land(Lake lake, String ingestDate, String runId, Row... rows) {
        Path dir = lake.bronze().tableDir("study", "study", LocalDate.parse(ingestDate), runId);
        TestSpark.spark().createDataFrame(Arrays.asList(rows), SparkSchemas.of(BronzeSchemas.STUDY))
                .coalesce(1).write().parquet(dir.toString()); // Spark's _SUCCESS is bronze's marker of a complete run
    }

    private static List<String> rows(Dataset<Row> rows) {
        return rows.collectAsList().stream()
                .map(r -> r.getAs("member_id") + " " + r.getAs("study_date") + " " + r.getAs("minutes"))
                .sorted().toList();
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName() + "@" + p.toFile().lastModified()).sorted().toList();
        }
    }
}
