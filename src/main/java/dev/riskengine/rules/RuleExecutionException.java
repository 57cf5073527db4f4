package dev.riskengine.rules;

/** A rule failed while running: it threw, kept firing without end, or produced inconsistent results. */
public final class RuleExecutionException extends RuntimeException {
    public RuleExecutionException(String message) {
        super(message);
    }

    public RuleExecutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
