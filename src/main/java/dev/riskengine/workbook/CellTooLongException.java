package dev.riskengine.workbook;

import java.util.Locale;

/**
 * A cell whose text is longer than Excel allows ({@value #MOST_CHARACTERS} characters). Excel
 * cannot save such a cell, so the file was made by something else, damaged or hostile; both
 * walks stop at the first character beyond the limit, so a cell of gigabytes costs neither time
 * nor memory, and the reader reports the cell.
 */
final class CellTooLongException extends RuntimeException {
    /** Excel's limit on the characters of one cell. */
    static final int MOST_CHARACTERS = 32_767;
    static final String FOUND = String.format(Locale.ROOT, "a cell of more than %,d characters", MOST_CHARACTERS);
    static final String EXPECTED = String.format(Locale.ROOT,
            "at most %,d characters in a cell (Excel's own limit)", MOST_CHARACTERS);

    private final CellLocation at;

    private CellTooLongException(CellLocation at) {
        super(at + ": " + FOUND, null, false, false);
        this.at = at;
    }

    /** Throws when a cell's text has grown to {@code length} characters, beyond the limit. */
    static void check(CellLocation at, long length) {
        if (length > MOST_CHARACTERS) {
            throw new CellTooLongException(at);
        }
    }

    CellLocation at() {
        return at;
    }
}
