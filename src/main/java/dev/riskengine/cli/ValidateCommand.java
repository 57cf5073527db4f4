package dev.riskengine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.riskengine.model.Country;
import dev.riskengine.model.DataIssue;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.pipeline.Pipeline;
import dev.riskengine.report.Plural;
import dev.riskengine.report.UnitNoun;
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
        out.printf("%s is valid: %s, years %s, %s in the Dictionary, %s, %d missing, %s.%n",
                input.getFileName(), UnitNoun.of(read.countries().stream().map(Country::getIso3)).count(read.countries().size()),
                read.years(), Plural.of(read.dictionary().size(), "indicator", "indicators"),
                Plural.of(read.indicators().size(), "value", "values"), read.missing().size(),
                Plural.of(read.borders().size() / 2, "border", "borders"));
        out.flush();
        return ExitCodes.OK;
    }
}
