package dev.riskengine.workbook;

import java.util.Set;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.model.SharedStrings;

/**
 * How the text an .xlsx stores for a cell ({@code <v>} with its type {@code t}) reads, the one
 * place both walks ({@link CellReader} whole, {@link StreamingSheetHandler} streamed) decide it,
 * so that they cannot disagree on a cell. Excel never writes the odd cases handled here, but
 * scripts do: openpyxl saves a formula with an empty result, pandas and R write NaN or an empty
 * {@code <v/>} for a missing number. None of them may read as a number the cell does not hold.
 */
final class StoredValue {
    /** The cell types of SpreadsheetML ({@code t}); anything else is a damaged cell. */
    private static final Set<String> CELL_TYPES = Set.of("n", "s", "str", "inlineStr", "b", "e", "d");

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

    /**
     * The text of shared string number {@code stored} ({@code <c t="s"><v>7</v></c>}). An index
     * that is empty, no number or past the strings is a damaged cell: POI's usermodel would log a
     * stack trace and read it as no text at all (a country named "null").
     */
    static String sharedString(CellLocation at, String stored, SharedStrings strings) {
        String text = stored == null ? "" : stored.trim();
        int index;
        try {
            index = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw UnreadableSheetException.atCell(at, "shared string index \"" + text + "\" is not a whole number");
        }
        try {
            // The table's count attributes may be damaged too: only the strings it holds count.
            return strings.getItemAt(index).getString();
        } catch (RuntimeException e) {
            // IndexOutOfBoundsException whole; streamed, an IllegalStateException listing every string.
            throw UnreadableSheetException.atCell(at, "shared string index " + index + " is not in the workbook's shared strings");
        }
    }

    /** A cell's style number ({@code s}); one that is no whole number is a damaged cell. */
    static int styleIndex(CellLocation at, String stored) {
        try {
            return Integer.parseInt(stored.trim());
        } catch (NumberFormatException e) {
            throw UnreadableSheetException.atCell(at, "style index \"" + stored + "\" is not a whole number");
        }
    }

    /** A style that cannot be looked up in the workbook's styles (they are damaged). */
    static UnreadableSheetException damagedStyle(CellLocation at, String style, RuntimeException e) {
        return UnreadableSheetException.atCell(at, style + " cannot be read (" + UnreadableSheetException.firstLine(e) + ")");
    }

    /**
     * A row's index from its stored number ({@code <row r="7">}): a damaged one (found by
     * fuzzing: r="1e400", r="abc", r="2147483648", which made the whole walk count to 2^31) makes
     * the sheet unreadable.
     */
    static int rowIndex(String sheet, String stored) {
        long number;
        try {
            number = Long.parseLong(stored.trim());
        } catch (NumberFormatException e) {
            throw UnreadableSheetException.inSheet(sheet, "row number \"" + stored + "\" is not a whole number");
        }
        if (number < 1 || number > Integer.MAX_VALUE) {
            throw UnreadableSheetException.inSheet(sheet, "row number " + number + " is not between 1 and "
                    + CellBeyondExcelLimitsException.ROWS);
        }
        int index = (int) number - 1;
        CellBeyondExcelLimitsException.checkPlace(new CellLocation(sheet, index, 0)); // a row past the grid, said as for its cells
        return index;
    }

    static boolean knownType(String type) {
        return type == null || CELL_TYPES.contains(type);
    }

    /** A cell type that SpreadsheetML does not have (found by fuzzing: t="os"). */
    static UnreadableSheetException unknownType(CellLocation at, String type) {
        return UnreadableSheetException.atCell(at, "cell type \"" + type + "\" is not one of " + String.join(", ",
                CELL_TYPES.stream().sorted().toList()));
    }
}
