package dev.riskengine.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.function.Supplier;

/**
 * What an executor sends back for one batch: the outcomes of its assessed units, or the error the
 * rules raised (a located rule error). The error travels as data rather than as a failed task, so
 * the driver throws the very exception the local engine throws, with its one-line message, instead
 * of Spark's job failure with the executor's stack trace in its message; and a rule error is not
 * retried, as a lost executor would be.
 */
record BatchResult<T>(HashMap<String, T> outcomes, RuntimeException failure) implements Serializable {

    static <T> BatchResult<T> of(Supplier<HashMap<String, T>> run) {
        try {
            return new BatchResult<>(run.get(), null);
        } catch (RuntimeException e) {
            return new BatchResult<>(null, e);
        }
    }

    HashMap<String, T> outcomesOrThrow() {
        if (failure != null) {
            throw failure;
        }
        return outcomes;
    }
}
