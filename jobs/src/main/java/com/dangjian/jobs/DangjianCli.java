package com.dangjian.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;

import com.dangjian.contracts.config.NightConfig;
import com.dangjian.samples.GenerateOptions;
import com.dangjian.samples.Generator;
import com.dangjian.jobs.night.NightRun;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line: {@code ./dangjian demo}, {@code ./dangjian night --as-of D --config FILE}. */
@Command(name = "dangjian", mixinStandardHelpOptions = true, version = "dangjian 0.1.0",
        description = "党建数据分析 Dangjian Analytics: the nightly party-building data run.",
        footer = {"", "The portal has its own commands: ./dangjian serve --config F [--port N] (the site to logged-in users) "
                + "and ./dangjian users add|disable|list (its accounts); ./dangjian serve --help for theirs."},
        subcommands = {DangjianCli.Demo.class, DangjianCli.Night.class, DangjianCli.Ingest.class, DangjianCli.Generate.class,
                OperationsCommands.Sql.class, OperationsCommands.Backfill.class, OperationsCommands.Status.class,
                OperationsCommands.Doctor.class})
public final class DangjianCli implements Callable<Integer> {

    public static void main(String[] args) {
        int code = new CommandLine(new DangjianCli()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("error: " + e.getMessage());
            return 1;
        }).execute(args);
        System.exit(code);
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return 2;
    }

    @Command(name = "demo", description = "Generate a sample department (embedded H2 registry, every source's inbox "
            + "files), run the night on embedded defaults (no servers) and print the path of the dashboard.")
    static final class Demo implements Callable<Integer> {
        /** About 750 members in 28 branches: at least 20 ranked in the latest month, a few thousand meetings. */
        static final double SCALE = 0.15;
        static final int MONTHS = 24;

        @Option(names = "--out", defaultValue = "demo", description = "folder for the sample and its outputs (recreated)")
        Path out;

        @Option(names = "--seed", defaultValue = "20240101", description = "random seed of the sample")
        long seed;

        @Option(names = "--as-of", description = "the night's date (default: last day of the previous month)")
        LocalDate asOf;

        @Override
        public Integer call() throws Exception {
            LocalDate date = asOf != null ? asOf : YearMonth.now().minusMonths(1).atEndOfMonth();
            Path dir = out.toAbsolutePath();
            com.dangjian.contracts.files.Folders.delete(dir);
            String registryUrl = "jdbc:h2:file:" + dir.resolve("registry/registry") + ";MODE=PostgreSQL";
            Generator.generate(new GenerateOptions(SCALE, seed, date, MONTHS, dir, registryUrl, "sa", "", 0.002, System.err));
            Path config = dir.resolve("dangjian.yaml");
            Files.writeString(config, """
                    # Embedded demo configuration (written by ./dangjian demo). No clickhouse block: gold Parquet feeds the site.
                    registry:
                      url: "%s"
                      user: sa
                      password: ""
                    inbox: inbox
                    lake: lake
                    site: site
                    # The portal (./dangjian serve): accounts made with ./dangjian users add NAME --role ... --config this file.
                    portal:
                      address: 127.0.0.1
                      port: 8080
                      users: portal-users.yaml
                      accessLog: portal-access.log
                    """.formatted(registryUrl));
            System.out.println("sample department written to " + dir + " (as of " + date + ")");
            NightRun night = new NightRun(NightConfig.load(config, System.getenv()), System.out);
            int code = night.run(date);
            if (code == 0) {
                System.out.println(night.index().toAbsolutePath());
            }
            return code;
        }
    }

    @Command(name = "generate", description = "Generate a sample department: the registry (S1) in a JDBC database and "
            + "the inbox files of S2–S6, with a dirt manifest and a summary; deterministic for the same arguments. "
            + "With --next-night, append the next day's changes to a sample made before.")
    static final class Generate implements Callable<Integer> {
        @Option(names = "--scale", defaultValue = "1", description = "SF: 1 ≈ one department (~200 organisations, 5,000 "
                + "members), 10 ≈ the department and 14 prefectures' organs, 0.01 for tests (default: ${DEFAULT-VALUE})")
        double scale;

        @Option(names = "--seed", defaultValue = "20240101", description = "random seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--out", required = true, description = "folder for inbox/, the manifest, the summary and the state")
        Path out;

        @Option(names = "--as-of", defaultValue = "2026-10-31", description = "last day of the history; every date derives "
                + "from it (default: ${DEFAULT-VALUE})")
        LocalDate asOf;

        @Option(names = "--months", defaultValue = "36", description = "months of history (default: ${DEFAULT-VALUE})")
        int months;

        @Option(names = "--registry", description = "JDBC URL of an empty registry database (default: H2 file under OUT/registry)")
        String registry;

        @Option(names = "--registry-user", defaultValue = "sa", description = "registry user (default: ${DEFAULT-VALUE})")
        String registryUser;

        @Option(names = "--registry-password", defaultValue = "${env:DANGJIAN_REGISTRY_PASSWORD}",
                description = "registry password (default: $DANGJIAN_REGISTRY_PASSWORD, else empty)")
        String registryPassword;

        @Option(names = "--dirt", defaultValue = "0.002", description = "share of records given a defect; 0 = clean "
                + "(default: ${DEFAULT-VALUE})")
        double dirt;

        @Option(names = "--next-night", description = "append the next day's exports and registry changes to OUT")
        boolean nextNight;

        @Override
        public Integer call() {
            String password = registryPassword == null ? "" : registryPassword;
            if (nextNight) {
                com.dangjian.samples.NextNight.run(out, password, System.err);
            } else {
                Generator.generate(new GenerateOptions(scale, seed, asOf, months, out, registry, registryUser, password, dirt,
                        System.err));
            }
            return 0;
        }
    }

    /** The options every command on configured systems takes. */
    static final class NightOptions {
        @Option(names = "--as-of", required = true, description = "the night's date, YYYY-MM-DD: periods ending on or before it are assessed")
        LocalDate asOf;

        @Option(names = "--config", required = true, description = "YAML configuration (see docs/configuration.md)")
        Path config;

        NightRun night() {
            return new NightRun(config(), System.out);
        }

        NightConfig config() {
            return NightConfig.load(config, System.getenv());
        }
    }

    /** Runs {@code body} holding the night's lock; another night running → {@link NightRun#LOCKED} and a message. */
    static int locked(NightConfig config, String what, Callable<Integer> body) throws Exception {
        com.dangjian.jobs.night.NightLock lock;
        try {
            lock = com.dangjian.jobs.night.NightLock.acquire(config.lake(), what);
        } catch (com.dangjian.jobs.night.NightLock.Held e) {
            System.out.println(e.getMessage());
            return NightRun.LOCKED;
        }
        try (lock) {
            if (lock.clearedNote() != null) {
                System.out.println("note: the previous night (" + lock.clearedNote() + ") ended without finishing; its lock was "
                        + "cleared. This night resumes its work where it stopped.");
            }
            return body.call();
        }
    }

    @Command(name = "night", description = "Run one night against the configured systems.")
    static final class Night implements Callable<Integer> {
        @CommandLine.Mixin
        NightOptions options;

        @Option(names = "--full", description = "recompute every period, scorecard, trend and fact (otherwise only the years"
                + " the night's new data touches; a changed catalogue or transform forces it too)")
        boolean full;

        @Override
        public Integer call() throws Exception {
            NightConfig config = options.config();
            return locked(config, "night " + options.asOf, () -> {
                NightRun night = new NightRun(config, System.out);
                if (full) {
                    night.full("asked for (night --full)");
                }
                int code = night.run(options.asOf);
                if (code == 0) {
                    System.out.println("site: " + night.index().toAbsolutePath());
                }
                return code;
            });
        }
    }

    @Command(name = "ingest", description = "Run only the ingestion stage of a night (sources → bronze).")
    static final class Ingest implements Callable<Integer> {
        @CommandLine.Mixin
        NightOptions options;

        @Override
        public Integer call() throws Exception {
            NightConfig config = options.config();
            return locked(config, "ingest " + options.asOf, () -> new NightRun(config, System.out).ingestOnly(options.asOf));
        }
    }
}
