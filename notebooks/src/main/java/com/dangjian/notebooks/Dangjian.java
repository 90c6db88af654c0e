package com.dangjian.notebooks;

import java.nio.file.Files;
import java.nio.file.Path;

import com.dangjian.contracts.config.NightConfig;

/**
 * Where a notebook starts: {@code var dj = Dangjian.connect();} reads the same configuration file as the nightly
 * run — {@code $DANGJIAN_CONFIG}, else the demo's {@code demo/dangjian.yaml} — and answers SQL from ClickHouse when
 * the file has a {@code clickhouse} block, else from the gold Parquet lake.
 */
public final class Dangjian {

    private Dangjian() {
    }

    public static Warehouse connect() {
        String fromEnv = System.getenv("DANGJIAN_CONFIG");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return connect(fromEnv);
        }
        String home = System.getenv("DANGJIAN_HOME");
        Path demo = Path.of(home == null ? "." : home, "demo", "dangjian.yaml");
        if (!Files.isRegularFile(demo)) {
            throw new IllegalStateException("no configuration: set DANGJIAN_CONFIG to the night's configuration file"
                    + " (docs/configuration.md), or run ./dangjian demo first for the sample department (" + demo + ")");
        }
        return connect(demo.toString());
    }

    public static Warehouse connect(String configFile) {
        return new Warehouse(NightConfig.load(Path.of(configFile), System.getenv()));
    }
}
