package dev.riskengine.workbook;

import dev.riskengine.logging.LibraryErrors;
import dev.riskengine.model.DataIssue;
import dev.riskengine.model.IndicatorDefinition;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.model.Provenance;
import dev.riskengine.workbook.layout.WorkbookLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads and validates an indicator workbook (sheets Countries, Indicators, Borders, Dictionary;
 * see DESIGN.md, "The workbook"). Every problem of the workbook is collected before failing, so
 * that an analyst fixes them all in one pass rather than one per run.
 */
public final class WorkbookReader {
    private final CellWalk walk;

    /** Streams large .xlsx files, loads others whole ({@link CellWalk#AUTOMATIC}). */
    public WorkbookReader() {
        this(CellWalk.AUTOMATIC);
    }

    public WorkbookReader(CellWalk walk) {
        this.walk = walk;
    }

    /**
     * Reads the workbook, or fails with {@link InvalidWorkbookException} only: every problem found,
     * each one located line (file, sheet!cell) that the CLI prints as it is. A file that is not a
     * workbook, damaged, password-protected, a sheet, row or cell that cannot be read (an
     * {@link UnreadableSheetException} inside), or a part POI logged as damaged and skipped
     * ({@link SkippedParts}) all become such problems. Any other exception is a
     * bug of the reader; WorkbookReaderFuzzTest looks for them. A returned workbook's numbers are
     * all finite. A folder is read as the workbook's long form ({@link LongFormReader}).
     */
    public IndicatorWorkbook read(Path file) throws InvalidWorkbookException {
        if (Files.isDirectory(file)) {
            return new LongFormReader().read(file); // a folder of tables in the long form, as Spark users keep data
        }
        ProblemCollector problems = new ProblemCollector(fileName(file));
        try (LibraryErrors.Capture logged = LibraryErrors.capture()) {
            Optional<WorkbookSource> opened = new WorkbookOpener(problems).open(file, walk);
            if (opened.isEmpty()) {
                throw new InvalidWorkbookException(problems.problems()); // the opener said why; POI's log adds nothing
            }
            IndicatorWorkbook result = null;
            try (WorkbookSource workbook = opened.get()) {
                result = read(file, workbook, problems);
            } catch (UnreadableSheetException e) {
                Optional<String> refused = PartLimits.refusal(e);
                if (refused.isPresent()) {
                    // The whole walk refuses such a file as it opens it: the streamed one says the same, and only that.
                    ProblemCollector fileRefused = new ProblemCollector(fileName(file));
                    fileRefused.add("", refused.get(), PartLimits.EXPECTED);
                    throw new InvalidWorkbookException(fileRefused.problems());
                }
                // POI's parser logged the same damage: one line for it is enough.
                problems.add(e.address(), e.found(), WorkbookOpener.EXPECTED);
                throw new InvalidWorkbookException(problems.problems());
            } catch (CellBeyondExcelLimitsException e) {
                problems.add(e.at(), e.found(), e.expected());
                throw new InvalidWorkbookException(problems.problems());
            }
            new SkippedParts(problems).report(logged);
            if (!problems.isEmpty()) {
                throw new InvalidWorkbookException(problems.problems());
            }
            return result;
        }
    }

    private static IndicatorWorkbook read(Path file, WorkbookSource workbook, ProblemCollector problems) {
        SheetFinder sheets = new SheetFinder(workbook, problems);
        // Look every sheet up first, so missing sheets are reported even when others have errors.
        Optional<SheetSource> countriesSheet = sheets.find(WorkbookLayout.Countries.SHEET.name());
        Optional<SheetSource> indicatorsSheet = sheets.find(WorkbookLayout.Indicators.SHEET.name());
        Optional<SheetSource> bordersSheet = sheets.find(WorkbookLayout.Borders.SHEET.name());
        Optional<SheetSource> dictionarySheet = sheets.find(WorkbookLayout.Dictionary.SHEET.name());
        return read(file, new Sheets(countriesSheet, indicatorsSheet, bordersSheet, dictionarySheet, sheets.warnings()),
                new IndicatorsSheetReader(problems)::read,
                definitions -> new SourcesSheetReader().read(workbook, fileName(file), definitions), problems);
    }

    /**
     * The four sheets a workbook is read from (a long-form folder's tables stand for them); each
     * empty when missing. {@code warnings} are about the sheets themselves (one hidden in the workbook).
     */
    record Sheets(Optional<SheetSource> countries, Optional<SheetSource> indicators, Optional<SheetSource> borders,
                  Optional<SheetSource> dictionary, List<DataIssue> warnings) {
        Sheets(Optional<SheetSource> countries, Optional<SheetSource> indicators, Optional<SheetSource> borders,
               Optional<SheetSource> dictionary) {
            this(countries, indicators, borders, dictionary, List.of());
        }
    }

    /** Reads the indicators in their form: the wide Indicators sheet, or the long-form table. */
    @FunctionalInterface
    interface IndicatorsReader {
        IndicatorsSheetReader.Result read(SheetSource sheet, Optional<CountryRegister> countries,
                                          Optional<Dictionary> dictionary);
    }

    /**
     * The sheets read and checked against each other into a workbook, every problem collected: the
     * one assembly for a workbook and its long form, which differ only in how indicators are laid out.
     */
    static IndicatorWorkbook read(Path source, Sheets sheets, IndicatorsReader indicatorsReader,
                                  Function<List<IndicatorDefinition>, List<Provenance>> provenance,
                                  ProblemCollector problems) {
        Optional<Dictionary> dictionary = sheets.dictionary().flatMap(new DictionarySheetReader(problems)::read);
        Optional<CountryRegister> countries = sheets.countries().flatMap(new CountriesSheetReader(problems)::read);
        IndicatorsSheetReader.Result indicators = sheets.indicators()
                .map(sheet -> indicatorsReader.read(sheet, countries, dictionary))
                .orElse(IndicatorsSheetReader.Result.empty());
        BordersSheetReader.Result borders = sheets.borders()
                .map(sheet -> new BordersSheetReader(problems).read(sheet, countries))
                .orElse(BordersSheetReader.Result.empty());

        List<DataIssue> warnings = new ArrayList<>(sheets.warnings());
        warnings.addAll(countries.map(register -> PlausibilityCheck.populations(register.countries())).orElse(List.of()));
        warnings.addAll(indicators.warnings());
        warnings.addAll(borders.warnings());
        List<IndicatorDefinition> definitions = dictionary.map(Dictionary::definitions).orElse(List.of());
        return new IndicatorWorkbook(source,
                countries.map(CountryRegister::countries).orElse(List.of()),
                definitions,
                List.copyOf(indicators.indicators()),
                List.copyOf(borders.borders()),
                List.copyOf(indicators.missing()),
                List.copyOf(warnings),
                provenance.apply(definitions));
    }

    /** Problems name the file only: the folder differs between machines and adds nothing. */
    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
