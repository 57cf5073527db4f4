package dev.riskengine.importer;

import java.util.List;

/** Everything read from one source file: its figures, and its file name and edition for the Sources sheet. */
public record SourceTable(String fileName, String edition, List<SourceFigure> figures) {
    public SourceTable {
        figures = List.copyOf(figures);
    }
}
