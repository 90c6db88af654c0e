package com.dangjian.ingestion.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.apache.avro.generic.GenericRecord;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.dangjian.ingestion.bronze.ParquetFiles;

/** An embedded job repository and helpers to run the ingestion job and read what it landed. */
final class IngestionFixture {

    final Path lake;
    final Path inbox;
    final BatchInfrastructure batch;

    IngestionFixture(Path root) throws Exception {
        this.lake = root.resolve("lake");
        this.inbox = root.resolve("inbox");
        Files.createDirectories(inbox);
        this.batch = new BatchInfrastructure(h2("batch"));
    }

    static DataSource h2(String name) {
        return new DriverManagerDataSource("jdbc:h2:mem:" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    JobExecution night(DataSource registry, LocalDate date) throws Exception {
        IngestionRun run = new IngestionRun(date.toString().replace("-", "") + "-0", date, registry, inbox, lake);
        return batch.jobLauncher().run(new NightIngestionJobConfiguration(batch, run).job(), new JobParametersBuilder()
                .addLocalDate("runDate", date).addLong("rerun", 0L).toJobParameters());
    }

    static Map<String, StepSummary> steps(JobExecution execution) {
        return execution.getStepExecutions().stream().map(StepSummary::of)
                .collect(Collectors.toMap(StepSummary::step, s -> s));
    }

    /** Every row landed for a table, all complete runs. */
    List<GenericRecord> landed(String source, String table) throws Exception {
        return readAll(new com.dangjian.contracts.lake.BronzeLayout(lake).completedRuns(source, table));
    }

    /** Every reject of a source/table, all runs. */
    List<GenericRecord> rejects(String source, String table) throws Exception {
        Path root = lake.resolve("bronze/_rejects/source=" + source + "/table=" + table);
        if (!Files.exists(root)) {
            return List.of();
        }
        try (var walk = Files.walk(root)) {
            return readAll(walk.filter(p -> Files.exists(p.resolve("_SUCCESS"))).toList());
        }
    }

    static List<GenericRecord> readAll(List<Path> dirs) throws Exception {
        List<GenericRecord> out = new ArrayList<>();
        for (Path dir : dirs) {
            try (var files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".parquet")).sorted().toList()) {
                    out.addAll(ParquetFiles.read(f));
                }
            }
        }
        return out;
    }
}
