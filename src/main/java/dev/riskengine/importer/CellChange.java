package dev.riskengine.importer;

/**
 * What an import does, or would do, to one cell of the Indicators sheet: fill a blank cell,
 * leave a cell holding a different value alone (a conflict), or overwrite it ({@code --overwrite}).
 * {@code before} and {@code after} are shown as the analyst reads them (5.65, not 0.0565).
 */
public record CellChange(String cell, String iso3, int year, String code, String before, String after, Kind kind,
                         String source) {

    public enum Kind { FILL, CONFLICT, OVERWRITE }

    public String describe() {
        return switch (kind) {
            case FILL -> cell + ": (blank) -> " + after;
            case OVERWRITE -> cell + ": " + before + " -> " + after + " (overwritten)";
            case CONFLICT -> cell + ": holds " + before + ", source says " + after + " (" + source
                    + "): left alone, --overwrite replaces it";
        };
    }
}
