package dev.riskengine.model;

/**
 * Something an analyst should know that does not stop a run: a missing value or a warning.
 * {@code address} is a cell or sheet reference such as {@code Indicators!E5}; it may name a
 * sheet only when there is no cell (e.g. a country with no row for the year).
 */
public record DataIssue(Kind kind, String iso3, String address, String message) {
    public enum Kind { MISSING, WARNING }

    public static DataIssue warning(String iso3, String address, String message) {
        return new DataIssue(Kind.WARNING, iso3, address, message);
    }

    public static DataIssue missing(String iso3, String address, String message) {
        return new DataIssue(Kind.MISSING, iso3, address, message);
    }
}
