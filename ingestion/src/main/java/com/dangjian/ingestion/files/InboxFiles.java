package com.dangjian.ingestion.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files of one inbox folder not yet landed. A file is recognised by the SHA-256 of its content, so a
 * changed file with the same name is read again and an unchanged one never twice. What was landed is listed
 * in a {@code _files.tsv} beside the bronze rows of the run that read it.
 */
public final class InboxFiles {

    public static final String MANIFEST = com.dangjian.contracts.lake.BronzeLayout.MANIFEST;

    private InboxFiles() {
    }

    /** New files (name order, which is export order for the platforms' timestamped names) with their hashes. */
    public static Map<Path, String> unread(Path folder, String glob, List<Path> completedRuns) {
        Set<String> landed = completedRuns.stream()
                .map(run -> run.resolve(MANIFEST))
                .filter(Files::exists)
                .flatMap(InboxFiles::lines)
                .map(l -> l.split("\t")[0])
                .collect(Collectors.toSet());
        Map<Path, String> unread = new LinkedHashMap<>();
        for (Path file : list(folder, glob)) {
            String hash = sha256(file);
            if (!landed.contains(hash)) {
                unread.put(file, hash);
            }
        }
        return unread;
    }

    public static void writeManifest(Path runDir, Map<Path, String> files) {
        String body = files.entrySet().stream()
                .map(e -> e.getValue() + "\t" + e.getKey().getFileName())
                .collect(Collectors.joining("\n", "", "\n"));
        try {
            Files.createDirectories(runDir);
            Files.writeString(runDir.resolve(MANIFEST), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> list(Path folder, String glob) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("inbox folder " + folder + " does not exist: create it or correct 'inbox' in the configuration");
        }
        try (Stream<Path> s = Files.list(folder)) {
            var matcher = folder.getFileSystem().getPathMatcher("glob:" + glob);
            return s.filter(p -> matcher.matches(p.getFileName())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static Stream<String> lines(Path p) {
        try {
            return Files.readAllLines(p).stream().filter(l -> !l.isBlank());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
