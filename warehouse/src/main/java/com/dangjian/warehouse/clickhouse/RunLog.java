package com.dangjian.warehouse.clickhouse;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes a night's stages to {@code run_log}, replacing that night's earlier rows: the log is rebuilt in a
 * staging table (the other nights plus this one), its count checked, and swapped in whole ({@link TableSwap}),
 * so a rerun never doubles a night and a crash leaves the previous log.
 */
public final class RunLog {

    public static final String TABLE = "run_log";

    /** One stage of a night as logged. */
    public record Stage(String stage, String outcome, long read, long written, long rejected, double seconds) {
    }

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ClickHouse clickHouse;

    public RunLog(ClickHouse clickHouse) {
        this.clickHouse = clickHouse;
    }

    public void replaceNight(LocalDate runDate, String runId, String nightOutcome, List<String> staleSources,
                             List<Stage> stages) {
        String db = clickHouse.settings().database();
        String live = db + "." + TABLE;
        String staging = live + "__staging";
        String otherNights = " WHERE run_date != '" + runDate + "'";
        clickHouse.execute("DROP TABLE IF EXISTS " + staging);
        clickHouse.execute("CREATE TABLE " + staging + " AS " + live);
        clickHouse.execute("INSERT INTO " + staging + " SELECT * FROM " + live + otherNights);
        String loggedAt = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).format(DATE_TIME);
        clickHouse.insertTsv(staging, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            int seq = 0;
            for (Stage s : stages) {
                w.write(String.join("\t", runDate.toString(), Tsv.escape(runId), String.valueOf(++seq), Tsv.escape(s.stage()),
                        Tsv.escape(s.outcome()), String.valueOf(s.read()), String.valueOf(s.written()),
                        String.valueOf(s.rejected()), String.format(Locale.ROOT, "%.3f", s.seconds()), Tsv.escape(nightOutcome),
                        Tsv.escape(String.join(",", staleSources)), loggedAt));
                w.write('\n');
            }
            w.flush();
        });
        long expected = clickHouse.count("SELECT count() FROM " + live + otherNights) + stages.size();
        long staged = clickHouse.count("SELECT count() FROM " + staging);
        if (staged != expected) {
            throw new IllegalStateException("run_log staging holds " + staged + " rows, expected " + expected
                    + ": the log was not replaced; run the night again");
        }
        new TableSwap(clickHouse).swap(List.of(TABLE));
    }
}
