package dev.riskengine.workbook;

import org.apache.poi.ss.usermodel.FormulaError;

/**
 * How the text an .xlsx stores for a cell ({@code <v>} with its type {@code t}) reads, the one
 * place both walks ({@link CellReader} whole, {@link StreamingSheetHandler} streamed) decide it,
 * so that they cannot disagree on a cell. Excel never writes the odd cases handled here, but
 * scripts do: openpyxl saves a formula with an empty result, pandas and R write NaN or an empty
 * {@code <v/>} for a missing number. None of them may read as a number the cell does not hold.
 */
final class StoredValue {

    private StoredValue() {
    }

    /**
     * A number cell's stored text: blank when empty (a missing value, never 0), {@link
     * CellContent.NotANumber} for NaN, infinities or anything else that is no finite number.
     */
    static CellContent number(CellLocation at, String stored, CellNumberFormat format) {
        String text = stored == null ? "" : stored.trim();
        if (text.isEmpty()) {
            return new CellContent.Blank(at);
        }
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return new CellContent.NotANumber(at, text); // e.g. INF, which Java does not parse
        }
        return Double.isFinite(value) ? new CellContent.Numeric(at, value, format) : new CellContent.NotANumber(at, text);
    }

    /** A number already decoded (.xls cells, evaluated formulas): only a finite one is a number. */
    static CellContent number(CellLocation at, double value, CellNumberFormat format) {
        return Double.isFinite(value) ? new CellContent.Numeric(at, value, format)
                : new CellContent.NotANumber(at, String.valueOf(value));
    }

    /**
     * Whether a formula cell carries a saved result. Excel and LibreOffice always save one; a
     * script may save none or an empty {@code <v>}, which for a number (the default type) is no
     * result at all, while an empty string result ({@code t="str"}) is a formula giving "".
     *
     * @param type   the cell's {@code t} attribute, null when absent
     * @param stored the text of {@code <v>}, null when there is no {@code <v>}
     */
    static boolean formulaHasSavedResult(String type, String stored) {
        if (stored == null) {
            return false;
        }
        return !stored.isBlank() || "str".equals(type) || "inlineStr".equals(type);
    }

    /** A boolean cell stores 1 for TRUE and 0 for FALSE. */
    static boolean bool(String stored) {
        return stored != null && stored.trim().equals("1");
    }

    /** The error as Excel names it (#DIV/0!); an unknown code is shown as stored. */
    static String errorCode(String stored) {
        String text = stored == null ? "" : stored.trim();
        try {
            return FormulaError.forString(text).getString();
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
