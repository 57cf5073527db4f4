package dev.riskengine.workbook;

import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A cell of a published table (a source workbook that {@code import} reads) read by the same
 * rules as the indicator workbook's cells, so that no figure is imported that the workbook reader
 * would refuse: a formula saved without a result is evaluated, never read as 0; a stored NaN or
 * INF, an empty stored number, a date's serial day number and text Java's parser accepts but a
 * person would not ("5,3", "12f", "NaN") are not numbers.
 *
 * @param kind   what the cell holds
 * @param number the number, for {@link Kind#NUMBER} only
 * @param text   the text of a text cell; for an unreadable cell, what it holds as a reader sees it
 */
public record PublishedCell(Kind kind, OptionalDouble number, String text) {

    public enum Kind {
        BLANK, NUMBER, TEXT,
        /** Excel's #N/A: the source says it has no figure. */
        NOT_AVAILABLE,
        /** An error value, a boolean, a date, a stored NaN/INF or a formula that could not be evaluated. */
        UNREADABLE
    }

    /** Reads the cells of one workbook; create one per workbook (it holds its formula evaluator). */
    public static final class Reader {
        private final CellReader cells;

        public Reader(Workbook workbook) {
            this.cells = new CellReader(workbook);
        }

        public PublishedCell read(Sheet sheet, int row, int column) {
            CellContent content;
            try {
                content = cells.read(sheet, row, column);
            } catch (CellBeyondExcelLimitsException | UnreadableSheetException e) {
                // A damaged style or an over-long text: this cell is unreadable, the table still is.
                return new PublishedCell(Kind.UNREADABLE, OptionalDouble.empty(), e.getMessage());
            }
            if (content instanceof CellContent.Numeric numeric && !numeric.format().isDate()) {
                return new PublishedCell(Kind.NUMBER, OptionalDouble.of(numeric.value()), "");
            }
            if (content instanceof CellContent.Text text) {
                return new PublishedCell(Kind.TEXT, OptionalDouble.empty(), text.text());
            }
            if (content instanceof CellContent.ErrorValue error && error.code().equals("#N/A")) {
                return new PublishedCell(Kind.NOT_AVAILABLE, OptionalDouble.empty(), error.code());
            }
            return content.isBlank() ? new PublishedCell(Kind.BLANK, OptionalDouble.empty(), "")
                    : new PublishedCell(Kind.UNREADABLE, OptionalDouble.empty(), content.found());
        }
    }

    /**
     * A number typed as text as the workbook reader accepts it: digits with an optional minus,
     * decimal point and thousands grouped by commas or no-break or thin spaces; anything else (a decimal comma,
     * exponents, NaN) is no number.
     */
    public static OptionalDouble numberInText(String text) {
        return NumberText.parse(text);
    }
}
