package com.dangjian.dashboards;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import com.dangjian.contracts.files.WholeFile;

/**
 * The files of one site generation. Each is written whole ({@link WholeFile}), so the portal, serving the site
 * while a night writes it, never sends half a page; files of a folder the generation
 * owns (org/, exports/org/) that it did not write — an organisation dissolved since — are removed at the end.
 */
final class SiteFiles {

    private final Path siteDir;
    /** Written from several threads (organisations' pages are written in parallel). */
    private final Set<Path> written = java.util.concurrent.ConcurrentHashMap.newKeySet();

    SiteFiles(Path siteDir) {
        this.siteDir = siteDir;
    }

    Path dir() {
        return siteDir;
    }

    void write(String relative, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(relative, out -> out.write(bytes));
    }

    void write(String relative, WholeFile.Content content) throws IOException {
        Path target = siteDir.resolve(relative);
        WholeFile.write(target, false, content);
        written.add(target.normalize());
    }

    /** Removes the files of {@code relativeDir} this generation did not write. */
    void removeUnwritten(String relativeDir) throws IOException {
        removeUnwritten(relativeDir, "");
    }

    /**
     * Removes the files of {@code relativeDir} whose names start with {@code prefix} that this generation did not
     * write (the scripts of a period or rule an earlier night had and this one has not).
     */
    void removeUnwritten(String relativeDir, String prefix) throws IOException {
        Path dir = siteDir.resolve(relativeDir);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (f.getFileName().toString().startsWith(prefix) && !written.contains(f.normalize())) {
                    Files.delete(f);
                }
            }
        }
    }
}
