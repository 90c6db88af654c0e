package com.dangjian.transform.silver;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import com.dangjian.contracts.bronze.BronzeTable;
import com.dangjian.contracts.files.Folders;
import com.dangjian.contracts.files.WholeFile;
import com.dangjian.contracts.lake.Lake;
import com.dangjian.transform.BronzeTables;

/**
 * A file source's latest copy of each key ({@link LatestVersion}), kept in silver between nights so that a night
 * merges only the bronze runs landed since the last merge and rewrites only the months their rows fall in,
 * instead of deduplicating every run ever landed (study: millions of rows, most of an incremental night's silver
 * seconds). The month is that of a date in the key (study_date), so every copy of a key lies in one month and the
 * month's stored winners plus the new copies hold the winner over all copies: the merge equals a rebuild.
 *
 * Stored as {@code silver/<table>/p_month=yyyy-MM/}, with {@value #MERGED_RUNS} naming the transform's version and
 * the runs merged. Without that file — the first night, a merge that stopped halfway (the file is removed before
 * any month is replaced), a merged run no longer in bronze, another transform version, or a night that must be full
 * — the table is rebuilt from every run. Rows are kept whether or not the registry knows their codes; {@link
 * Conformed} splits them into silver's rows and held rows each night, so a code the registry learns later counts.
 */
public final class MergedSource {

    static final String MONTH = "p_month";
    static final String MERGED_RUNS = "_merged_runs";

    private final SparkSession spark;
    private final Lake lake;
    private final BronzeTables bronze;
    private final String version;
    private final String rebuildBecause;
    private final BiConsumer<String, Double> done;

    /**
     * @param version        the transform's version: rows stored by another version are rebuilt
     * @param rebuildBecause why every table must be rebuilt from all of bronze tonight (a full night), or null
     * @param done           told each table's name ("silver.study") and seconds once merged
     */
    public MergedSource(SparkSession spark, Lake lake, BronzeTables bronze, String version, String rebuildBecause,
                        BiConsumer<String, Double> done) {
        this.spark = spark;
        this.lake = lake;
        this.bronze = bronze;
        this.version = version;
        this.rebuildBecause = rebuildBecause;
        this.done = done;
    }

    /**
     * The table's latest copy of each key as stored after merging tonight's runs (every bronze column and the
     * ingest date).
     *
     * @param keyDate the key's date column, which decides a row's month
     */
    public Dataset<Row> latest(BronzeTable table, String keyDate) {
        long t = System.nanoTime();
        Path dir = Path.of(lake.silver(table.table()));
        List<Path> runs = bronze.completedRuns(table);
        List<String> names = runs.stream().map(MergedSource::name).toList();
        Optional<Set<String>> merged = rebuildBecause == null ? mergedRuns(dir) : Optional.empty();
        if (merged.isEmpty() || !names.containsAll(merged.get())) {
            replace(dir, LatestVersion.of(bronze.of(runs, table), table), keyDate, true);
            writeMergedRuns(dir, names);
        } else {
            List<Path> fresh = runs.stream().filter(r -> !merged.get().contains(name(r))).toList();
            if (!fresh.isEmpty()) {
                merge(dir, table, bronze.of(fresh, table), keyDate);
                writeMergedRuns(dir, names);
            }
        }
        done.accept("silver." + table.table(), (System.nanoTime() - t) / 1e9);
        // The schema given, not inferred: a source that has never landed a row leaves a table with no file.
        return spark.read().schema(bronze.of(List.of(), table).schema()).parquet(dir.toString()).drop(MONTH);
    }

    /** The months the new rows fall in, recomputed from their stored rows and the new copies. */
    private void merge(Path dir, BronzeTable table, Dataset<Row> incoming, String keyDate) {
        List<String> months = incoming.select(month(keyDate)).distinct().collectAsList().stream()
                .map(r -> r.getString(0)).toList();
        String[] stored = months.stream().map(m -> dir.resolve(MONTH + "=" + m)).filter(Files::isDirectory)
                .map(Path::toString).toArray(String[]::new);
        Dataset<Row> copies = stored.length == 0 ? incoming
                : spark.read().schema(incoming.schema()).parquet(stored).unionByName(incoming);
        replace(dir, LatestVersion.of(copies, table), keyDate, false);
    }

    /**
     * Writes the rows by month into a folder beside the table, then puts them in place: the whole table on a
     * rebuild, else each month written replacing the stored month (the rows written were read from it, so it is
     * replaced only once they are all written).
     */
    private void replace(Path dir, Dataset<Row> rows, String keyDate, boolean whole) {
        Path staged = dir.resolveSibling(dir.getFileName() + "._staged");
        try {
            Folders.delete(staged);
            Dataset<Row> byMonth = rows.withColumn(MONTH, month(keyDate));
            (whole ? byMonth : byMonth.repartition(col(MONTH))).write().partitionBy(MONTH).parquet(staged.toString());
            Folders.delete(dir.resolve(MERGED_RUNS)); // from here until it is written again, the next night rebuilds
            if (whole) {
                Folders.delete(dir);
                Files.createDirectories(dir.getParent());
                Files.move(staged, dir, StandardCopyOption.ATOMIC_MOVE);
                return;
            }
            try (Stream<Path> months = Files.list(staged)) {
                for (Path month : months.filter(p -> p.getFileName().toString().startsWith(MONTH + "=")).toList()) {
                    Path target = dir.resolve(month.getFileName());
                    Folders.delete(target);
                    Files.move(month, target, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            Folders.delete(staged);
        } catch (IOException e) {
            throw new UncheckedIOException("could not put the merged rows of " + dir + " in place: " + e.getMessage()
                    + " — the next night rebuilds it from bronze", e);
        }
    }

    private Optional<Set<String>> mergedRuns(Path dir) {
        Path file = dir.resolve(MERGED_RUNS);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals("version\t" + version)) {
                return Optional.empty();
            }
            return Optional.of(new HashSet<>(lines.subList(1, lines.size())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void writeMergedRuns(Path dir, List<String> runs) {
        String text = "version\t" + version + "\n" + runs.stream().map(r -> r + "\n").collect(Collectors.joining());
        try {
            WholeFile.write(dir.resolve(MERGED_RUNS), false, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not record the runs merged into " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A row's month, "yyyy-MM" of its key's date: the folder it is stored in. */
    private static Column month(String keyDate) {
        return date_format(col(keyDate), "yyyy-MM");
    }

    /** A run as "ingest_date=…/run_id=…", the same wherever the lake is mounted. */
    private static String name(Path run) {
        return run.getParent().getFileName() + "/" + run.getFileName();
    }
}
