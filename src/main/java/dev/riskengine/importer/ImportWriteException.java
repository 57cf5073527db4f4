package dev.riskengine.importer;

/** The updated workbook or its backup could not be written; the original is untouched. */
public final class ImportWriteException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImportWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
