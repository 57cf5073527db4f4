package dev.riskengine.run;

import java.nio.file.Path;
import dev.riskengine.store.RunLock;

/**
 * Ends a run cleanly when the process is told to stop (SIGTERM from systemd, cron's timeout or
 * {@code kill}; Ctrl-C): the JVM then runs its shutdown hooks while the run's thread goes on, and
 * halts as soon as they return. {@link #stop} (from such a hook) closes the gate before the one
 * rename that publishes a run, waits for a rename under way to finish, and releases the lock.
 * A run stopped before its rename publishes nothing (its hidden {@code .incomplete} folder is
 * removed by the next run); earlier runs are never touched, as with any failed run.
 */
public final class RunStop {
    private boolean stopping;
    private boolean publishing;
    private Path published;
    private RunLock lock;

    synchronized void locked(RunLock held) {
        lock = held;
    }

    /**
     * Called just before the rename that publishes the run. Once a stop has begun this never
     * returns: the process halts when the shutdown hook is done, and the run must not publish meanwhile.
     */
    synchronized void beforePublishing() {
        while (stopping) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return; // cannot happen in practice: nothing interrupts the run's thread
            }
        }
        publishing = true;
    }

    synchronized void afterPublishing(Path folder) {
        publishing = false;
        published = folder;
        notifyAll();
    }

    /** Stops the run (see the class comment) and says in one line what it leaves behind. */
    public synchronized String stop() {
        stopping = true;
        while (publishing) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        String lockNote = "";
        if (lock != null) {
            lock.close(); // the kernel would drop the OS lock anyway; this removes the file too
            lockNote = ", lock " + lock.file() + " released";
        }
        return published == null
                ? "stopped before the run was complete: nothing published, earlier reports untouched" + lockNote + "."
                : "stopped after publishing " + published + lockNote + ".";
    }
}
