package com.dangjian.contracts.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A file written whole or not at all: the content goes to a temporary file beside it, which is then moved over the
 * old one in one step — a reader (the portal serving a page, reading the users file) sees the old file or the new
 * one, never half of either.
 */
public final class WholeFile {

    /** Writes the content to an output stream. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private WholeFile() {
    }

    /** @param ownerOnly the file readable by its owner only (it holds password hashes) */
    public static void write(Path target, boolean ownerOnly, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".writing-", ".tmp");
        try {
            if (ownerOnly) {
                try {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the folder's own permissions protect it
                }
            }
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
