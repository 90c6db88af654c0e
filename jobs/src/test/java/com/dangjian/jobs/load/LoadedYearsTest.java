package com.dangjian.jobs.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadedYearsTest {

    @TempDir
    Path dir;

    @Test
    void onlyTheYearsRewrittenSinceTheLastLoadAreSentAgain() throws Exception {
        Path table = dir.resolve("gold/fact_study");
        write(table.resolve("p_year=2024/part-a.parquet"), "x");
        write(table.resolve("p_year=2025/part-b.parquet"), "xx");
        write(table.resolve("p_year=2026/part-c.parquet"), "xxx");
        List<String> columns = List.of("member_id", "study_date");

        LoadedYears never = LoadedYears.of(dir.resolve("_state"), "dj");
        assertThat(never.firstChangedYear("fact_study", LoadedYears.yearsOf(table), columns)).contains(Integer.MIN_VALUE);
        never.loaded("fact_study", LoadedYears.yearsOf(table), columns);
        never.save();

        LoadedYears after = LoadedYears.of(dir.resolve("_state"), "dj");
        assertThat(after.firstChangedYear("fact_study", LoadedYears.yearsOf(table), columns)).isEmpty();
        // The night rewrote 2025 and 2026 (new file names), kept 2024.
        Files.delete(table.resolve("p_year=2025/part-b.parquet"));
        write(table.resolve("p_year=2025/part-d.parquet"), "xx");
        assertThat(after.firstChangedYear("fact_study", LoadedYears.yearsOf(table), columns)).contains(2025);
        // A year no longer produced counts as changed too; a migration that changed the columns reloads whole.
        Files.delete(table.resolve("p_year=2024/part-a.parquet"));
        Files.delete(table.resolve("p_year=2024"));
        assertThat(after.firstChangedYear("fact_study", LoadedYears.yearsOf(table), columns)).contains(2024);
        assertThat(after.firstChangedYear("fact_study", Map.of(), List.of("member_id", "study_date", "minutes")))
                .contains(Integer.MIN_VALUE);
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
