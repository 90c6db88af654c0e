package com.dangjian.jobs;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import com.dangjian.contracts.config.NightConfig;
import com.dangjian.jobs.night.NightRun;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The operators' and analysts' commands: backfill, status, doctor, sql (the night's own are in {@link DangjianCli}). */
final class OperationsCommands {

    private OperationsCommands() {
    }

    @Command(name = "backfill", description = "Run past nights in date order, each as a single night would; stops at a "
            + "failed night and prints the command that resumes from it.")
    static final class Backfill implements Callable<Integer> {
        @Option(names = "--from", required = true, description = "first night, YYYY-MM-DD")
        LocalDate from;

        @Option(names = "--to", required = true, description = "last night, YYYY-MM-DD")
        LocalDate to;

        @Option(names = "--config", required = true, description = "YAML configuration (see docs/configuration.md)")
        Path config;

        @Option(names = "--skip-completed", description = "do not rerun nights whose last report says SUCCESS")
        boolean skipCompleted;

        @Override
        public Integer call() throws Exception {
            NightConfig c = NightConfig.load(config, System.getenv());
            String resume = "./dangjian backfill --from {from} --to " + to + " --config " + config + (skipCompleted ? " --skip-completed" : "");
            return DangjianCli.locked(c, "backfill " + from + ".." + to, () -> new com.dangjian.jobs.ops.Backfill(d -> new NightRun(c, System.out),
                    new com.dangjian.jobs.ops.RunHistory(c.site().resolve("reports")), System.out).run(from, to, skipCompleted, resume));
        }
    }

    @Command(name = "status", description = "The last nights from their reports: outcome, rows and seconds per stage, "
            + "stale sources and since when, and whether a night is running now.")
    static final class Status implements Callable<Integer> {
        @Option(names = "--config", required = true, description = "YAML configuration (see docs/configuration.md)")
        Path config;

        @Option(names = "--nights", defaultValue = "10", description = "how many nights (default: ${DEFAULT-VALUE})")
        int nights;

        @Override
        public Integer call() {
            NightConfig c = NightConfig.load(config, System.getenv());
            new com.dangjian.jobs.ops.RunHistory(c.site().resolve("reports")).print(nights, System.out);
            c.clickhouse().ifPresent(settings -> {
                try (var ch = new com.dangjian.warehouse.clickhouse.ClickHouse(settings)) {
                    com.dangjian.jobs.ops.WarehouseRepair.run(ch).forEach(r -> System.out.println("warehouse repaired: " + r));
                } catch (RuntimeException e) {
                    System.out.println("warehouse not checked: " + e.getMessage().lines().findFirst().orElse(""));
                }
            });
            var holder = com.dangjian.jobs.night.NightLock.peek(c.lake());
            System.out.println(holder.isEmpty() ? "no night is running"
                    : holder.get().alive() ? "a night is running: " + holder.get().note()
                    : "the last night (" + holder.get().note() + ") ended without finishing: run it again, it resumes where it stopped");
            return 0;
        }
    }

    @Command(name = "doctor", description = "Check what a night needs (Java, registry, job repository, ClickHouse, inbox, "
            + "lake, site, disk space, the portal's settings) and say how to fix each problem.")
    static final class Doctor implements Callable<Integer> {
        @Option(names = "--config", required = true, description = "YAML configuration (see docs/configuration.md)")
        Path config;

        @Override
        public Integer call() {
            return new com.dangjian.jobs.ops.Doctor(NightConfig.load(config, System.getenv()), config).print(System.out);
        }
    }

    @Command(name = "sql", description = "Ask the warehouse a read-only question (SELECT, WITH, SHOW, DESCRIBE): ClickHouse "
            + "when the configuration has a clickhouse block, else the gold Parquet lake.")
    static final class Sql implements Callable<Integer> {
        @picocli.CommandLine.Parameters(index = "0", description = "one SQL statement over the gold tables (docs/data-dictionary.md)")
        String sql;

        @Option(names = "--config", description = "YAML configuration (default: demo/dangjian.yaml)", defaultValue = "demo/dangjian.yaml")
        Path config;

        @Option(names = "--format", defaultValue = "table", description = "table or csv")
        String format;

        @Override
        public Integer call() {
            String checked = com.dangjian.warehouse.read.ReadOnlySql.check(sql);
            NightConfig c = NightConfig.load(config, System.getenv());
            try (com.dangjian.warehouse.read.GoldReadSide side = c.clickhouse()
                    .<com.dangjian.warehouse.read.GoldReadSide>map(com.dangjian.warehouse.read.ClickHouseReadSide::new)
                    .orElseGet(() -> new com.dangjian.warehouse.read.LakeReadSide(
                            new com.dangjian.contracts.lake.Lake(c.lake()), NightRun.GOLD))) {
                var result = side.analystQuery(checked);
                System.out.print(format.equalsIgnoreCase("csv") ? com.dangjian.warehouse.read.TablePrinter.csv(result)
                        : com.dangjian.warehouse.read.TablePrinter.table(result));
            }
            return 0;
        }
    }
}
