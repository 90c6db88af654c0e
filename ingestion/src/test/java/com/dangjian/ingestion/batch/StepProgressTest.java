package com.dangjian.ingestion.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;

class StepProgressTest {

    @Test
    void aTerminalSeesOneLineRewrittenPerChunkALogAtMostOneLinePerTenSeconds() {
        StepExecution step = new StepExecution("study.study", new JobExecution(1L));
        step.setReadCount(20_000);
        step.setWriteCount(19_990);
        step.setProcessSkipCount(10);
        ChunkContext chunk = new ChunkContext(new StepContext(step));

        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        StepProgress onTerminal = new StepProgress(new PrintStream(terminal, true, StandardCharsets.UTF_8), true);
        onTerminal.beforeStep(step);
        onTerminal.afterChunk(chunk);
        onTerminal.afterChunk(chunk);
        onTerminal.afterStep(step);
        String shown = terminal.toString(StandardCharsets.UTF_8);
        assertThat(shown).startsWith("\r\033[Kprogress ingest:study.study 20,000 rows read, 19,990 landed, 10 rejected")
                .doesNotContain("\n").endsWith("\r\033[K");

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        StepProgress inLog = new StepProgress(new PrintStream(log, true, StandardCharsets.UTF_8), false);
        inLog.beforeStep(step);
        inLog.afterChunk(chunk); // within the first ten seconds: nothing
        assertThat(log.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
