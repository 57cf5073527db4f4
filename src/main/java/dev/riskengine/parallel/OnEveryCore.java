package dev.riskengine.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Runs independent tasks on every core (rule batches, years, reports) and gives their results in
 * the tasks' order. A failing task's own exception reaches the caller unchanged, so its located
 * message (a rule's file, a report's path) is what the user reads; the first failure in the
 * tasks' order wins. Threads are daemons: a failure ends the command without waiting for the rest.
 */
public final class OnEveryCore {

    /** A task that may throw the caller's checked exception. */
    @FunctionalInterface
    public interface Task<T, E extends Exception> {
        T call() throws E;
    }

    private OnEveryCore() {
    }

    /**
     * @param threadName names the threads in thread dumps and profiles
     * @param failure    the checked exception the tasks may throw, rethrown as it is
     */
    public static <T, E extends Exception> List<T> map(String threadName, List<? extends Task<T, E>> tasks,
                                                       Class<E> failure) throws E {
        ExecutorService pool = DaemonThreads.pool(threadName,
                Math.max(1, Math.min(tasks.size(), Runtime.getRuntime().availableProcessors())));
        try {
            List<Future<T>> pending = new ArrayList<>();
            tasks.forEach(task -> pending.add(pool.submit(task::call)));
            List<T> results = new ArrayList<>();
            for (Future<T> result : pending) {
                results.add(Awaited.result(result, failure, "while waiting for " + threadName + " threads"));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** For tasks that throw no checked exception. */
    public static <T> List<T> map(String threadName, List<? extends Task<T, RuntimeException>> tasks) {
        return map(threadName, tasks, RuntimeException.class);
    }
}
