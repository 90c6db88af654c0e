package com.dangjian.ingestion.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.dangjian.contracts.bronze.RegistrySchema;

class RegistryIncrementalTest {

    @TempDir
    Path tmp;

    static final String ORG = "INSERT INTO org_unit VALUES (?,'支部','BRANCH','C1','办公室','ORGAN','PROVINCE',DATE '2020-01-01',NULL,DATE '2023-01-01',3,NULL,?)";

    private IngestionFixture fixture() throws Exception {
        IngestionFixture f = new IngestionFixture(tmp);
        for (String folder : new String[]{"meetings", "dues", "study", "evaluations", "rectification"}) {
            Files.createDirectories(f.inbox.resolve(folder));
        }
        return f;
    }

    @Test
    void theSecondNightReadsOnlyRowsChangedSinceTheWatermark() throws Exception {
        IngestionFixture f = fixture();
        var registry = IngestionFixture.h2("registry");
        RegistrySchema.create(registry);
        JdbcTemplate jdbc = new JdbcTemplate(registry);
        jdbc.update(ORG, "B1", java.sql.Timestamp.valueOf("2024-01-01 08:00:00"));
        jdbc.update(ORG, "B2", java.sql.Timestamp.valueOf("2024-01-02 08:00:00"));
        jdbc.update(ORG, "B3", java.sql.Timestamp.valueOf("2024-01-03 08:00:00"));

        assertThat(IngestionFixture.steps(f.night(registry, LocalDate.of(2024, 1, 3))).get("registry.org_unit").read()).isEqualTo(3);

        // B1 changes after the watermark; B4 is new. B3 sits on the watermark itself and is read again (≥).
        jdbc.update("UPDATE org_unit SET name = '支部（改）', updated_at = ? WHERE org_code = 'B1'", java.sql.Timestamp.valueOf("2024-01-04 09:00:00"));
        jdbc.update(ORG, "B4", java.sql.Timestamp.valueOf("2024-01-04 10:00:00"));
        JobExecution second = f.night(registry, LocalDate.of(2024, 1, 4));

        Map<String, StepSummary> steps = IngestionFixture.steps(second);
        assertThat(steps.get("registry.org_unit").read()).isEqualTo(3);
        assertThat(f.landed("registry", "org_unit")).extracting(r -> r.get("org_code") + " " + r.get("name"))
                .containsExactlyInAnyOrder("B1 支部", "B2 支部", "B3 支部", "B1 支部（改）", "B3 支部", "B4 支部");

        // Nothing changed: only the watermark's own rows come again.
        assertThat(IngestionFixture.steps(f.night(registry, LocalDate.of(2024, 1, 5))).get("registry.org_unit").read()).isEqualTo(1);
    }

    @Test
    void aRegistryOutageFailsTheRegistryStepsOnlyAndTheNextNightCatchesUp() throws Exception {
        IngestionFixture f = fixture();
        Files.writeString(f.inbox.resolve("meetings/meetings-20240101-000000.jsonl"),
                "{\"meeting_id\":\"M1\",\"org_code\":\"B1\",\"type\":\"THEME_DAY\",\"held_at\":\"2024-01-05T09:00:00+08:00\",\"updated_at\":\"2024-01-05T10:00:00+08:00\"}\n");
        var down = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/registry", "nobody", "");

        JobExecution night = f.night(down, LocalDate.of(2024, 1, 6));

        assertThat(night.getExitStatus().getExitCode()).isEqualTo(NightIngestionJobConfiguration.STALE);
        Map<String, StepSummary> steps = IngestionFixture.steps(night);
        assertThat(steps.get("registry.org_unit").status()).isEqualTo("FAILED");
        assertThat(steps.get("meetings.meeting").status()).isEqualTo("COMPLETED");
        assertThat(steps.get("meetings.meeting").loaded()).isEqualTo(1);
        assertThat(night.getStepExecutions().stream().filter(s -> s.getStepName().equals("registry.org_unit")).findFirst()
                .orElseThrow().getFailureExceptions()).isNotEmpty();

        var registry = IngestionFixture.h2("registry");
        RegistrySchema.create(registry);
        new JdbcTemplate(registry).update(ORG, "B1", java.sql.Timestamp.valueOf("2024-01-01 08:00:00"));
        JobExecution next = f.night(registry, LocalDate.of(2024, 1, 7));
        assertThat(next.getExitStatus().getExitCode()).isEqualTo("COMPLETED");
        assertThat(IngestionFixture.steps(next).get("registry.org_unit").loaded()).isEqualTo(1);
    }
}
