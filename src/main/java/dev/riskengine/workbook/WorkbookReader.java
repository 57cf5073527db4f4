package dev.riskengine.workbook;

import dev.riskengine.model.DataIssue;
import dev.riskengine.model.IndicatorDefinition;
import dev.riskengine.model.IndicatorWorkbook;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads and validates an indicator workbook (sheets Countries, Indicators, Borders, Dictionary;
 * see DESIGN.md, "The workbook"). Every problem of the workbook is collected before failing, so
 * that an analyst fixes them all in one pass rather than one per run.
 */
public final class WorkbookReader {

    public IndicatorWorkbook read(Path file) throws InvalidWorkbookException {
        ProblemCollector problems = new ProblemCollector(fileName(file));
        Optional<Workbook> opened = new WorkbookOpener(problems).open(file);
        if (opened.isEmpty()) {
            throw new InvalidWorkbookException(problems.problems());
        }
        IndicatorWorkbook result;
        try {
            result = read(file, opened.get(), problems);
        } finally {
            close(opened.get());
        }
        if (!problems.isEmpty()) {
            throw new InvalidWorkbookException(problems.problems());
        }
        return result;
    }

    private static void close(Workbook workbook) {
        try {
            workbook.close();
        } catch (IOException e) {
            // Opened read-only, so closing writes nothing: a failure here loses no data and changes no result.
        }
    }

    private static IndicatorWorkbook read(Path file, Workbook workbook, ProblemCollector problems) {
        SheetFinder sheets = new SheetFinder(workbook, problems);
        CellReader cells = new CellReader(workbook);
        // Look every sheet up first, so missing sheets are reported even when others have errors.
        Optional<Sheet> countriesSheet = sheets.find(CountriesSheetReader.SHEET);
        Optional<Sheet> indicatorsSheet = sheets.find(IndicatorsSheetReader.SHEET);
        Optional<Sheet> bordersSheet = sheets.find(BordersSheetReader.SHEET);
        Optional<Sheet> dictionarySheet = sheets.find(DictionarySheetReader.SHEET);

        Optional<Dictionary> dictionary = dictionarySheet.flatMap(new DictionarySheetReader(cells, problems)::read);
        Optional<CountryRegister> countries = countriesSheet.flatMap(new CountriesSheetReader(cells, problems)::read);
        IndicatorsSheetReader.Result indicators = indicatorsSheet
                .map(sheet -> new IndicatorsSheetReader(cells, problems).read(sheet, countries, dictionary))
                .orElse(IndicatorsSheetReader.Result.empty());
        BordersSheetReader.Result borders = bordersSheet
                .map(sheet -> new BordersSheetReader(cells, problems).read(sheet, countries))
                .orElse(BordersSheetReader.Result.empty());

        List<DataIssue> warnings = new ArrayList<>(indicators.warnings());
        warnings.addAll(borders.warnings());
        List<IndicatorDefinition> definitions = dictionary.map(Dictionary::definitions).orElse(List.of());
        return new IndicatorWorkbook(file,
                countries.map(CountryRegister::countries).orElse(List.of()),
                definitions,
                List.copyOf(indicators.indicators()),
                List.copyOf(borders.borders()),
                List.copyOf(indicators.missing()),
                List.copyOf(warnings),
                new SourcesSheetReader(cells).read(workbook, fileName(file), definitions));
    }

    /** Problems name the file only: the folder differs between machines and adds nothing. */
    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
