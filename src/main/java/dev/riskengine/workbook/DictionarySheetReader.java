package dev.riskengine.workbook;

import static dev.riskengine.workbook.ProblemCollector.quoted;

import dev.riskengine.model.IndicatorDefinition;
import dev.riskengine.workbook.layout.LayoutColumn;
import dev.riskengine.workbook.layout.WorkbookLayout;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** Reads the Dictionary sheet: one row per indicator code with its unit and valid bounds. */
final class DictionarySheetReader {
    /** Codes become DRL string literals and report keys; one spelling keeps rules and sheets in step. */
    private static final Pattern LOWER_SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(?:_[a-z0-9]+)*");

    private final ProblemCollector problems;

    DictionarySheetReader(ProblemCollector problems) {
        this.problems = problems;
    }

    /** Empty when the codes cannot be read at all, so that Indicators columns are not judged against nothing. */
    Optional<Dictionary> read(SheetSource sheet) {
        Dictionary dictionary = new Dictionary(sheet.reference());
        return new TableWalker(problems).walk(sheet, WorkbookLayout.Dictionary.SHEET,
                (header, row) -> readRow(header, row, dictionary)).map(header -> dictionary);
    }

    private void readRow(HeaderRow header, SheetRow row, Dictionary dictionary) {
        int codeColumn = header.column(WorkbookLayout.Dictionary.CODE).getAsInt();
        CellContent codeCell = row.cell(codeColumn);
        String code = codeCell.text().trim();
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
        String unit = row.optionalText(header.column(WorkbookLayout.Dictionary.UNIT));
        boolean percent = unit != null && unit.equals("%");
        Double min = bound(header, row, WorkbookLayout.Dictionary.MIN, percent);
        Double max = bound(header, row, WorkbookLayout.Dictionary.MAX, percent);
        if (min != null && max != null && min > max) {
            CellLocation maxCell = row.at(header.column(WorkbookLayout.Dictionary.MAX).getAsInt());
            problems.add(maxCell, "a maximum of " + NumberText.plain(max) + " below the minimum of "
                    + NumberText.plain(min), "Max at least Min");
            // The workbook is refused for this one cell; bounds that contradict each other would
            // also refuse every value of the column, burying the cause under one line per row.
            min = null;
            max = null;
        }
        String name = row.optionalText(header.column(WorkbookLayout.Dictionary.NAME));
        String description = row.optionalText(header.column(WorkbookLayout.Dictionary.DESCRIPTION));
        String source = row.optionalText(header.column(WorkbookLayout.Dictionary.SOURCE));
        dictionary.add(new IndicatorDefinition(code, name, unit, min, max, description, source), codeCell.at());
    }

    /** A bound, null when blank (no bound); a % bound may be typed as 100 or formatted as 100 %. */
    private Double bound(HeaderRow header, SheetRow row, LayoutColumn bound, boolean percent) {
        Optional<CellContent> cell = row.optionalCell(header.column(bound));
        if (cell.isEmpty()) {
            return null;
        }
        CellContent content = cell.get();
        OptionalDouble value = content.asNumber(percent);
        if (value.isEmpty()) {
            problems.add(content.at(), content.found(), "a number or a blank cell (no bound)");
            return null;
        }
        return value.getAsDouble();
    }
}
