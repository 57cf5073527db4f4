package dev.riskengine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.riskengine.template.TemplateWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Write a blank indicator workbook: Instructions, Countries, Indicators, Borders and the "
                + "default Dictionary, a note on every header, and data validation on the numeric columns."},
        footer = {"", "Exit codes: 0 written, 5 the file exists (without --force) or cannot be written, 64 wrong usage."})
final class TemplateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..1", defaultValue = "indicators-template.xlsx",
            description = "The workbook to write (default: ${DEFAULT-VALUE}).")
    Path file;

    @Mixin ForceOption replace;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            new TemplateWorkbook().write(file, replace.force);
            out.println("Wrote " + file + ": fill in Countries and Indicators, then run: ./risk validate --input " + file);
            return ExitCodes.OK;
        } catch (FileAlreadyExistsException e) {
            err.println(ForceOption.refusal(file));
            return ExitCodes.CANNOT_WRITE_REPORTS;
        } catch (IOException e) {
            err.println(file + ": cannot be written (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            return ExitCodes.CANNOT_WRITE_REPORTS;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
