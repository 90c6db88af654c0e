package com.dangjian.ingestion.bronze;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamWriter;
import com.dangjian.contracts.bronze.BronzeSchemas;
import com.dangjian.contracts.lake.BronzeLayout;

/**
 * Writes each chunk as one Parquet file for the accepted rows and one for the rejects, named by the chunk's
 * offset in the step. The offset is saved with the step's execution context, so after a crash the restarted
 * step re-writes the same uncommitted chunk under the same name: no duplicate, no gap.
 * On successful completion it writes the {@code _SUCCESS} markers that readers require.
 */
public class BronzeChunkWriter implements ItemStreamWriter<Landed>, StepExecutionListener {

    private static final String OFFSET_KEY = "bronze.offset";
    private static final String REJECTED_KEY = "bronze.rejected";

    private final Schema schema;
    private final Path tableDir;
    private final Path rejectDir;
    private final String runId;
    private final String ingestDate;
    private long offset;
    private long rejected;

    public BronzeChunkWriter(Schema schema, Path tableDir, Path rejectDir, String runId, String ingestDate) {
        this.schema = schema;
        this.tableDir = tableDir;
        this.rejectDir = rejectDir;
        this.runId = runId;
        this.ingestDate = ingestDate;
    }

    @Override
    public void open(ExecutionContext context) {
        offset = context.getLong(OFFSET_KEY, 0L);
        rejected = context.getLong(REJECTED_KEY, 0L);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(OFFSET_KEY, offset);
        context.putLong(REJECTED_KEY, rejected);
    }

    @Override
    public void write(Chunk<? extends Landed> chunk) {
        List<GenericRecord> accepted = new ArrayList<>(chunk.size());
        List<GenericRecord> rejects = new ArrayList<>();
        for (Landed item : chunk) {
            if (item instanceof Landed.Accepted a) {
                accepted.add(a.record());
            } else if (item instanceof Landed.Rejected r) {
                rejects.add(r.reject().toAvro(runId, ingestDate));
            }
        }
        String name = String.format("part-%010d.parquet", offset);
        if (!accepted.isEmpty()) {
            ParquetFiles.write(tableDir.resolve(name), schema, accepted);
        }
        if (!rejects.isEmpty()) {
            ParquetFiles.write(rejectDir.resolve(name), BronzeSchemas.REJECT, rejects);
        }
        offset += chunk.size();
        rejected += rejects.size();
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (ExitStatus.COMPLETED.getExitCode().equals(stepExecution.getExitStatus().getExitCode())) {
            ParquetFiles.touch(tableDir.resolve(BronzeLayout.SUCCESS));
            ParquetFiles.touch(rejectDir.resolve(BronzeLayout.SUCCESS));
        }
        stepExecution.getExecutionContext().putLong(REJECTED_KEY, rejected);
        return stepExecution.getExitStatus();
    }

    public static long rejectedIn(StepExecution stepExecution) {
        return stepExecution.getExecutionContext().getLong(REJECTED_KEY, 0L);
    }
}
