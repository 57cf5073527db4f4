package dev.riskengine.store;

/** {@code --compare-to RUN} or {@code --run RUN} names no complete run folder (or one that cannot serve). */
public final class UnknownRunException extends Exception {
    public UnknownRunException(String run, String why) {
        this("--compare-to", run, why);
    }

    /** @param option the option that named the run, so the message names what the user typed */
    public UnknownRunException(String option, String run, String why) {
        super(option + " " + run + ": " + why);
    }

    /** The same problem said of another option. */
    public UnknownRunException as(String option, String run) {
        String message = getMessage();
        return new UnknownRunException(option, run, message.substring(message.indexOf(": ") + 2));
    }
}
