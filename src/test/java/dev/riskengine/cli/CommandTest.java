package dev.riskengine.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

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
}
