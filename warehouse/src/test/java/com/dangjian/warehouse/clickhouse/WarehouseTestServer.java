package com.dangjian.warehouse.clickhouse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import com.dangjian.contracts.config.ClickHouseSettings;

/** The ClickHouse server started by scripts/servers.sh (DJ_CH_URL overrides its address). */
final class WarehouseTestServer {

    static final String URL = System.getenv().getOrDefault("DJ_CH_URL", "http://127.0.0.1:18123");

    private WarehouseTestServer() {
    }

    static ClickHouseSettings settings(String database) {
        return ClickHouseSettings.of(URL, database, "default", "");
    }

    /** Restarts the server the way an operator would, through the project's own script. */
    static void restart() throws IOException, InterruptedException {
        script("restart-clickhouse");
    }

    /** Kills the server as a crash would (SIGKILL), through the project's own script. */
    static void kill() throws IOException, InterruptedException {
        script("kill-clickhouse");
    }

    private static void script(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of("..", "scripts", "servers.sh").toString(), command).inheritIO().start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("scripts/servers.sh " + command + " failed");
        }
    }
}
