package com.dangjian.ingestion.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.dangjian.contracts.lake.BronzeLayout;
import com.dangjian.contracts.bronze.RegistrySchema;

/** The ingestion job on an embedded H2 registry and job repository, with a hand-made meetings file. */
class NightIngestionJobTest {

    @TempDir
    Path tmp;

    @Test
    void landsEveryRecordOrItsRejectAndReadsAFileOnlyOnce() throws Exception {
        var registry = new DriverManagerDataSource("jdbc:h2:mem:registry-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        RegistrySchema.create(registry);
        JdbcTemplate jdbc = new JdbcTemplate(registry);
        jdbc.update("INSERT INTO org_unit VALUES ('B1','第一党支部','BRANCH','C1','办公室','ORGAN','PROVINCE',DATE '2020-01-01',NULL,DATE '2023-01-01',3,'P1',TIMESTAMP '2024-01-01 08:00:00')");
        jdbc.update("INSERT INTO org_unit VALUES ('B2','第二党支部','CLUB','C1','办公室','ORGAN','PROVINCE',DATE '2020-01-01',NULL,NULL,3,NULL,TIMESTAMP '2024-01-01 08:00:00')");
        jdbc.update("INSERT INTO party_member VALUES ('P1','张三','210102198001011234','M',DATE '1980-01-01',DATE '2010-01-01',DATE '2011-01-01','FULL','B1',NULL,'EMPLOYED',TIMESTAMP '2024-01-01 08:00:00')");
        Path inbox = tmp.resolve("inbox");
        for (String folder : new String[]{"meetings", "dues", "study", "evaluations", "rectification"}) {
            Files.createDirectories(inbox.resolve(folder));
        }
        Path fixture = Path.of("src/test/resources/fixtures/inbox/meetings/meetings-20240201-020000.jsonl");
        Files.copy(fixture, inbox.resolve("meetings").resolve(fixture.getFileName()));
        Path lake = tmp.resolve("lake");
        var repo = new DriverManagerDataSource("jdbc:h2:mem:batch-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        BatchInfrastructure batch = new BatchInfrastructure(repo);

        JobExecution first = run(batch, new IngestionRun("20240201-0", LocalDate.of(2024, 2, 1), registry, inbox, lake), 0);

        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, StepSummary> steps = first.getStepExecutions().stream().map(StepSummary::of)
                .collect(Collectors.toMap(StepSummary::step, s -> s));
        // 7 lines: 2 valid, 1 blank, 4 rejected (unknown type, not JSON, missing org_code, bad date).
        StepSummary meetings = steps.get("meetings.meeting");
        assertThat(meetings.read()).isEqualTo(7);
        assertThat(meetings.loaded()).isEqualTo(2);
        assertThat(meetings.rejected()).isEqualTo(4);
        assertThat(meetings.skipped()).isEqualTo(1);
        assertThat(meetings.read()).isEqualTo(meetings.loaded() + meetings.rejected() + meetings.skipped());
        // The org with an unknown org_type is rejected, the other lands.
        assertThat(steps.get("registry.org_unit").loaded()).isEqualTo(1);
        assertThat(steps.get("registry.org_unit").rejected()).isEqualTo(1);

        BronzeLayout layout = new BronzeLayout(lake);
        List<GenericRecord> members = IngestionFixture.readAll(layout.completedRuns("registry", "party_member"));
        assertThat(members).hasSize(1);
        assertThat(members.get(0).getSchema().getField("name")).isNull();
        assertThat(members.get(0).getSchema().getField("id_card_no")).isNull();
        assertThat(members.get(0).get("birth_year")).isEqualTo(1980);
        List<GenericRecord> rejects = IngestionFixture.readAll(List.of(layout.rejectDir("meetings", "meeting", LocalDate.of(2024, 2, 1), "20240201-0")));
        assertThat(rejects).extracting(r -> r.get("line").toString()).containsExactlyInAnyOrder("4", "5", "6", "7");

        // The next night sees the same, unchanged file and does not read it again.
        JobExecution second = run(batch, new IngestionRun("20240202-0", LocalDate.of(2024, 2, 2), registry, inbox, lake), 0);
        StepExecution secondMeetings = second.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals("meetings.meeting")).findFirst().orElseThrow();
        assertThat(secondMeetings.getReadCount()).isZero();
        assertThat(IngestionFixture.readAll(layout.completedRuns("meetings", "meeting"))).hasSize(2);
    }

    private static JobExecution run(BatchInfrastructure batch, IngestionRun run, long rerun) throws Exception {
        return batch.jobLauncher().run(new NightIngestionJobConfiguration(batch, run).job(), new JobParametersBuilder()
                .addLocalDate("runDate", run.runDate()).addLong("rerun", rerun).toJobParameters());
    }
}
