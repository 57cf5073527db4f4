package dev.riskengine.parallel;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waiting for a task that runs on another thread, so that the task's own failure reaches the
 * caller unchanged: its located message (a rule's file, a report's path) is what the user reads.
 */
public final class Awaited {

    private Awaited() {
    }

    /**
     * The task's result. What the task threw is rethrown as it is when it is the caller's checked
     * {@code failure}, an unchecked exception or an Error (e.g. OutOfMemoryError, which the command
     * reports as such); any other checked exception becomes an IllegalStateException.
     *
     * @param waitingFor what the caller waits for, as an interruption says it ("interrupted " + waitingFor)
     */
    public static <T, E extends Exception> T result(Future<T> task, Class<E> failure, String waitingFor) throws E {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted " + waitingFor, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (failure.isInstance(cause)) {
                throw failure.cast(cause);
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
