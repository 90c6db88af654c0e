package com.dangjian.transform.incremental;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.xxhash64;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One input of the rules, digested so that tomorrow's night can tell from which month its changes can matter:
 * each row is hashed (the columns the rules read) and placed in the month of its <em>effect day</em> — the
 * earliest day a period could see the row (a meeting's held_on, a dues row's month, a transfer's effective day).
 * A row added, removed or changed matters from the earlier of its old and new effect months. A row without an
 * effect day matters from the beginning (a group as it stands counts for every month: a change recomputes all).
 *
 * @param name    the input's name (in the digest and in the night's reason)
 * @param rows    the input, already narrowed to the columns the rules read
 * @param effect  the row's effect day (a date column or expression; null means "from the beginning")
 */
public record InputDigest(String name, Dataset<Row> rows, Column effect) {

    /** The effect day of a row that gives none: before any data, so everything is recomputed. */
    static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

    /** An input whose rows have no effect day of their own: any change recomputes every period. */
    public static InputDigest always(String name, Dataset<Row> rows) {
        return new InputDigest(name, rows, lit(null).cast("date"));
    }

    /** An input whose rows matter from the earliest of these date columns (nulls ignored). */
    public static InputDigest from(String name, Dataset<Row> rows, String... dateColumns) {
        Column effect = dateColumns.length == 1 ? col(dateColumns[0]).cast("date")
                : least(java.util.Arrays.stream(dateColumns).map(c -> col(c).cast("date")).toArray(Column[]::new));
        return new InputDigest(name, rows, effect);
    }

    /** Where a row came from, not what it says: a record sent again unchanged is no change. */
    static final java.util.Set<String> LINEAGE = java.util.Set.of("ingest_date", "source_file", "source_line", "_file");

    /**
     * Every input's rows reduced to, per effect month, their count and the sum of their hashes — enough to find
     * the earliest month whose rows changed: a changed row changes its month's sum, a row moved to another month
     * (a meeting re-dated) changes both months, a row added or removed the count. One pass over the inputs, and a
     * state of a few hundred lines instead of a copy of every key.
     *
     * @return "input month" → "count sum", e.g. {@code "meeting 2026-03" → "412 -81723…"}
     */
    static Map<String, String> digest(List<InputDigest> inputs) {
        Map<String, String> out = new TreeMap<>();
        inputs.stream().map(InputDigest::hashes).reduce(Dataset::unionByName).orElseThrow()
                .groupBy("input", "month")
                .agg(org.apache.spark.sql.functions.count(lit(1)).as("n"),
                        org.apache.spark.sql.functions.sum(col("h").cast("decimal(38,0)")).as("s"))
                .collectAsList()
                .forEach(r -> out.put(r.getString(0) + " " + YearMonth.from(((Date) r.get(1)).toLocalDate()), r.getLong(2) + " " + r.get(3)));
        return out;
    }

    /** input, month (of the effect day; the beginning when the row gives none), h (hash of every column but lineage). */
    private Dataset<Row> hashes() {
        Column[] all = java.util.Arrays.stream(rows.columns()).filter(c -> !LINEAGE.contains(c)).map(c -> col(c))
                .toArray(Column[]::new);
        return rows.select(lit(name).as("input"),
                org.apache.spark.sql.functions.trunc(coalesce(effect, lit(Date.valueOf(BEGINNING))), "month").as("month"),
                xxhash64(all).as("h"));
    }

    /** Per input, the earliest month whose count or hash sum differs between two digests; inputs equal are absent. */
    static Map<String, LocalDate> earliestChanges(Map<String, String> before, Map<String, String> now) {
        Map<String, LocalDate> out = new TreeMap<>();
        java.util.Set<String> keys = new java.util.TreeSet<>(before.keySet());
        keys.addAll(now.keySet());
        for (String key : keys) {
            if (!java.util.Objects.equals(before.get(key), now.get(key))) {
                String input = key.substring(0, key.indexOf(' '));
                LocalDate month = YearMonth.parse(key.substring(key.indexOf(' ') + 1)).atDay(1);
                out.merge(input, month, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return out;
    }
}
