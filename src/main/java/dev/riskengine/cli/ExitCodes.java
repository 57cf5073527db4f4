package dev.riskengine.cli;

/** The exit codes of every command, as documented in the README; schedulers act on them. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INVALID_INPUT = 1;
    public static final int RULES_FAILED = 2;
    public static final int RULE_TESTS_FAILED = 3;
    public static final int LOCKED = 4;
    public static final int CANNOT_WRITE_REPORTS = 5;
    public static final int BAND_ROSE = 6;
    /** Wrong options or arguments on the command line (picocli's usage errors). */
    public static final int USAGE = 64;
    /** A bug in the engine, not in the user's input: the message names the exception. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() { }
}
