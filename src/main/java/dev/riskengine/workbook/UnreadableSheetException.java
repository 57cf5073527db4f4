package dev.riskengine.workbook;

/**
 * A damaged sheet: XML that cannot be parsed, or a cell or row whose stored attributes make no
 * sense (a cell reference {@code K12n}, a row numbered {@code abc}, a shared-string index past
 * the strings). Both walks raise it with the same words, located as closely as the damage allows.
 */
final class UnreadableSheetException extends RuntimeException {
    private final String address;
    private final String part;

    /** The sheet as a whole cannot be read (its XML does not parse). */
    UnreadableSheetException(String sheet, Exception cause) {
        this(sheet, "sheet", firstLine(cause), cause);
    }

    private UnreadableSheetException(String address, String part, String reason, Exception cause) {
        super(reason, cause);
        this.address = address;
        this.part = part;
    }

    /** The first non-blank line of a library's message, or the exception's name when it has none. */
    static String firstLine(Throwable cause) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().map(String::trim).filter(line -> !line.isEmpty()).findFirst().orElse(message);
    }

    /** One cell is damaged, e.g. its shared-string index is not in the workbook's strings. */
    static UnreadableSheetException atCell(CellLocation at, String reason) {
        return new UnreadableSheetException(at.toString(), "cell", reason, null);
    }

    /** A row is damaged where no single cell can be named, e.g. a cell reference that is no reference. */
    static UnreadableSheetException atRow(CellLocation rowStart, String reason) {
        return new UnreadableSheetException(rowStart.rowAddress(), "row", reason, null);
    }

    /** A sheet is damaged somewhere no row can be named, e.g. a row number that is no number. */
    static UnreadableSheetException inSheet(String sheet, String reason) {
        return new UnreadableSheetException(sheet, "sheet", reason, null);
    }

    /** The sheet, row or cell, as problems name them. */
    String address() {
        return address;
    }

    /** What was found, for the problem: the part that cannot be read and why. */
    String found() {
        return "a " + part + " that cannot be read, perhaps damaged (" + getMessage() + ")";
    }
}
