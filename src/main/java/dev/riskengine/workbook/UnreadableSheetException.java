package dev.riskengine.workbook;

/** A sheet whose XML cannot be parsed while streaming: the file is damaged. */
final class UnreadableSheetException extends RuntimeException {
    private final String sheet;

    UnreadableSheetException(String sheet, Exception cause) {
        super(cause.getMessage(), cause);
        this.sheet = sheet;
    }

    String sheet() {
        return sheet;
    }
}
