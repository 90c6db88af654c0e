package com.dangjian.ingestion.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.item.file.MultiResourceItemReader;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import com.dangjian.contracts.lake.BronzeLayout;

/**
 * Chooses, when its step starts, which inbox files the step reads: those whose content was not landed by an
 * earlier complete run, minus workbooks superseded by a higher version (-v2, -v3) of the same name. The list
 * is recorded with the run (written before any row, replaced only while the run is incomplete), so a restart
 * after a crash reads the same files in the same order. A missing inbox folder fails this step only.
 */
public class InboxStepListener implements StepExecutionListener {

    private static final Pattern VERSIONED = Pattern.compile("(.*?)(?:-v(\\d+))?(\\.[a-z]+)$");

    private final MultiResourceItemReader<?> reader;
    private final Path folder;
    private final String glob;
    private final BronzeLayout layout;
    private final String source;
    private final String table;
    private final Path runDir;

    public InboxStepListener(MultiResourceItemReader<?> reader, Path folder, String glob, BronzeLayout layout,
                             String source, String table, Path runDir) {
        this.reader = reader;
        this.folder = folder;
        this.glob = glob;
        this.layout = layout;
        this.source = source;
        this.table = table;
        this.runDir = runDir;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("inbox folder " + folder + " is missing: the " + source + " export has not "
                    + "arrived or 'inbox' in the configuration is wrong; the other sources still land");
        }
        List<Path> earlier = new ArrayList<>(layout.completedRuns(source, table));
        earlier.remove(runDir);
        Map<Path, String> unread = InboxFiles.unread(folder, glob, earlier);
        List<Path> present = InboxFiles.list(folder, glob);
        unread.keySet().removeIf(f -> superseded(f, present));
        if (!Files.exists(runDir.resolve(BronzeLayout.SUCCESS))) {
            InboxFiles.writeManifest(runDir, unread);
        }
        reader.setResources(unread.keySet().stream().map(FileSystemResource::new).toArray(Resource[]::new));
    }

    /** A workbook is superseded when the folder holds a file of the same base name with a higher version. */
    public static boolean superseded(Path file, java.util.Collection<Path> others) {
        Matcher m = VERSIONED.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return false;
        }
        int version = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        return others.stream().map(o -> VERSIONED.matcher(o.getFileName().toString())).filter(Matcher::matches)
                .anyMatch(o -> o.group(1).equals(m.group(1)) && o.group(3).equals(m.group(3))
                        && (o.group(2) == null ? 1 : Integer.parseInt(o.group(2))) > version);
    }
}
