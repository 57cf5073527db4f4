package dev.riskengine.cli;

import java.time.Duration;

import dev.riskengine.run.HookCommand;
import dev.riskengine.run.Scheduler;
import picocli.CommandLine.Option;

/**
 * The commands {@code schedule} runs when something happened, through the system's shell, with
 * what happened in environment variables (docs/scheduled-runs.md), each bounded by the timeout.
 */
final class ScheduleHooksOptions {
    static final int DEFAULT_TIMEOUT_SECONDS = 60;

    @Option(names = "--on-band-rise", paramLabel = "CMD",
            description = "Command to run (through the shell) after a run in which a band rose; "
                    + "it gets RISK_RUN_FOLDER, RISK_SUMMARY and more in its environment.")
    String onBandRise;

    @Option(names = "--on-failure", paramLabel = "CMD",
            description = "Command to run (through the shell) after a failed run; RISK_SUMMARY holds the error.")
    String onFailure;

    @Option(names = "--hook-timeout", paramLabel = "SECONDS", defaultValue = "" + DEFAULT_TIMEOUT_SECONDS,
            description = "A hook still running after this many seconds is killed and the schedule goes on "
                    + "(default: ${DEFAULT-VALUE}).")
    double hookTimeoutSeconds;

    /** @throws IllegalArgumentException when the timeout is not a positive number of seconds */
    Scheduler.Reactions reactions(boolean failOnBandRise) {
        if (!(hookTimeoutSeconds > 0) || hookTimeoutSeconds > 86_400) {
            throw new IllegalArgumentException("--hook-timeout " + hookTimeoutSeconds
                    + ": expected a number of seconds above 0, at most 86400 (a day)");
        }
        Duration timeout = Duration.ofMillis(Math.round(hookTimeoutSeconds * 1000));
        return new Scheduler.Reactions(hook("on-band-rise", onBandRise, timeout), hook("on-failure", onFailure, timeout),
                failOnBandRise);
    }

    private static HookCommand hook(String name, String commandLine, Duration timeout) {
        return commandLine == null || commandLine.isBlank() ? null : new HookCommand(name, commandLine, timeout);
    }
}
