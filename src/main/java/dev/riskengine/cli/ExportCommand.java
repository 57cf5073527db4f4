package dev.riskengine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.riskengine.pipeline.Pipeline;
import dev.riskengine.report.Plural;
import dev.riskengine.run.LongFormExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the workbook's data in another form.",
                "--long-form: a folder of CSV tables, one row per unit, year and indicator (iso3, year, code, value, "
                        + "low, high), as Spark reads them; --input FOLDER reads it back."},
        footer = {"", "Exit codes: 0 written, 1 invalid workbook, 5 the folder holds files (without --force) or cannot be "
                + "written, 64 wrong usage."})
final class ExportCommand implements Callable<Integer> {
    @Mixin InputOption workbook;

    @Option(names = "--long-form", required = true,
            description = "Write countries.csv, indicators.csv (long form), borders.csv, dictionary.csv and sources.csv.")
    boolean longForm;

    @Option(names = "--out", paramLabel = "FOLDER", required = true, description = "The folder to write the tables into.")
    Path out;

    @Mixin ForceOption replace;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!replace.force && LongFormExport.holdsFiles(out)) {
            err.println(ForceOption.refusal(out));
            err.flush();
            return ExitCodes.CANNOT_WRITE_REPORTS;
        }
        LongFormExport.Exported exported;
        try {
            exported = new LongFormExport(new Pipeline()).export(workbook.input, out);
        } catch (IOException e) {
            err.println(out + ": cannot be written (" + e.getMessage() + ")");
            err.flush();
            return ExitCodes.CANNOT_WRITE_REPORTS;
        }
        PrintWriter printed = spec.commandLine().getOut();
        printed.printf(Locale.ROOT, "Wrote %s: %s (%,d %s, %s, %,d indicator %s).%n", out,
                String.join(", ", exported.files()), exported.units(), exported.units() == 1 ? "unit" : "units",
                Plural.of(exported.years(), "year", "years"), exported.indicatorRows(),
                exported.indicatorRows() == 1 ? "row" : "rows");
        printed.println("Assess it with: ./risk assess --input " + out);
        printed.flush();
        return ExitCodes.OK;
    }
}
