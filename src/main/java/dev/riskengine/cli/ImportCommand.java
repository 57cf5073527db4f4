package dev.riskengine.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Fill indicator columns of the workbook from a published source.",
        subcommands = {ImportSipriCommand.class, ImportTableCommand.class},
        footer = {"", "Exit codes: 0 success, 1 invalid input (source, workbook), 5 cannot write the workbook, 64 wrong usage."})
final class ImportCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing source: try 'risk import sipri FILE' or "
                + "'risk import table FILE --mapping MAPPING.yaml'.");
    }
}
