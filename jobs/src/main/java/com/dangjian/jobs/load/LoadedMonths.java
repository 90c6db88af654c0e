package com.dangjian.jobs.load;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

import com.dangjian.transform.GoldWriter;

/**
 * Which months of each month-partitioned gold table a ClickHouse database holds as the lake has them now, so that
 * a night loads only the months its transform rewrote. Each month's Parquet files (names and sizes: a rewritten
 * month has new file names) are reduced to a fingerprint; after every successful swap the fingerprints of what was
 * loaded are kept in {@code lake/_state/clickhouse-<database>.properties}, with the live table's columns (a
 * migration that changed them makes the next load whole). A load cut short leaves the file as it was, so the next
 * night reloads at least what changed since the last complete load.
 */
public final class LoadedMonths {

    /** A month's key in the file: {@code table.month.yyyyMM} (a file an earlier version kept by year has none). */
    private static final String MONTH = ".month.";

    private final Path file;
    private final Properties loaded = new Properties();

    private LoadedMonths(Path file) {
        this.file = file;
    }

    public static LoadedMonths of(Path stateDir, String database) {
        LoadedMonths y = new LoadedMonths(stateDir.resolve("clickhouse-" + database + ".properties"));
        if (Files.exists(y.file)) {
            try {
                y.loaded.load(new StringReader(Files.readString(y.file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                y.loaded.clear(); // unreadable: every table is loaded whole
            }
        }
        return y;
    }

    /**
     * The first month of {@code table} (yyyyMM) that differs from what was loaded (every month from it on must be
     * sent again); empty when nothing differs; {@link Integer#MIN_VALUE} when the table must be loaded whole (never
     * loaded, or its columns changed since).
     */
    public Optional<Integer> firstChangedMonth(String table, Map<Integer, String> now, List<String> liveColumns) {
        if (!String.join(",", liveColumns).equals(loaded.getProperty(table + ".columns"))) {
            return Optional.of(Integer.MIN_VALUE);
        }
        TreeSet<Integer> months = new TreeSet<>(now.keySet());
        String prefix = table + MONTH;
        loaded.stringPropertyNames().stream().filter(k -> k.startsWith(prefix))
                .forEach(k -> months.add(Integer.parseInt(k.substring(prefix.length()))));
        for (int month : months) {
            if (!java.util.Objects.equals(now.get(month), loaded.getProperty(prefix + month))) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }

    /** Records what the swap just put live for {@code table}. */
    public void loaded(String table, Map<Integer, String> now, List<String> liveColumns) {
        loaded.stringPropertyNames().stream().filter(k -> k.startsWith(table + ".")).toList().forEach(loaded::remove);
        loaded.setProperty(table + ".columns", String.join(",", liveColumns));
        now.forEach((month, print) -> loaded.setProperty(table + MONTH + month, print));
    }

    /** Forgets a table (loaded whole from a lake without month partitions, or not at all). */
    public void forget(String table) {
        loaded.stringPropertyNames().stream().filter(k -> k.startsWith(table + ".")).toList().forEach(loaded::remove);
    }

    /** Writes the file whole (temporary file, then a move). */
    public void save() {
        try {
            Files.createDirectories(file.getParent());
            StringWriter text = new StringWriter();
            loaded.store(text, "what ClickHouse holds of each gold table, by month (see LoadedMonths)");
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, text.toString(), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not record the load under " + file + ": " + e.getMessage(), e);
        }
    }

    /** Each month partition ({@code p_month=yyyyMM}) of a gold table's folder → a fingerprint of its data files. */
    public static Map<Integer, String> monthsOf(Path tableDir) {
        Map<Integer, String> out = new TreeMap<>();
        if (!Files.isDirectory(tableDir)) {
            return out;
        }
        try (var dirs = Files.list(tableDir)) {
            String partition = GoldWriter.PARTITION + "=";
            for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith(partition)).toList()) {
                out.put(Integer.parseInt(dir.getFileName().toString().substring(partition.length())), fingerprint(dir));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String fingerprint(Path dir) throws IOException {
        StringBuilder s = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList()) {
                s.append(f.getFileName()).append(':').append(Files.size(f)).append('\n');
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
