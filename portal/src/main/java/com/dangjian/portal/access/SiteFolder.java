package com.dangjian.portal.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

import com.dangjian.contracts.portal.OrganisationTree;

/**
 * The site folder the night writes and the portal serves: files only from inside it (a link pointing out of it is
 * not followed), and the organisation tree read again whenever a night has written a new one — so a new night's
 * site and tree are served without a restart.
 */
public final class SiteFolder {

    private record Loaded(FileTime modified, OrganisationTree tree) {
    }

    private final Path root;
    private volatile Loaded loaded = new Loaded(null, OrganisationTree.empty());

    public SiteFolder(Path root) {
        try {
            Files.createDirectories(root);
            this.root = root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("site folder " + root + " cannot be opened: " + e.getMessage(), e);
        }
    }

    public Path root() {
        return root;
    }

    /** The tree of the latest night ({@link OrganisationTree#FILE}); empty until a night has written one. */
    public OrganisationTree tree() {
        Path file = root.resolve(OrganisationTree.FILE);
        try {
            FileTime modified = Files.exists(file) ? Files.getLastModifiedTime(file) : null;
            Loaded current = loaded;
            if (modified != null && !modified.equals(current.modified())) {
                current = new Loaded(modified, OrganisationTree.read(root));
                loaded = current;
            }
            return current.tree();
        } catch (IOException e) {
            return loaded.tree(); // being replaced right now: the previous tree stands for this request
        }
    }

    /** The regular file at {@code relative} inside the site, if there is one (never a folder, never outside it). */
    public Optional<Path> file(String relative) {
        Path p = root.resolve(relative).normalize();
        if (!p.startsWith(root) || !Files.isRegularFile(p)) {
            return Optional.empty();
        }
        try {
            Path real = p.toRealPath();
            return real.startsWith(root) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
