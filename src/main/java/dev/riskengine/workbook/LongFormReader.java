package dev.riskengine.workbook;

import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.workbook.layout.SheetLayout;
import dev.riskengine.workbook.layout.WorkbookLayout;
import dev.riskengine.workbook.layout.WorkbookLayout.LongForm;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the long form of an indicator workbook: a folder of tables named after its sheets
 * ({@code countries.csv}, {@code indicators.csv}, {@code borders.csv}, {@code dictionary.csv},
 * optionally {@code sources.csv}; see {@link LongForm}), as Spark users keep data. Each table is
 * walked as a sheet ({@link LongFormSheet}) through the workbook's own readers, so every check of
 * the workbook applies, and every problem is one line placed by file, line and column
 * ({@code indicators.csv:17 (column value)}), all of them reported together.
 */
public final class LongFormReader {
    /** What a refused long-form input is, as the closing line names it ("3 problems in the folder"). */
    private static final String INPUT = "the folder";
    static final String NO_TABLES_EXPECTED = WorkbookOpener.EXPECTED
            + ", or a folder of long-form tables (countries.csv, indicators.csv, borders.csv, dictionary.csv)";

    /** A folder of CSV tables (or Parquet, where the Spark job is on the class path: {@link LongFormTables#of}). */
    public IndicatorWorkbook read(Path folder) throws InvalidWorkbookException {
        ProblemCollector problems = new ProblemCollector(name(folder));
        try {
            return read(folder, LongFormTables.of(folder));
        } catch (IOException e) {
            problems.add("", "a folder that cannot be listed (" + e.getMessage() + ")", "a readable folder of CSV tables");
            throw new InvalidWorkbookException(problems.problems(), INPUT);
        }
    }

    /**
     * The tables of a long-form input, whichever files they come from (the Spark job reads
     * Parquet); {@code source} is the folder they are in, named first in each problem.
     */
    public IndicatorWorkbook read(Path source, LongFormTables tables) throws InvalidWorkbookException {
        ProblemCollector problems = new ProblemCollector(name(source));
        if (tables.byName().isEmpty()) {
            // no table at all: a workbook's path mistyped as a folder's, or the wrong folder; one line says both
            problems.add("", "a directory with no long-form table (files: " + files(tables) + ")",
                    NO_TABLES_EXPECTED);
            throw new InvalidWorkbookException(problems.problems(), INPUT);
        }
        Optional<SheetSource> countriesTable = find(tables, WorkbookLayout.Countries.SHEET, problems);
        Optional<SheetSource> indicatorsTable = find(tables, LongForm.INDICATORS, problems);
        Optional<SheetSource> bordersTable = find(tables, WorkbookLayout.Borders.SHEET, problems);
        Optional<SheetSource> dictionaryTable = find(tables, WorkbookLayout.Dictionary.SHEET, problems);
        IndicatorWorkbook read;
        try {
            read = WorkbookReader.read(source, new WorkbookReader.Sheets(countriesTable, indicatorsTable, bordersTable,
                            dictionaryTable), new LongIndicatorsReader(problems)::read,
                    definitions -> new SourcesSheetReader().read(
                            tables.sources().map(table -> new LongFormSheet(table, problems)), name(source),
                            definitions), problems);
        } catch (LongFormSheet.Unreadable e) {
            problems.add(e.table().place(), e.table().found(),
                    "a table of comma-separated values in UTF-8 (its header on the first line) or, for the Spark job, Parquet");
            throw new InvalidWorkbookException(problems.problems(), INPUT);
        } catch (CellBeyondExcelLimitsException e) {
            problems.add(e.at(), e.found(), e.expected());
            throw new InvalidWorkbookException(problems.problems(), INPUT);
        }
        if (!problems.isEmpty()) {
            throw new InvalidWorkbookException(problems.problems(), INPUT);
        }
        return read;
    }

    private static Optional<SheetSource> find(LongFormTables tables, SheetLayout sheet, ProblemCollector problems) {
        Optional<LongFormTable> table = tables.table(sheet);
        if (table.isEmpty()) {
            String name = LongForm.tableName(sheet) + tables.extension();
            problems.add("", "no " + name + " (files: " + files(tables) + ")", "a table " + name + " with the columns "
                    + sheet.headers().stream().map(header -> header.toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
        return table.map(found -> new LongFormSheet(found, problems));
    }

    private static String files(LongFormTables tables) {
        return tables.folderFiles().isEmpty() ? "none"
                : tables.folderFiles().stream().map(ProblemCollector::quoted).collect(Collectors.joining(", "));
    }

    /** Problems name the folder only: where it lies differs between machines and adds nothing. */
    private static String name(Path source) {
        Path name = source.toAbsolutePath().normalize().getFileName();
        return name == null ? source.toString() : name.toString();
    }
}
