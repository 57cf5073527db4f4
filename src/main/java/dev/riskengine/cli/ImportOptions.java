package dev.riskengine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import dev.riskengine.importer.ImportException;
import dev.riskengine.importer.ImportReportText;
import dev.riskengine.importer.ImportRequest;
import dev.riskengine.importer.ImportResult;
import dev.riskengine.importer.ImportWriteException;
import dev.riskengine.importer.IndicatorImporter;
import dev.riskengine.importer.SourceReader;
import dev.riskengine.importer.YearRange;
import dev.riskengine.workbook.InvalidWorkbookException;
import dev.riskengine.workbook.WorkbookProblem;
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

    /** Something that gives the source's reader, or fails on its own input (a malformed mapping). */
    interface ReaderSource {
        SourceReader reader() throws ImportException;
    }

    int importFrom(Path source, ReaderSource readers, Set<String> newCodes, CommandSpec spec) {
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
            ImportResult result = new IndicatorImporter().run(readers.reader(),
                    new ImportRequest(source, workbook, range, overwrite, dryRun, newCodes));
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
