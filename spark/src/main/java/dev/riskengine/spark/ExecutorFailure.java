package dev.riskengine.spark;

import org.apache.spark.SparkException;

/**
 * Turns a failed Spark job back into the exception the task threw. Spark reports a task's failure
 * as a {@link SparkException} whose message holds the executor's stack trace; its cause is the
 * exception the rules threw (a located rule error), which the commands already know how to print
 * as one line.
 */
final class ExecutorFailure {
    private ExecutorFailure() {
    }

    static RuntimeException unwrap(RuntimeException failure) {
        Throwable cause = failure;
        while (cause instanceof SparkException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof RuntimeException runtime && !(cause instanceof SparkException) ? runtime : failure;
    }
}
