package com.dangjian.portal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The portal's audit trail: one line per login and per member-level page or workbook opened or refused — who,
 * which organisation, which path, from where. Appended only (the file is never rewritten; deploy/ makes it
 * append-only for the service user as well), and it holds no password and no member's data: the paths name
 * organisations, and a failed login's name is logged only when it is an account.
 */
public final class AccessLog {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Path file;
    private final Clock clock;

    public AccessLog(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!Files.exists(file)) {
                Files.createFile(file);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("access log " + file + " cannot be created: " + e.getMessage()
                    + " — set portal.accessLog to a writable file", e);
        }
    }

    public Path file() {
        return file;
    }

    public void login(String event, String username, String detail) {
        append(event, "user=" + clean(username) + " detail=" + clean(detail));
    }

    /** A member-level page or workbook: ALLOWED or DENIED. */
    public void memberDetail(String outcome, String username, String role, String viewerOrg, String org, String path, String from) {
        append("MEMBER_DETAIL", "outcome=" + outcome + " user=" + clean(username) + " role=" + role + " userOrg=" + clean(viewerOrg)
                + " org=" + clean(org) + " path=" + clean(path) + " from=" + clean(from));
    }

    private synchronized void append(String event, String fields) {
        String line = OffsetDateTime.now(clock.withZone(CHINA)).truncatedTo(ChronoUnit.MILLIS) + " " + event + " " + fields + "\n";
        try {
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("access log " + file + " cannot be written: " + e.getMessage(), e);
        }
    }

    /** One token per field: no spaces or line breaks from a request can forge a line. */
    private static String clean(String value) {
        return value == null || value.isEmpty() ? "-" : value.replaceAll("[\\s\\p{Cntrl}]+", "_");
    }
}
