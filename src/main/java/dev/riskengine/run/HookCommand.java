package dev.riskengine.run;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An operator's command run by the scheduler when something happened (a band rose, a run failed),
 * through the system's shell so it may be a whole command line ({@code mail -s ... ops < file}).
 * It gets what happened in environment variables, shares the scheduler's console, and is bounded in
 * time: one that outlives its timeout is killed with everything it started, so a hung mail server
 * cannot stop the schedule.
 */
public final class HookCommand {
    private final String name;
    private final String commandLine;
    private final Duration timeout;

    /** @param name how the log names it, e.g. "on-band-rise" */
    public HookCommand(String name, String commandLine, Duration timeout) {
        this.name = name;
        this.commandLine = commandLine;
        this.timeout = timeout;
    }

    /** Runs the command to its end or its timeout; returns the log line saying how it ended. */
    String run(Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(shell(commandLine))
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return "hook " + name + " could not start: " + e.getMessage();
        }
        try {
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return "hook " + name + " exited " + process.exitValue();
            }
            kill(process);
            return "hook " + name + " killed after its timeout of " + seconds(timeout) + " s";
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            return "hook " + name + " killed: the scheduler was stopped";
        }
    }

    private static void kill(Process process) {
        // the shell's children too: killing only the shell would leave a hung command running
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                // killed with SIGKILL: it goes; the log says it was killed
            }
        }
    }

    private static List<String> shell(String commandLine) {
        return windows() ? List.of("cmd.exe", "/c", commandLine) : List.of("/bin/sh", "-c", commandLine);
    }

    private static File nullDevice() {
        return new File(windows() ? "NUL" : "/dev/null");
    }

    private static boolean windows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? String.valueOf(duration.toSeconds())
                : String.valueOf(duration.toMillis() / 1000.0);
    }

    @Override
    public String toString() {
        return name + " " + commandLine;
    }
}
