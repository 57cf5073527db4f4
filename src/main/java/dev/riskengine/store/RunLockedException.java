package dev.riskengine.store;

import java.nio.file.Path;

/** Another run holds the reports directory's lock; the message names it (pid, host, start time). */
public final class RunLockedException extends Exception {
    public RunLockedException(Path lockFile, String holder) {
        super(lockFile + ": another run holds the lock (" + holder + "); nothing written."
                + " If that run is gone, delete " + lockFile + ".");
    }
}
