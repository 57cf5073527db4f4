package dev.riskengine.workbook;

import java.util.Locale;

import org.apache.poi.ss.SpreadsheetVersion;

/**
 * A cell Excel itself cannot hold: beyond its last column (XFD) or row (1,048,576), or with more
 * text than its {@value #MOST_CHARACTERS} characters. Excel cannot save such a cell, so the file
 * was made by something else, damaged or hostile. Both walks check every cell as they meet it
 * (the streaming one before holding more than the limit of its text, or padding a row out to a
 * far column), so such a cell costs neither time nor memory and is reported where it is.
 */
final class CellBeyondExcelLimitsException extends RuntimeException {
    /** Excel's limit on the characters of one cell, 32,767. */
    static final int MOST_CHARACTERS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    /** XFD, counted from 0. */
    static final int LAST_COLUMN = SpreadsheetVersion.EXCEL2007.getLastColumnIndex();
    /** Row 1,048,576, counted from 0. */
    static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    /** How many rows Excel's grid has. */
    static final int ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private static final String WITHIN_THE_GRID = "cells within Excel's grid (columns A to XFD, rows 1 to 1,048,576)";

    private final CellLocation at;
    private final String found;
    private final String expected;

    private CellBeyondExcelLimitsException(CellLocation at, String found, String expected) {
        super(at + ": found " + found + ", expected " + expected, null, false, false);
        this.at = at;
        this.found = found;
        this.expected = expected;
    }

    /** Throws when a cell's text has grown to {@code length} characters, beyond Excel's limit. */
    static void checkLength(CellLocation at, long length) {
        if (length > MOST_CHARACTERS) {
            throw new CellBeyondExcelLimitsException(at,
                    String.format(Locale.ROOT, "a cell of more than %,d characters", MOST_CHARACTERS),
                    String.format(Locale.ROOT, "at most %,d characters in a cell (Excel's own limit)", MOST_CHARACTERS));
        }
    }

    /** Throws when the cell lies beyond Excel's last column or row. */
    static void checkPlace(CellLocation at) {
        if (at.column() > LAST_COLUMN) {
            throw new CellBeyondExcelLimitsException(at, "a cell beyond column XFD, Excel's last", WITHIN_THE_GRID);
        }
        if (at.row() > LAST_ROW) {
            throw new CellBeyondExcelLimitsException(at, "a cell beyond row 1,048,576, Excel's last", WITHIN_THE_GRID);
        }
    }

    CellLocation at() {
        return at;
    }

    String found() {
        return found;
    }

    String expected() {
        return expected;
    }
}
