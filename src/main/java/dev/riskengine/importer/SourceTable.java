package dev.riskengine.importer;

import java.util.List;

/**
 * Everything read from one source file: its figures, its file name and edition for the Sources
 * sheet, whether it names countries by ISO3 code rather than by name, and the cells that held
 * neither a number nor a "no data" token (left out, and listed).
 */
public record SourceTable(String fileName, String edition, List<SourceFigure> figures, boolean byIso3,
                          List<String> unreadable) {
    public SourceTable {
        figures = List.copyOf(figures);
        unreadable = List.copyOf(unreadable);
    }
}
