package com.dangjian.jobs.ops;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import com.dangjian.ingestion.registry.RegistryTable;
import com.dangjian.contracts.config.NightConfig;
import com.dangjian.warehouse.clickhouse.ClickHouse;

/**
 * ./dangjian doctor: checks what a night needs before it runs — Java, the registry and job repository, ClickHouse,
 * the inbox folders, the lake and site folders, free disk space, and the portal's settings when the file has them
 * ({@link PortalChecks}) — and names, for each problem, what fixes it.
 */
public final class Doctor {

    /** One check's outcome; {@code fix} is null when it passed. */
    public record Check(String what, String detail, String fix) {
        boolean ok() {
            return fix == null;
        }
    }

    static final List<String> INBOX_FOLDERS = List.of("meetings", "dues", "study", "evaluations", "rectification");
    static final long MIN_FREE_BYTES = 2L << 30;

    private final NightConfig config;
    private final Path configFile;

    public Doctor(NightConfig config) {
        this(config, null);
    }

    /** With the configuration file, so its portal: block is checked too. */
    public Doctor(NightConfig config, Path configFile) {
        this.config = config;
        this.configFile = configFile;
    }

    public List<Check> checks() {
        List<Check> out = new ArrayList<>();
        int java = Runtime.version().feature();
        out.add(java >= 17 ? ok("Java", "version " + Runtime.version())
                : problem("Java", "version " + Runtime.version(), "install Java 17 or later (Debian: apt install openjdk-17-jre-headless)"));
        out.add(registry());
        out.add(database("job repository", config.jobRepository(), "check jobRepository.url/user/password (or remove them for the "
                + "embedded H2 file) and that the database is running"));
        out.add(clickHouse());
        for (String folder : INBOX_FOLDERS) {
            Path dir = config.inbox().resolve(folder);
            out.add(Files.isDirectory(dir) && Files.isReadable(dir) ? ok("inbox " + folder, dir.toString())
                    : problem("inbox " + folder, dir + (Files.exists(dir) ? " is not readable" : " does not exist"),
                    "create " + dir + " and give the night's user read access; the source's exports land there"));
        }
        out.add(writable("lake", config.lake()));
        out.add(writable("site", config.site()));
        out.add(diskSpace());
        if (configFile != null) {
            out.addAll(PortalChecks.of(configFile));
        }
        return out;
    }

    /** Prints one line per check; returns 0 when every check passed, 1 otherwise. */
    public int print(PrintStream out) {
        List<Check> checks = checks();
        for (Check c : checks) {
            out.println((c.ok() ? "ok    " : "FAIL  ") + c.what() + ": " + c.detail() + (c.ok() ? "" : "\n      fix: " + c.fix()));
        }
        long failed = checks.stream().filter(c -> !c.ok()).count();
        out.println(failed == 0 ? "all " + checks.size() + " checks passed" : failed + " of " + checks.size() + " checks failed");
        return failed == 0 ? 0 : 1;
    }

    private Check registry() {
        Check db = database("registry", config.registry(), "check registry.url/user/password (password also "
                + "$DANGJIAN_REGISTRY_PASSWORD) and that the registry database is running and reachable from this server");
        if (!db.ok()) {
            return db;
        }
        List<String> missing = new ArrayList<>();
        try (Connection c = connect(config.registry()); Statement s = c.createStatement()) {
            for (RegistryTable t : RegistryTable.values()) {
                try {
                    s.executeQuery("SELECT * FROM " + t.table() + " WHERE 1 = 0").close();
                } catch (java.sql.SQLException e) {
                    missing.add(t.table());
                }
            }
        } catch (java.sql.SQLException e) {
            return problem("registry", e.getMessage(), "check registry.url/user/password and that the database is running");
        }
        return missing.isEmpty() ? ok("registry", config.registry().url() + ", " + RegistryTable.values().length + " tables readable")
                : problem("registry", "tables not readable: " + String.join(", ", missing),
                "grant the night's registry user SELECT on them (the tables of ../shared/domain/sources.md S1)");
    }

    private Check database(String what, NightConfig.Database db, String fix) {
        try (Connection c = connect(db)) {
            return ok(what, db.url() + " (" + c.getMetaData().getDatabaseProductName() + ")");
        } catch (java.sql.SQLException | RuntimeException e) {
            return problem(what, db.url() + ": " + e.getMessage(), fix);
        }
    }

    private static Connection connect(NightConfig.Database db) throws java.sql.SQLException {
        DriverManager.setLoginTimeout(10);
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }

    private Check clickHouse() {
        if (config.clickhouse().isEmpty()) {
            return ok("ClickHouse", "not configured: the night runs embedded and the site reads the gold Parquet lake");
        }
        var settings = config.clickhouse().get();
        try (ClickHouse ch = new ClickHouse(settings)) {
            String version = ch.query("SELECT version()").rows().get(0).get(0);
            List<String> repaired = WarehouseRepair.run(ch);
            return ok("ClickHouse", settings.url() + " (server " + version + ")"
                    + (repaired.isEmpty() ? "" : "; repaired what an interrupted load left: " + String.join("; ", repaired)));
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            return problem("ClickHouse", settings.url() + " is unreachable: " + message,
                    "start the ClickHouse server (systemctl start clickhouse-server; for the test servers scripts/servers.sh start)"
                            + " or correct clickhouse.url in the configuration");
        }
    }

    private static Check writable(String what, Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".doctor", ".tmp");
            Files.delete(probe);
            return ok(what, dir + " is writable");
        } catch (IOException | SecurityException e) {
            return problem(what, dir + " is not writable: " + e.getMessage(),
                    "create " + dir + " and give the night's user write access (or point '" + what + "' elsewhere)");
        }
    }

    private Check diskSpace() {
        try {
            Path existing = config.lake();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            long free = Files.getFileStore(existing == null ? Path.of(".") : existing).getUsableSpace();
            String detail = String.format("%.1f GB free for the lake", free / 1e9);
            return free >= MIN_FREE_BYTES ? ok("disk space", detail)
                    : problem("disk space", detail, "free at least 2 GB on that disk (a night at SF 1 writes about 1 GB) "
                    + "or move 'lake' to a larger disk");
        } catch (IOException e) {
            return problem("disk space", e.getMessage(), "check that the lake's disk is mounted");
        }
    }

    static Check ok(String what, String detail) {
        return new Check(what, detail, null);
    }

    static Check problem(String what, String detail, String fix) {
        return new Check(what, detail, fix);
    }
}
