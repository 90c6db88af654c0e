package com.dangjian.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.dangjian.contracts.config.DataSources;
import com.dangjian.contracts.config.NightConfig;

/**
 * {@code ./dangjian generate}: a sample department at a scale, every source S1–S6 as sources.md specifies,
 * deterministic for (scale, seed, as-of, months, dirt), with a manifest of the dirt put in and a summary.
 */
public final class Generator {

    private Generator() {
    }

    /** What was generated: the department model and the rows per source/table. */
    public record Result(Department department, Map<String, Long> rows, Map<Defect, Integer> dirt) {
    }

    public static Result generate(GenerateOptions o) {
        Path out = o.out().toAbsolutePath();
        if (Files.exists(out.resolve("inbox")) || Files.exists(out.resolve(GeneratorState.FILE))) {
            throw new IllegalStateException(out + " already holds a generated sample: choose a new --out, or continue it with --next-night");
        }
        Progress progress = new Progress(o.progress());
        History h = new History(o.asOf(), o.months());
        Department d = Department.build(new Scale(o.scale()), o.seed(), h);
        progress.line(String.format("department: %d organisations (%d branches), %d members, %s..%s", d.orgs.size(),
                d.branches().size(), d.members.size(), h.start(), h.asOf()));
        Tally tally = new Tally();
        Dirt dirt = new Dirt(o.dirtRate(), o.seed(), true);
        Path inbox = out.resolve("inbox");
        MeetingExports meetings;
        String url = o.registryUrl() != null ? o.registryUrl() : GenerateOptions.defaultRegistry(out);
        var ds = DataSources.of(new NightConfig.Database(url, o.registryUser(), o.registryPassword()), "generator-registry");
        RegistryWriter registry = new RegistryWriter(ds, d, tally);
        try {
            registry.prepare(url); // refuses a registry that holds rows before anything is written
            Files.createDirectories(inbox);
        } catch (IOException e) {
            DataSources.close(ds);
            throw new UncheckedIOException("cannot create " + inbox, e);
        } catch (RuntimeException e) {
            DataSources.close(ds);
            throw e;
        }
        try (DirtManifest manifest = new DirtManifest(out, false)) {
            try {
                registry.writeAll(h.asOf(), dirt, manifest);
            } finally {
                DataSources.close(ds);
            }
            progress.line("registry       written (" + tally.rows().getOrDefault("registry/party_member", 0L) + " members)");
            meetings = new MeetingExports(d, dirt, manifest, tally, inbox, Map.of(), 0);
            meetings.writeHistory(new MeetingPlan(d), progress);
            new DuesFiles(d, dirt, manifest, tally, inbox).writeHistory(progress);
            new StudyFiles(d, dirt, manifest, tally, inbox).writeHistory(progress);
            new EvaluationWorkbooks(d, dirt, manifest, tally, inbox).writeHistory(progress);
            new RectificationLedger(d, dirt, manifest, tally, inbox).write(h.asOf(), 0);
            progress.step(RectificationLedger.SOURCE, 1, 1);
            manifest.close();
            new GeneratorState(o.scale(), o.seed(), o.asOf(), o.months(), o.dirtRate(), o.registryUrl(), o.registryUser(), 0,
                    meetings.seq, meetings.dirtSeq(), meetings.correctable).write(out);
            GenerationSummary.write(out, o, d, tally, manifest);
            progress.line("done: " + out);
            return new Result(d, tally.rows(), manifest.counts());
        }
    }
}
