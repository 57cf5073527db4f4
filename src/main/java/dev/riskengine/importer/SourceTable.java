package dev.riskengine.importer;

import java.util.List;

/**
 * Everything read from one source file: its figures, its file name and edition for the Sources
 * sheet, whether it names countries by ISO3 code rather than by name, the cells that held
 * neither a number nor a "no data" token, and the values whose range columns were empty (both
 * left out, and listed).
 */
public record SourceTable(String fileName, String edition, List<SourceFigure> figures, boolean byIso3,
                          List<String> unreadable, List<String> withoutRange) {
    public SourceTable {
        figures = List.copyOf(figures);
        unreadable = List.copyOf(unreadable);
        withoutRange = List.copyOf(withoutRange);
    }
}
