package com.dangjian.jobs.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadedMonthsTest {

    @TempDir
    Path dir;

    @Test
    void onlyTheMonthsRewrittenSinceTheLastLoadAreSentAgain() throws Exception {
        Path table = dir.resolve("gold/fact_study");
        write(table.resolve("p_month=202608/part-a.parquet"), "x");
        write(table.resolve("p_month=202609/part-b.parquet"), "xx");
        write(table.resolve("p_month=202610/part-c.parquet"), "xxx");
        List<String> columns = List.of("member_id", "study_date");

        LoadedMonths never = LoadedMonths.of(dir.resolve("_state"), "dj");
        assertThat(never.firstChangedMonth("fact_study", LoadedMonths.monthsOf(table), columns)).contains(Integer.MIN_VALUE);
        never.loaded("fact_study", LoadedMonths.monthsOf(table), columns);
        never.save();

        LoadedMonths after = LoadedMonths.of(dir.resolve("_state"), "dj");
        assertThat(after.firstChangedMonth("fact_study", LoadedMonths.monthsOf(table), columns)).isEmpty();
        // The night rewrote September and October (new file names), kept August.
        Files.delete(table.resolve("p_month=202609/part-b.parquet"));
        write(table.resolve("p_month=202609/part-d.parquet"), "xx");
        assertThat(after.firstChangedMonth("fact_study", LoadedMonths.monthsOf(table), columns)).contains(202609);
        // A month no longer produced counts as changed too; a migration that changed the columns reloads whole.
        Files.delete(table.resolve("p_month=202608/part-a.parquet"));
        Files.delete(table.resolve("p_month=202608"));
        assertThat(after.firstChangedMonth("fact_study", LoadedMonths.monthsOf(table), columns)).contains(202608);
        assertThat(after.firstChangedMonth("fact_study", Map.of(), List.of("member_id", "study_date", "minutes")))
                .contains(Integer.MIN_VALUE);
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
