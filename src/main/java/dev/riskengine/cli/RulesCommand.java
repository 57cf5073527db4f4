package dev.riskengine.cli;

import picocli.CommandLine.Command;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Work on the rules in rules/ without assessing.",
        subcommands = {RulesCheckCommand.class, RulesTestCommand.class})
final class RulesCommand implements Runnable {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'risk rules check' or 'risk rules test'.");
    }
}
