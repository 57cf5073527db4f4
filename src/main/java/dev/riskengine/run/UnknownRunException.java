package dev.riskengine.run;

/** {@code --compare-to RUN} names no complete run folder. */
public final class UnknownRunException extends Exception {
    public UnknownRunException(String run, String why) {
        super("--compare-to " + run + ": " + why);
    }
}
