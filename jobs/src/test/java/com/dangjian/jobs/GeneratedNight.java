package com.dangjian.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import com.dangjian.contracts.config.NightConfig;
import com.dangjian.samples.GenerateOptions;
import com.dangjian.samples.Generator;
import com.dangjian.jobs.night.NightRun;
import com.dangjian.contracts.lake.Lake;

/**
 * A generated sample and one night on it (H2 registry; embedded unless more configuration is given), for tests on
 * generated data. Shared with the notebooks' tests through the jobs test jar.
 */
public record GeneratedNight(Path dir, NightRun night, String output) {

    static GeneratedNight run(double scale, long seed, LocalDate asOf, int months, double dirt) throws Exception {
        return run(scale, seed, asOf, months, dirt, "");
    }

    /** @param moreYaml configuration lines added to the generated file (a clickhouse block, say) */
    public static GeneratedNight run(double scale, long seed, LocalDate asOf, int months, double dirt, String moreYaml)
            throws Exception {
        Path dir = generate(scale, seed, asOf, months, dirt, moreYaml);
        Path config = dir.resolve("dangjian.yaml");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NightRun night = new NightRun(NightConfig.load(config, Map.of()), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(night.run(asOf)).as(out.toString(StandardCharsets.UTF_8)).isZero();
        return new GeneratedNight(dir, night, out.toString(StandardCharsets.UTF_8));
    }

    /** The sample and its configuration (dangjian.yaml, with {@code moreYaml} added) in a new folder, no night run. */
    static Path generate(double scale, long seed, LocalDate asOf, int months, double dirt, String moreYaml) throws Exception {
        Path dir = Files.createTempDirectory("generated-night");
        Generator.generate(new GenerateOptions(scale, seed, asOf, months, dir, null, "sa", "", dirt, null));
        Files.writeString(dir.resolve("dangjian.yaml"), """
                registry:
                  url: "jdbc:h2:file:%s;MODE=PostgreSQL"
                  user: sa
                inbox: inbox
                lake: lake
                site: site
                """.formatted(dir.resolve("registry/registry")) + moreYaml);
        return dir;
    }

    public Path config() {
        return dir.resolve("dangjian.yaml");
    }

    Lake lake() {
        return new Lake(dir.resolve("lake"));
    }
}
