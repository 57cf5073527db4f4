package dev.riskengine.workbook;

import static dev.riskengine.workbook.ProblemCollector.quoted;

import dev.riskengine.model.IndicatorDefinition;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;

/** Reads the Dictionary sheet: one row per indicator code with its unit and valid bounds. */
final class DictionarySheetReader {
    static final String SHEET = "Dictionary";
    private static final List<String> HEADERS = List.of("Code", "Name", "Unit", "Min", "Max", "Description", "Source");
    /** Codes become DRL string literals and report keys; one spelling keeps rules and sheets in step. */
    private static final Pattern LOWER_SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(?:_[a-z0-9]+)*");

    private final CellReader cells;
    private final HeaderLocator headers;
    private final ProblemCollector problems;

    DictionarySheetReader(CellReader cells, ProblemCollector problems) {
        this.cells = cells;
        this.headers = new HeaderLocator(cells, problems);
        this.problems = problems;
    }

    /** Empty when the codes cannot be read at all, so that Indicators columns are not judged against nothing. */
    Optional<Dictionary> read(Sheet sheet) {
        Optional<HeaderRow> header = headers.locate(sheet, HEADERS, List.of());
        if (header.isEmpty() || !header.get().has("Code")) {
            return Optional.empty();
        }
        Dictionary dictionary = new Dictionary();
        SheetRows rows = new SheetRows(cells, sheet, header.get());
        for (int row : rows.dataRows()) {
            readRow(sheet, header.get(), row, dictionary);
        }
        return Optional.of(dictionary);
    }

    private void readRow(Sheet sheet, HeaderRow header, int row, Dictionary dictionary) {
        int codeColumn = header.column("Code").getAsInt();
        CellContent codeCell = cells.read(sheet, row, codeColumn);
        String code = cells.text(sheet, row, codeColumn).trim();
        if (!LOWER_SNAKE_CASE.matcher(code).matches()) {
            problems.add(codeCell.at(), codeCell.isBlank() ? codeCell.found() : quoted(code),
                    "an indicator code in lower_snake_case, such as returning_fighters");
            return;
        }
        if (dictionary.defines(code)) {
            problems.add(codeCell.at(), quoted(code) + " a second time (first at " + dictionary.codeCell(code) + ")",
                    "each indicator code once");
            return;
        }
        String unit = cells.optionalText(sheet, row, header.column("Unit"));
        boolean percent = unit != null && unit.equals("%");
        Double min = bound(sheet, header, row, "Min", percent);
        Double max = bound(sheet, header, row, "Max", percent);
        if (min != null && max != null && min > max) {
            CellLocation maxCell = new CellLocation(sheet.getSheetName(), row, header.column("Max").getAsInt());
            problems.add(maxCell, "a maximum of " + NumberText.plain(max) + " below the minimum of "
                    + NumberText.plain(min), "Max at least Min");
        }
        String name = cells.optionalText(sheet, row, header.column("Name"));
        String description = cells.optionalText(sheet, row, header.column("Description"));
        String source = cells.optionalText(sheet, row, header.column("Source"));
        dictionary.add(new IndicatorDefinition(code, name, unit, min, max, description, source), codeCell.at());
    }

    /** A bound, null when blank (no bound); a % bound may be typed as 100 or formatted as 100 %. */
    private Double bound(Sheet sheet, HeaderRow header, int row, String name, boolean percent) {
        OptionalInt column = header.column(name);
        if (column.isEmpty()) {
            return null;
        }
        CellContent content = cells.read(sheet, row, column.getAsInt());
        if (content.isBlank()) {
            return null;
        }
        OptionalDouble value = content.asNumber(percent);
        if (value.isEmpty()) {
            problems.add(content.at(), content.found(), "a number or a blank cell (no bound)");
            return null;
        }
        return value.getAsDouble();
    }
}
