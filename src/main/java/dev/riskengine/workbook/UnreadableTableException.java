package dev.riskengine.workbook;

/**
 * A table of a long-form input (or a CSV to import) that cannot be read at all. The message is one
 * line: the place ({@code indicators.csv:7}, or the file's name) and what was found there.
 */
public final class UnreadableTableException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String place;
    private final String found;

    public UnreadableTableException(String place, String found) {
        super(place + ": " + found);
        this.place = place;
        this.found = found;
    }

    public String place() {
        return place;
    }

    public String found() {
        return found;
    }
}
