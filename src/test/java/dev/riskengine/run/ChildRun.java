package dev.riskengine.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** {@code risk assess} in a child JVM on the test classpath, so a test can kill a real process. */
final class ChildRun {
    static final Path SAMPLE = Path.of("inputs/indicators.xlsx").toAbsolutePath();
    static final Path RULES = Path.of("rules").toAbsolutePath();

    private final Process process;
    private final CompletableFuture<String> paused = new CompletableFuture<>();
    private final StringBuffer stderr = new StringBuffer();

    private final Thread reader;

    private ChildRun(Process process) {
        this.process = process;
        reader = new Thread(this::readStderr, "child-stderr");
        reader.setDaemon(true);
        reader.start();
    }

    /** @param pauseAt a {@link PausePoint} name, or null to run straight through */
    static ChildRun assess(Path reports, String pauseAt) throws IOException {
        return start(pauseAt, 60_000, List.of("assess", "--input", SAMPLE.toString(),
                "--rules", RULES.toString(), "--reports", reports.toString()));
    }

    /** {@code risk schedule --once-now} on a weekly cron, its first run pausing at a point for a while. */
    static ChildRun scheduleOnceNow(Path reports, String pauseAt, long pauseMillis) throws IOException {
        return start(pauseAt, pauseMillis, List.of("schedule", "--cron", "0 6 * * MON", "--once-now",
                "--input", SAMPLE.toString(), "--rules", RULES.toString(), "--reports", reports.toString()));
    }

    private static ChildRun start(String pauseAt, long pauseMillis, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))));
        if (pauseAt != null) {
            command.add("-D" + PausePoint.PROPERTY + "=" + pauseAt);
            command.add("-D" + PausePoint.MILLIS_PROPERTY + "=" + pauseMillis);
        }
        command.add("dev.riskengine.cli.RiskCommand");
        command.addAll(arguments);
        return new ChildRun(new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
    }

    /** SIGTERM on Unix: shutdown hooks run, as when systemd or a user stops the scheduler. */
    void terminate() {
        process.destroy();
    }

    /**
     * SIGTERM, still reading what the process prints as it stops: {@link Process#destroy} closes
     * this end of the process's pipes, so its last lines would be lost.
     */
    void terminateAndKeepReading() throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).inheritIO().start().waitFor();
    }

    private void readStderr() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                stderr.append(line).append('\n');
                if (line.startsWith("paused at ")) {
                    paused.complete(line.substring("paused at ".length()));
                }
            }
        } catch (IOException ignored) {
            // the process was killed
        }
    }

    void awaitPause() throws Exception {
        paused.get(60, TimeUnit.SECONDS);
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL on Unix: no shutdown hook, no finally block runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Waits for the process to end and for its last line of stderr to be read. */
    int exitCode() throws InterruptedException {
        process.waitFor(120, TimeUnit.SECONDS);
        reader.join(10_000);
        return process.exitValue();
    }

    String stderr() {
        return stderr.toString();
    }
}
