package dev.riskengine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.riskengine.model.DataIssue;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.workbook.WorkbookReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Read and check the workbook only: every problem with its cell, no rules, no reports.")
final class ValidateCommand implements Callable<Integer> {
    @Option(names = "--input", paramLabel = "FILE", defaultValue = "inputs/indicators.xlsx",
            description = "Indicator workbook (default: ${DEFAULT-VALUE}).")
    Path input;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        IndicatorWorkbook workbook = new WorkbookReader().read(input);
        PrintWriter out = spec.commandLine().getOut();
        for (DataIssue warning : workbook.warnings()) {
            out.println("warning: " + input.getFileName() + ": " + warning.address() + ": " + warning.message());
        }
        out.printf("%s is valid: %d countries, years %s, %d indicators in the Dictionary, %d values, "
                        + "%d missing, %d borders.%n",
                input.getFileName(), workbook.countries().size(), workbook.years(), workbook.dictionary().size(),
                workbook.indicators().size(), workbook.missing().size(), workbook.borders().size() / 2);
        out.flush();
        return ExitCodes.OK;
    }
}
