package dev.riskengine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import picocli.CommandLine;

/** What the command tests share: running `risk` in process and keeping what it printed. */
abstract class CommandTest {
    protected final StringWriter out = new StringWriter();
    protected final StringWriter err = new StringWriter();

    /** Runs the command line as `./risk ARGS...` would; output adds to {@link #out} and {@link #err}. */
    protected int risk(String... args) {
        CommandLine cmd = RiskCommand.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    /**
     * A run's scores.json without what is about the run rather than the result: "run" and
     * "comparison" (the last field). Two runs of the same inputs and rules give the same.
     */
    static String scoresWithoutRun(Path run) throws IOException {
        String text = Files.readString(run.resolve("scores.json"));
        return text.substring(0, text.indexOf("\"run\"")) + text.substring(text.indexOf("\"year\""), text.indexOf("\"comparison\""));
    }

    /** A copy of the shipped rules in {@code temp/rules}, with one more file. */
    protected static Path shippedRulesWith(Path temp, String name, String drl) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("rules"));
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        Files.writeString(dir.resolve(name), drl);
        return dir;
    }
}
