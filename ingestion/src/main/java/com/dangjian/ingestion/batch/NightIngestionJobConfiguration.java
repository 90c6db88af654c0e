package com.dangjian.ingestion.batch;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.ItemReader;
import org.springframework.batch.item.database.JdbcCursorItemReader;
import org.springframework.batch.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.item.file.FlatFileItemReader;
import org.springframework.batch.item.file.MultiResourceItemReader;
import org.springframework.batch.item.file.ResourceAwareItemReaderItemStream;
import org.springframework.batch.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.batch.item.file.builder.MultiResourceItemReaderBuilder;
import org.springframework.core.io.Resource;

import com.dangjian.ingestion.bronze.BronzeChunkWriter;
import com.dangjian.contracts.lake.BronzeLayout;
import com.dangjian.contracts.bronze.BronzeSchemas;
import com.dangjian.contracts.bronze.BronzeTable;
import com.dangjian.ingestion.bronze.Landed;
import com.dangjian.ingestion.files.CheckedFileReader;
import com.dangjian.ingestion.files.CsvRowReader;
import com.dangjian.ingestion.files.FileTable;
import com.dangjian.ingestion.files.InboxStepListener;
import com.dangjian.ingestion.files.RowProcessor;
import com.dangjian.ingestion.files.SourceRow;
import com.dangjian.ingestion.files.XlsxRowReader;
import com.dangjian.ingestion.meetings.MeetingParser;
import com.dangjian.ingestion.meetings.SourceLine;
import com.dangjian.ingestion.registry.RegistryRowMapper;
import com.dangjian.ingestion.registry.RegistryRowValidator;
import com.dangjian.ingestion.registry.RegistryTable;
import com.dangjian.ingestion.registry.RegistryWatermark;
import com.dangjian.ingestion.sources.SourceTables;

/**
 * The ingestion job of one night: a step per registry table (S1, JDBC cursor, incremental by updated_at), one
 * for the meeting exports (S2, JSON Lines) and one per file table (S3–S6: CSV and worksheets). Each step lands
 * accepted rows and rejects as bronze Parquet, chunk by chunk. A step that fails (a source down, a folder
 * missing) does not stop the others: the job completes with exit status {@link #STALE} and the summary names
 * the stale sources.
 */
public class NightIngestionJobConfiguration {

    public static final String JOB_NAME = "ingestNight";
    public static final String STALE = "COMPLETED_WITH_STALE_SOURCES";
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
        List<Step> steps = new ArrayList<>();
        for (RegistryTable table : RegistryTable.values()) {
            steps.add(registryStep(table));
        }
        steps.add(meetingsStep());
        for (FileTable table : SourceTables.ALL) {
            steps.add(fileStep(table));
        }
        // Every step runs whatever the one before it did: one source's failure leaves the others landing.
        FlowBuilder<Flow> flow = new FlowBuilder<Flow>("sources").start(steps.get(0));
        for (int i = 1; i < steps.size(); i++) {
            flow.from(steps.get(i - 1)).on("*").to(steps.get(i));
        }
        flow.from(steps.get(steps.size() - 1)).on("*").end();
        return new JobBuilder(JOB_NAME, batch.jobRepository())
                .start(flow.build()).end()
                .listener(new JobExecutionListener() {
                    @Override
                    public void afterJob(JobExecution execution) {
                        boolean stale = execution.getStepExecutions().stream()
                                .anyMatch(s -> s.getStatus() != BatchStatus.COMPLETED);
                        if (stale && execution.getStatus() == BatchStatus.COMPLETED) {
                            execution.setExitStatus(new ExitStatus(STALE, "a source failed; see its step"));
                        }
                    }
                })
                .build();
    }

    Step registryStep(RegistryTable table) {
        String stepName = "registry." + table.table();
        LocalDateTime watermark = RegistryWatermark.previous(batch.jobExplorer(), JOB_NAME, stepName);
        JdbcCursorItemReaderBuilder<GenericRecord> builder = new JdbcCursorItemReaderBuilder<GenericRecord>()
                .name(stepName)
                .dataSource(run.registry())
                .sql(table.selectSql(watermark != null))
                .rowMapper(new RegistryRowMapper(table.schema()))
                .fetchSize(CHUNK);
        if (watermark != null) {
            builder.preparedStatementSetter(ps -> ps.setObject(1, watermark));
        }
        JdbcCursorItemReader<GenericRecord> reader = builder.build();
        RegistryWatermark tracker = new RegistryWatermark();
        BronzeChunkWriter writer = writer(RegistryTable.SOURCE, table.table(), table.schema());
        StepProgress progress = StepProgress.console();
        return new StepBuilder(stepName, batch.jobRepository())
                .<GenericRecord, Landed>chunk(CHUNK, batch.transactionManager())
                .reader(reader)
                .processor(tracker.tracking(new RegistryRowValidator(table)))
                .writer(writer)
                .stream(tracker)
                .listener(writer)
                .listener((org.springframework.batch.core.ChunkListener) progress)
                .listener((StepExecutionListener) progress)
                .build();
    }

    Step meetingsStep() {
        FlatFileItemReader<SourceLine> lines = new FlatFileItemReaderBuilder<SourceLine>()
                .name("meetings.file")
                .encoding("UTF-8")
                .lineMapper(SourceLine::new)
                .build();
        return inboxStep(BronzeTable.MEETING, "meetings", "meetings-*.jsonl", lines, new MeetingParser(run.plausible()));
    }

    Step fileStep(FileTable table) {
        ResourceAwareItemReaderItemStream<SourceRow> delegate = new CheckedFileReader(table.workbook()
                ? new XlsxRowReader(table.table() + ".sheet", table.sheet(), table.columns())
                : new CsvRowReader(table.table() + ".file", table.charset(), table.columns()), table);
        return inboxStep(table.bronze(), table.folder(), table.glob(), delegate, new RowProcessor(table, run.plausible()));
    }

    private <T> Step inboxStep(BronzeTable bronze, String folder, String glob, ResourceAwareItemReaderItemStream<T> delegate,
                               org.springframework.batch.item.ItemProcessor<T, Landed> processor) {
        String source = bronze.source();
        String table = bronze.table();
        Schema schema = bronze.schema();
        MultiResourceItemReader<T> reader = new MultiResourceItemReaderBuilder<T>()
                .name(source + "." + table + ".files")
                .resources(new Resource[0])
                .delegate(delegate)
                .build();
        Path runDir = layout.tableDir(source, table, run.runDate(), run.runId());
        BronzeChunkWriter writer = writer(source, table, schema);
        ItemReader<T> typed = reader;
        StepProgress progress = StepProgress.console();
        return new StepBuilder(source + "." + table, batch.jobRepository())
                .<T, Landed>chunk(CHUNK, batch.transactionManager())
                .reader(typed)
                .processor(processor)
                .writer(writer)
                .listener(new InboxStepListener(reader, run.inbox().resolve(folder), glob, layout, source, table, runDir))
                .listener(writer)
                .listener((org.springframework.batch.core.ChunkListener) progress)
                .listener((StepExecutionListener) progress)
                .build();
    }

    private BronzeChunkWriter writer(String source, String table, Schema schema) {
        return new BronzeChunkWriter(schema,
                layout.tableDir(source, table, run.runDate(), run.runId()),
                layout.rejectDir(source, table, run.runDate(), run.runId()),
                run.runId(), run.runDate().toString());
    }
}
