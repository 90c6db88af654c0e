package com.dangjian.jobs.night;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.dangjian.contracts.config.NightConfig;

class FutureAsOfTest {

    @TempDir
    Path tmp;

    private Path yaml(String body) throws Exception {
        Path f = tmp.resolve("dangjian.yaml");
        Files.writeString(f, body);
        return f;
    }

    @Test
    void aNightInTheFutureIsRefusedBeforeAnythingRuns() throws Exception {
        NightConfig c = NightConfig.load(yaml("""
                registry: {url: "jdbc:h2:mem:r"}
                inbox: inbox
                lake: lake
                site: site
                """), Map.of());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
        assertThat(new NightRun(c, new java.io.PrintStream(out, true)).run(tomorrow)).isEqualTo(NightRun.FUTURE_AS_OF);
        assertThat(out.toString()).contains("not started: --as-of " + tomorrow + " is in the future");
        assertThat(Files.exists(tmp.resolve("lake"))).isFalse();
    }
}
