package dev.riskengine.cli;

import picocli.CommandLine;

/**
 * Usage errors (an unknown option, a bad value) are printed by picocli before any command starts,
 * so before {@link InertPrintWriter} is installed; they quote the argument, which may hold a
 * terminal escape. This handler installs the same writers first, and turns picocli's colours off
 * for that message, which the writers would otherwise show as codes.
 */
final class InertUsageErrors implements CommandLine.IParameterExceptionHandler {
    private final CommandLine.IParameterExceptionHandler picocli;

    private InertUsageErrors(CommandLine.IParameterExceptionHandler picocli) {
        this.picocli = picocli;
    }

    /** Routes the usage errors of the command line and all its subcommands through the inert writers. */
    static void install(CommandLine commandLine) {
        commandLine.setParameterExceptionHandler(new InertUsageErrors(commandLine.getParameterExceptionHandler()));
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) throws Exception {
        CommandLine failed = ex.getCommandLine();
        InertPrintWriter.install(failed);
        failed.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        return picocli.handleParseException(ex, args);
    }
}
