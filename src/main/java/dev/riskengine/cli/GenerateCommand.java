package dev.riskengine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.riskengine.generate.GenerateRequest;
import dev.riskengine.generate.WorkbookGenerator;
import dev.riskengine.report.Plural;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a synthetic workbook of sub-national grid units for tests and benchmarks.",
                "Units sit on a grid with up to 8 neighbours each; every default indicator is filled, "
                        + "a share of cells as ranges and a share blank. The same seed gives the same file."},
        footer = {"", "Exit codes: 0 written, 5 the file exists (without --force) or cannot be written, 64 wrong usage."})
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--units", paramLabel = "N", required = true, description = "Number of units (grid cells).")
    int units;

    @Option(names = "--years", paramLabel = "Y", defaultValue = "1",
            description = "Number of years, ending with --last-year (default: ${DEFAULT-VALUE}).")
    int years;

    @Option(names = "--last-year", paramLabel = "YYYY", defaultValue = "2024",
            description = "The latest year (default: ${DEFAULT-VALUE}).")
    int lastYear;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The workbook to write (.xlsx).")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--ranges", paramLabel = "SHARE", defaultValue = "0.2",
            description = "Share of the count and spending cells written as a range such as 1,200-1,500 "
                    + "(default: ${DEFAULT-VALUE}).")
    double ranges;

    @Option(names = "--blanks", paramLabel = "SHARE", defaultValue = "0.05",
            description = "Share of indicator cells left blank (default: ${DEFAULT-VALUE}).")
    double blanks;

    @Mixin ForceOption replace;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        GenerateRequest request;
        try {
            request = new GenerateRequest(units, years, lastYear, seed, ranges, blanks, out);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(out) && !replace.force) {
            // as `template` says it: an existing file is a file that cannot be written, not a usage error
            err.println(ForceOption.refusal(out));
            err.flush();
            return ExitCodes.CANNOT_WRITE_REPORTS;
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            WorkbookGenerator.Generated generated = new WorkbookGenerator().generate(request);
            out.printf(Locale.ROOT, "Wrote %s: %,d units, %s, %,d borders, %,d bytes (seed %d).%n",
                    generated.file(), generated.units(), Plural.of(generated.years(), "year", "years"), generated.borders(),
                    generated.bytes(), seed);
            out.flush();
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println(this.out + ": could not write the workbook: " + e.getMessage());
            err.flush();
            return ExitCodes.CANNOT_WRITE_REPORTS;
        }
    }
}
