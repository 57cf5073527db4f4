package dev.riskengine.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

import dev.riskengine.report.ShownText;
import picocli.CommandLine;

/**
 * The console writers of every command: whatever a command prints (country names, codes, sheet
 * names, problems quoting cells, rule text) reaches the terminal with its control characters
 * shown as codes ({@link ShownText#inert}), so a workbook cannot colour, move or hide what the
 * analyst reads. Installed as a command starts, over whatever writers were set, so tests that
 * capture the output see what a terminal would.
 */
final class InertPrintWriter extends PrintWriter {

    private InertPrintWriter(Writer out) {
        super(new Inert(out), true);
    }

    /** Wraps the out and err writers of the command line and all its subcommands, once. */
    static void install(CommandLine commandLine) {
        if (!(commandLine.getOut() instanceof InertPrintWriter)) {
            commandLine.setOut(new InertPrintWriter(commandLine.getOut()));
        }
        if (!(commandLine.getErr() instanceof InertPrintWriter)) {
            commandLine.setErr(new InertPrintWriter(commandLine.getErr()));
        }
    }

    private static final class Inert extends FilterWriter {
        Inert(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            out.write(ShownText.inert(String.valueOf((char) c)));
        }

        @Override
        public void write(char[] text, int offset, int length) throws IOException {
            out.write(ShownText.inert(new String(text, offset, length)));
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            out.write(ShownText.inert(text.substring(offset, offset + length)));
        }
    }
}
