package dev.riskengine.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.riskengine.importer.ImportException;
import dev.riskengine.importer.ImportReportText;
import dev.riskengine.importer.ImportRequest;
import dev.riskengine.importer.ImportResult;
import dev.riskengine.importer.ImportWriteException;
import dev.riskengine.importer.IndicatorImporter;
import dev.riskengine.importer.MappingFile;
import dev.riskengine.importer.SourceReader;
import dev.riskengine.importer.TableReader;
import dev.riskengine.importer.YearRange;
import dev.riskengine.workbook.InvalidWorkbookException;
import dev.riskengine.workbook.WorkbookProblem;

/**
 * {@code import sipri} and {@code import table}: a published table's figures into the indicator
 * workbook, and the outcome as the user reads it: the changes made (or, with a dry run, that
 * would be made), or the located lines of what stopped the import and its kind.
 */
public final class Importing {

    /** Where the figures come from: a reader of the source, or its own failure (a malformed mapping). */
    public interface Source {
        SourceReader reader() throws ImportException;
    }

    /** The SIPRI Military Expenditure Database workbook, read by the shipped mapping. */
    public static Source sipri() {
        return TableReader::sipri;
    }

    /** Any table, read as a mapping file describes it. */
    public static Source mapping(Path mappingFile) {
        return () -> new TableReader(MappingFile.read(mappingFile));
    }

    /**
     * What an import was asked for, {@code years} as typed ({@code 2014} or {@code 2014-2016}; null
     * for the years already in the workbook).
     */
    public record Request(Path source, Path workbook, String years, boolean overwrite, boolean dryRun,
                          Set<String> newCodes) {
        /** Why {@code years} cannot be read, if it cannot: a usage error, said before anything is read. */
        public Optional<String> yearsProblem() {
            return years == null || YearRange.parse(years).isPresent() ? Optional.empty()
                    : Optional.of("--years: expected a year or a range such as 2014-2016, found '" + years + "'");
        }
    }

    /** The lines of what changed, or the failure that stopped the import (nothing was written then). */
    public record Outcome(List<String> lines, Optional<Failure> failure) { }

    public Outcome run(Source source, Request request) {
        String workbookName = String.valueOf(request.workbook().getFileName());
        try {
            ImportResult result = new IndicatorImporter().run(source.reader(), new ImportRequest(request.source(),
                    request.workbook(), request.years() == null ? Optional.empty() : YearRange.parse(request.years()),
                    request.overwrite(), request.dryRun(), request.newCodes()));
            return new Outcome(new ImportReportText().lines(result, workbookName, request.dryRun()), Optional.empty());
        } catch (ImportException e) {
            return failed(Failure.Kind.INVALID_INPUT, e.lines());
        } catch (InvalidWorkbookException e) {
            List<String> lines = new ArrayList<>(e.problems().stream().map(WorkbookProblem::message).toList());
            lines.add(workbookName + ": invalid workbook: nothing imported.");
            return failed(Failure.Kind.INVALID_INPUT, lines);
        } catch (ImportWriteException e) {
            return failed(Failure.Kind.CANNOT_WRITE_REPORTS, List.of(String.valueOf(e.getMessage())));
        }
    }

    private static Outcome failed(Failure.Kind kind, List<String> lines) {
        return new Outcome(List.of(), Optional.of(new Failure(kind, lines)));
    }
}
