package dev.riskengine.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One run at a time per reports directory. {@code reports/.lock} appears atomically with its whole
 * content (pid, host, start time): it is written to a private file first, then hard-linked to its
 * name, which fails when the name exists. The holder also keeps an OS lock on it
 * ({@link FileChannel#tryLock()}), which the kernel drops when the process dies. A lock whose
 * holder is gone from this host is taken over: under the old file's OS lock, so two runs cannot
 * both take it over.
 */
public final class RunLock implements AutoCloseable {
    public static final String FILE_NAME = ".lock";
    private static final int ATTEMPTS = 5;

    private final Path file;
    private final FileChannel channel;
    private final FileLock osLock;
    private boolean closed;

    private RunLock(Path file, FileChannel channel, FileLock osLock) {
        this.file = file;
        this.channel = channel;
        this.osLock = osLock;
    }

    public static RunLock acquire(Path reportsDir) throws RunLockedException, ReportWriteException {
        Path file = reportsDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(reportsDir);
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                Optional<RunLock> created = tryCreate(reportsDir, file);
                if (created.isPresent()) {
                    return created.get();
                }
                Optional<LockHolder> holder = readHolder(file);
                if (holder.isEmpty() && Files.exists(file) && !isOld(file)) {
                    pause(); // being created by another run right now (content not linked yet: rare)
                    continue;
                }
                if (holder.isPresent() && !holder.get().isGoneFromThisHost()) {
                    throw new RunLockedException(file, holder.get().describe());
                }
                removeStale(file, holder);
            }
            throw new RunLockedException(file, readHolder(file).map(LockHolder::describe).orElse("holder unknown"));
        } catch (IOException e) {
            throw new ReportWriteException(file, RunFolder.reason(e), e);
        }
    }

    private static Optional<RunLock> tryCreate(Path reportsDir, Path file) throws IOException {
        LockHolder me = LockHolder.current();
        Path mine = reportsDir.resolve(FILE_NAME + "-" + me.pid() + "-" + System.nanoTime());
        try {
            Files.writeString(mine, me.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            try {
                Files.createLink(file, mine);
            } catch (UnsupportedOperationException noHardLinks) {
                Files.copy(mine, file); // fails too when the name exists; not atomic with its content
            }
        } catch (FileAlreadyExistsException taken) {
            return Optional.empty();
        } finally {
            Files.deleteIfExists(mine);
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock osLock = tryOsLock(channel);
        if (osLock == null) { // a checker holds it for a moment: the file is ours all the same
            pause();
            osLock = tryOsLock(channel);
        }
        return Optional.of(new RunLock(file, channel, osLock));
    }

    /** Removes a lock whose holder is gone, while holding its OS lock so no other run does it too. */
    private static void removeStale(Path file, Optional<LockHolder> stale) throws IOException, RunLockedException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock osLock = tryOsLock(channel);
            if (osLock == null) {
                throw new RunLockedException(file, stale.map(LockHolder::describe).orElse("holder unknown")
                        + ", whose file lock is still held");
            }
            try {
                if (readHolder(file).equals(stale)) {
                    Files.delete(file);
                }
            } finally {
                osLock.release();
            }
        } catch (NoSuchFileException goneMeanwhile) {
            // another run removed it first: try to create ours again
        }
    }

    private static FileLock tryOsLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    private static Optional<LockHolder> readHolder(Path file) throws IOException {
        try {
            return LockHolder.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        }
    }

    /** An unreadable lock file older than a few seconds is not one being created. */
    private static boolean isOld(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis() < System.currentTimeMillis() - 5_000;
        } catch (IOException e) {
            return true;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public Path file() {
        return file;
    }

    /** Deletes the lock file, then drops the OS lock. */
    @Override
    public synchronized void close() {
        // Closed once: a stop (RunStop, from a shutdown hook) may release the lock while the run's
        // own try-with-resources later closes it too, and by then the file may be another run's.
        if (closed) {
            return;
        }
        closed = true;
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover lock names a process that is gone: the next run takes it over
        }
        try {
            if (osLock != null) {
                osLock.release();
            }
            channel.close();
        } catch (IOException ignored) {
            // closing a channel we opened; the process ends soon or runs on without it
        }
    }
}
