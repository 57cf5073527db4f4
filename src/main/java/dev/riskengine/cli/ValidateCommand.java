package dev.riskengine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.riskengine.model.DataIssue;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Read and check the workbook only: every problem with its cell, no rules, no reports.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin InputOption workbook;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path input = workbook.input;
        IndicatorWorkbook read = new Pipeline().read(input);
        PrintWriter out = spec.commandLine().getOut();
        for (DataIssue warning : read.warnings()) {
            out.println("warning: " + input.getFileName() + ": " + warning.address() + ": " + warning.message());
        }
        out.printf("%s is valid: %d countries, years %s, %d indicators in the Dictionary, %d values, "
                        + "%d missing, %d borders.%n",
                input.getFileName(), read.countries().size(), read.years(), read.dictionary().size(),
                read.indicators().size(), read.missing().size(), read.borders().size() / 2);
        out.flush();
        return ExitCodes.OK;
    }
}
