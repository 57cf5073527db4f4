package dev.riskengine.importer;

import java.util.List;

/**
 * Everything read from one source file: its figures, its file name and edition for the Sources
 * sheet, whether it names countries by ISO3 code rather than by name, the cells that held
 * neither a number nor a "no data" token, and the values whose range columns were empty (both
 * left out, and listed), and the figures typed like "3,215" that were read as thousands though a
 * decimal comma writes them too (read, and listed).
 */
public record SourceTable(String fileName, String edition, List<SourceFigure> figures, boolean byIso3,
                          List<String> unreadable, List<String> withoutRange, List<String> eitherReading) {
    public SourceTable {
        figures = List.copyOf(figures);
        unreadable = List.copyOf(unreadable);
        withoutRange = List.copyOf(withoutRange);
        eitherReading = List.copyOf(eitherReading);
    }
}
