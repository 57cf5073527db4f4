package dev.riskengine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.riskengine.importer.ImportException;
import dev.riskengine.importer.ImportRequest;
import dev.riskengine.importer.ImportResult;
import dev.riskengine.importer.ImportReportText;
import dev.riskengine.importer.ImportWriteException;
import dev.riskengine.importer.IndicatorImporter;
import dev.riskengine.importer.SipriReader;
import dev.riskengine.importer.YearRange;
import dev.riskengine.workbook.InvalidWorkbookException;
import dev.riskengine.workbook.WorkbookProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sipri", mixinStandardHelpOptions = true,
        description = {"Fill military_spending_usd_m and military_spending_pct_gdp from the SIPRI Military "
                + "Expenditure Database workbook, for the countries of the Countries sheet.",
                "A cell holding a different value is a conflict: listed and left alone unless --overwrite. "
                        + "A backup of the workbook is written next to it before any change."})
final class ImportSipriCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The SIPRI workbook (e.g. SIPRI-Milex-data-1949-2025.xlsx).")
    Path source;

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

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        Optional<YearRange> range = Optional.empty();
        if (years != null) {
            range = YearRange.parse(years);
            if (range.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--years: expected a year or a range such as 2014-2016, found '" + years + "'");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            ImportResult result = new IndicatorImporter().run(new SipriReader()::read,
                    new ImportRequest(source, workbook, range, overwrite, dryRun));
            new ImportReportText().lines(result, String.valueOf(workbook.getFileName()), dryRun).forEach(out::println);
            return ExitCodes.OK;
        } catch (ImportException e) {
            e.lines().forEach(err::println);
            return ExitCodes.INVALID_INPUT;
        } catch (InvalidWorkbookException e) {
            e.problems().stream().map(WorkbookProblem::message).forEach(err::println);
            err.println(workbook.getFileName() + ": invalid workbook: nothing imported.");
            return ExitCodes.INVALID_INPUT;
        } catch (ImportWriteException e) {
            err.println(e.getMessage());
            return ExitCodes.CANNOT_WRITE_REPORTS;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
