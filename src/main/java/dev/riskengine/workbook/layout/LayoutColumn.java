package dev.riskengine.workbook.layout;

/** One column of a standard sheet: its header as written, and what reading the sheet needs of it. */
public record LayoutColumn(String header, Need need) {

    /** How much a sheet's reader needs a column. */
    public enum Need {
        /** The rows cannot be read without it: a header row that lacks it gives no rows. */
        KEY,
        /** Reported when missing; the rows are still read. */
        REQUIRED,
        /** Read when present, never asked for. */
        OPTIONAL
    }

    static LayoutColumn key(String header) {
        return new LayoutColumn(header, Need.KEY);
    }

    static LayoutColumn required(String header) {
        return new LayoutColumn(header, Need.REQUIRED);
    }

    static LayoutColumn optional(String header) {
        return new LayoutColumn(header, Need.OPTIONAL);
    }
}
