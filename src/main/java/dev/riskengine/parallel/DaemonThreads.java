package dev.riskengine.parallel;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Threads that never keep the engine alive: a failure ends the command without waiting for the
 * work still under way on them.
 */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** @param threadName names the threads in thread dumps and profiles */
    public static ExecutorService pool(String threadName, int threads) {
        return Executors.newFixedThreadPool(threads, runnable -> daemon(runnable, threadName));
    }

    /** Starts {@code work} on a daemon thread of its own. */
    public static void start(Runnable work, String threadName) {
        daemon(work, threadName).start();
    }

    private static Thread daemon(Runnable work, String threadName) {
        Thread thread = new Thread(work, threadName);
        thread.setDaemon(true);
        return thread;
    }
}
