package dev.riskengine.workbook;

import org.apache.poi.ss.util.CellReference;

/**
 * Where a value came from, written as the analyst sees it in Excel: {@code Indicators!E3}. The
 * sheet name is the workbook's own spelling, so it can be found even if it differs in case.
 */
record CellLocation(String sheet, int row, int column) {
    /** The letters of the first columns, where nearly every table lives, worked out once. */
    private static final String[] FIRST_COLUMNS = new String[64];

    static {
        for (int i = 0; i < FIRST_COLUMNS.length; i++) {
            FIRST_COLUMNS[i] = CellReference.convertNumToColString(i);
        }
    }

    String columnLetters() {
        return column >= 0 && column < FIRST_COLUMNS.length ? FIRST_COLUMNS[column]
                : CellReference.convertNumToColString(column);
    }

    /** The row as a whole, in Excel's own notation ({@code Countries!1:1}). */
    String rowAddress() {
        return sheet + "!" + (row + 1) + ":" + (row + 1);
    }

    @Override
    public String toString() {
        return sheet + "!" + columnLetters() + (row + 1);
    }
}
