package com.dangjian.jobs.night;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Two nights never run at once against the same lake: an operating-system lock on {@code <lake>/_night.lock},
 * which the system releases when the process ends however it ends — so a lock left by a crashed run is never
 * in the way. The file also says who holds it (pid, what, since when) for the message to the one refused; a
 * crashed run's note is found, reported and cleared by the next night. (A lock on a network file system is
 * only as good as that system's locking: keep the lake on a local disk.)
 */
public final class NightLock implements AutoCloseable {

    public static final String FILE = "_night.lock";

    /** Thrown when another night holds the lock. */
    public static final class Held extends RuntimeException {
        Held(String message) {
            super(message);
        }
    }

    private final FileChannel channel;
    private final FileLock lock;
    private final String clearedNote;

    private NightLock(FileChannel channel, FileLock lock, String clearedNote) {
        this.channel = channel;
        this.lock = lock;
        this.clearedNote = clearedNote;
    }

    /**
     * @param what what this process is about to do ("night 2026-10-31", "backfill 2026-10-01..2026-10-31")
     * @throws Held when another night holds the lock
     */
    public static NightLock acquire(Path lake, String what) {
        try {
            Files.createDirectories(lake);
            Path file = lake.resolve(FILE);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very process (another night started in the same JVM)
            }
            String holder = read(channel);
            if (lock == null) {
                channel.close();
                throw new Held("another night is running (" + (holder.isBlank() ? "holder unknown" : holder) + "), lock "
                        + file + ": this one was not started; wait for it to finish, then run it again");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", " + what + ", since "
                    + OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).withNano(0) + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new NightLock(channel, lock, holder.isBlank() ? null : holder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take the night's lock in " + lake + ": check that the lake folder is writable", e);
        }
    }

    /**
     * For status, without taking the lock (which could refuse a night starting at that moment): the holder's note
     * and whether its process is alive; empty when no note is there (the last run ended cleanly).
     */
    public static java.util.Optional<Holder> peek(Path lake) {
        Path file = lake.resolve(FILE);
        try {
            String note = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
            if (note.isEmpty()) {
                return java.util.Optional.empty();
            }
            java.util.regex.Matcher pid = java.util.regex.Pattern.compile("^pid (\\d+)").matcher(note);
            boolean alive = pid.find() && ProcessHandle.of(Long.parseLong(pid.group(1))).map(ProcessHandle::isAlive).orElse(false);
            return java.util.Optional.of(new Holder(note, alive));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Who holds (or last held) the lock, and whether that process still runs. */
    public record Holder(String note, boolean alive) {
    }

    /** The note a crashed run left (it ended without releasing), now cleared; null when the last run ended cleanly. */
    public String clearedNote() {
        return clearedNote;
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
    }

    @Override
    public void close() {
        try {
            channel.truncate(0); // a clean end leaves an empty file: a note found later means a crash
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
