package com.dangjian.ingestion.batch;

import java.nio.file.Path;
import java.util.Map;

import org.apache.avro.generic.GenericRecord;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.database.JdbcCursorItemReader;
import org.springframework.batch.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.item.file.FlatFileItemReader;
import org.springframework.batch.item.file.MultiResourceItemReader;
import org.springframework.batch.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.batch.item.file.builder.MultiResourceItemReaderBuilder;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import com.dangjian.ingestion.bronze.BronzeChunkWriter;
import com.dangjian.ingestion.bronze.BronzeLayout;
import com.dangjian.ingestion.bronze.BronzeSchemas;
import com.dangjian.ingestion.bronze.Landed;
import com.dangjian.ingestion.meetings.InboxFiles;
import com.dangjian.ingestion.meetings.MeetingParser;
import com.dangjian.ingestion.meetings.SourceLine;
import com.dangjian.ingestion.registry.RegistryRowMapper;
import com.dangjian.ingestion.registry.RegistryRowValidator;
import com.dangjian.ingestion.registry.RegistryTable;

/**
 * The ingestion job of one night: a step per registry table (S1, JDBC cursor) and one for the meeting
 * exports (S2, JSON Lines). Each step lands accepted rows and rejects as bronze Parquet, chunk by chunk.
 */
public class NightIngestionJobConfiguration {

    public static final String JOB_NAME = "ingestNight";
    static final int CHUNK = 5_000;

    private final BatchInfrastructure batch;
    private final IngestionRun run;
    private final BronzeLayout layout;

    public NightIngestionJobConfiguration(BatchInfrastructure batch, IngestionRun run) {
        this.batch = batch;
        this.run = run;
        this.layout = new BronzeLayout(run.lake());
    }

    public Job job() {
        SimpleJobBuilder job = new JobBuilder(JOB_NAME, batch.jobRepository()).start(registryStep(RegistryTable.values()[0]));
        for (int i = 1; i < RegistryTable.values().length; i++) {
            job = job.next(registryStep(RegistryTable.values()[i]));
        }
        return job.next(meetingsStep()).build();
    }

    Step registryStep(RegistryTable table) {
        JdbcCursorItemReader<GenericRecord> reader = new JdbcCursorItemReaderBuilder<GenericRecord>()
                .name("registry." + table.table())
                .dataSource(run.registry())
                .sql(table.selectSql())
                .rowMapper(new RegistryRowMapper(table.schema()))
                .fetchSize(CHUNK)
                .build();
        BronzeChunkWriter writer = writer(RegistryTable.SOURCE, table.table(), table.schema());
        return new StepBuilder("registry." + table.table(), batch.jobRepository())
                .<GenericRecord, Landed>chunk(CHUNK, batch.transactionManager())
                .reader(reader)
                .processor(new RegistryRowValidator(table))
                .writer(writer)
                .listener(writer)
                .build();
    }

    Step meetingsStep() {
        Path folder = run.inbox().resolve("meetings");
        Map<Path, String> unread = InboxFiles.unread(folder, "meetings-*.jsonl",
                layout.completedRuns(MeetingParser.SOURCE, MeetingParser.TABLE));
        Path runDir = layout.tableDir(MeetingParser.SOURCE, MeetingParser.TABLE, run.runDate(), run.runId());
        InboxFiles.writeManifest(runDir, unread);
        FlatFileItemReader<SourceLine> lines = new FlatFileItemReaderBuilder<SourceLine>()
                .name("meetings.file")
                .encoding("UTF-8")
                .lineMapper(SourceLine::new)
                .build();
        MultiResourceItemReader<SourceLine> reader = new MultiResourceItemReaderBuilder<SourceLine>()
                .name("meetings.files")
                .resources(unread.keySet().stream().map(FileSystemResource::new).toArray(Resource[]::new))
                .delegate(lines)
                .build();
        BronzeChunkWriter writer = writer(MeetingParser.SOURCE, MeetingParser.TABLE, BronzeSchemas.MEETING);
        return new StepBuilder("meetings.meeting", batch.jobRepository())
                .<SourceLine, Landed>chunk(CHUNK, batch.transactionManager())
                .reader(reader)
                .processor(new MeetingParser())
                .writer(writer)
                .listener(writer)
                .build();
    }

    private BronzeChunkWriter writer(String source, String table, org.apache.avro.Schema schema) {
        return new BronzeChunkWriter(schema,
                layout.tableDir(source, table, run.runDate(), run.runId()),
                layout.rejectDir(source, table, run.runDate(), run.runId()),
                run.runId());
    }
}
