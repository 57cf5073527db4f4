package dev.riskengine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;

import dev.riskengine.run.Importing;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The options every `import` command shares, and the one way an import's outcome becomes output and an exit code. */
final class ImportOptions {
    @Option(names = "--workbook", paramLabel = "FILE", defaultValue = "inputs/indicators.xlsx",
            description = "Indicator workbook to update (default: ${DEFAULT-VALUE}).")
    Path workbook;

    @Option(names = "--years", paramLabel = "YYYY[-YYYY]",
            description = "Years to fill (default: the years already in the workbook).")
    String years;

    @Option(names = "--overwrite", description = "Replace cells that hold a different value.")
    boolean overwrite;

    @Option(names = "--dry-run", description = "Print what would change (cell, old, new); write nothing.")
    boolean dryRun;

    int importFrom(Path source, Importing.Source from, Set<String> newCodes, CommandSpec spec) {
        Importing.Request request = new Importing.Request(source, workbook, years, overwrite, dryRun, newCodes);
        request.yearsProblem().ifPresent(problem -> {
            throw new CommandLine.ParameterException(spec.commandLine(), problem);
        });
        Importing.Outcome outcome = new Importing().run(from, request);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        outcome.lines().forEach(out::println);
        outcome.failure().ifPresent(failure -> failure.lines().forEach(err::println));
        out.flush();
        err.flush();
        return outcome.failure().map(failure -> FailureHandler.exitCode(failure.kind())).orElse(ExitCodes.OK);
    }
}
