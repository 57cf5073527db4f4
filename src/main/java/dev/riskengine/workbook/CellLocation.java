package dev.riskengine.workbook;

import org.apache.poi.ss.util.CellReference;

/**
 * Where a value came from, written as the analyst sees it in Excel: {@code Indicators!E3}. The
 * sheet name is the workbook's own spelling, so it can be found even if it differs in case. A
 * value of a long-form table (a CSV or Parquet file, see {@link LongFormReader}) is placed by its
 * file, line and column header instead, as a text editor or Spark shows it:
 * {@code indicators.csv:17 (column value)}; its {@code columnName} is then set.
 *
 * @param columnName the header of a long-form table's column; null for a workbook's cell
 */
record CellLocation(String sheet, int row, int column, String columnName) {
    /** The letters of the first columns, where nearly every table lives, worked out once. */
    private static final String[] FIRST_COLUMNS = new String[64];

    CellLocation(String sheet, int row, int column) {
        this(sheet, row, column, null);
    }

    static {
        for (int i = 0; i < FIRST_COLUMNS.length; i++) {
            FIRST_COLUMNS[i] = CellReference.convertNumToColString(i);
        }
    }

    /**
     * The column of a cell reference such as {@code AB12}: its letters read as a base-26 number.
     * Read here rather than by POI's CellReference, which parses every form of reference and
     * costs more than the rest of the cell, and keeps the column in a short: a column far beyond
     * XFD would wrap round to one inside it. Here it saturates at the largest int instead, so it
     * stays beyond. Anything unusual ({@code $C$7}, lower case) is still left to POI.
     */
    static int column(String reference) {
        long column = 0;
        int i = 0;
        while (i < reference.length() && reference.charAt(i) >= 'A' && reference.charAt(i) <= 'Z') {
            column = Math.min(column * 26 + (reference.charAt(i) - 'A' + 1), Integer.MAX_VALUE);
            i++;
        }
        if (i == 0 || i == reference.length() || !digitsOnly(reference, i)) {
            return new CellReference(reference).getCol();
        }
        return (int) column - 1;
    }

    private static boolean digitsOnly(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    String columnLetters() {
        return column >= 0 && column < FIRST_COLUMNS.length ? FIRST_COLUMNS[column]
                : CellReference.convertNumToColString(column);
    }

    /** The row as a whole, in Excel's own notation ({@code Countries!1:1}). */
    String rowAddress() {
        return columnName != null ? sheet + ":" + (row + 1) : sheet + "!" + (row + 1) + ":" + (row + 1);
    }

    @Override
    public String toString() {
        if (columnName != null) {
            return sheet + ":" + (row + 1) + " (column " + columnName + ")";
        }
        return sheet + "!" + columnLetters() + (row + 1);
    }
}
