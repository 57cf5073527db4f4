package dev.riskengine.cli;

import java.util.List;

import dev.riskengine.pipeline.AssessmentEngine;
import dev.riskengine.report.AddedReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code risk} command line: parses, hands off to one service per command, maps outcomes to exit codes. */
@Command(name = "risk",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = "dev.riskengine.cli.OptionTexts",
        description = "Country Risk Engine: explainable risk scores from an indicator workbook and Drools rules.",
        subcommands = {AssessCommand.class, ValidateCommand.class, RulesCommand.class, ExplainCommand.class,
                ImportCommand.class, ScheduleCommand.class, VerifyCommand.class, GenerateCommand.class,
                TemplateCommand.class, WatchCommand.class, BacktestCommand.class, SensitivityCommand.class, ExportCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 invalid workbook, 2 rules do not compile or failed, "
                + "3 rule tests failed, 4 another run holds the lock, 5 cannot write reports, 6 a band rose (--fail-on-band-rise), "
                + "64 wrong usage, 70 internal error (please report it), "
                + "143 assess stopped by SIGTERM (130 Ctrl-C): nothing published."})
public final class RiskCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'risk assess' or 'risk --help'.");
    }

    public static CommandLine commandLine() {
        return commandLine(CommandLine.defaultFactory());
    }

    /**
     * The commands evaluating the rules with this engine instead of Drools in this JVM: the entry
     * point of a driver that brings its own (the Spark job, docs/spark.md).
     */
    public static CommandLine commandLine(AssessmentEngine engine) {
        return commandLine(engine, List.of());
    }

    /** As {@link #commandLine(AssessmentEngine)}, {@code assess} adding these reports to its run folder. */
    public static CommandLine commandLine(AssessmentEngine engine, List<AddedReport> addedReports) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        return commandLine(new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == RuleCacheOption.class) {
                    return type.cast(new RuleCacheOption(engine));
                }
                return type == AssessCommand.class ? type.cast(new AssessCommand(addedReports)) : defaults.create(type);
            }
        });
    }

    private static CommandLine commandLine(CommandLine.IFactory factory) {
        CommandLine commandLine = new CommandLine(new RiskCommand(), factory)
                .setExecutionExceptionHandler(new FailureHandler())
                .setCaseInsensitiveEnumValuesAllowed(true);
        useUsageExitCode(commandLine);
        WholeWordHelp.install(commandLine);
        InertUsageErrors.install(commandLine);
        // as the command starts, so that writers set after this (tests capture output) are wrapped too
        commandLine.setExecutionStrategy(parseResult -> {
            Integer help = CommandLine.executeHelpRequest(parseResult);
            if (help != null) {
                return help; // picocli's own text, which may colour itself on a terminal
            }
            InertPrintWriter.install(parseResult.commandSpec().commandLine());
            return new CommandLine.RunLast().execute(parseResult);
        });
        return commandLine;
    }

    /** picocli answers a usage error with 2 by default, which our users read as "rules failed". */
    private static void useUsageExitCode(CommandLine commandLine) {
        commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
        commandLine.getSubcommands().values().forEach(RiskCommand::useUsageExitCode);
    }

    public static void main(String[] args) {
        ExitGuard.install();

        int exitCode;
        try {
            exitCode = commandLine().execute(args);
        } catch (OutOfMemoryError tooBig) {
            // picocli hands Errors through; a run folder is only published when complete, so nothing is half-written
            System.err.println("out of memory (" + tooBig.getMessage() + "): nothing more was written; "
                    + "give the engine more heap, e.g. RISK_JAVA_OPTS=-Xmx4g ./risk ...");
            exitCode = ExitCodes.INTERNAL_ERROR;
        }
        ExitGuard.exit(exitCode);
    }
}
