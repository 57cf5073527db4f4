package dev.riskengine.report;

import dev.riskengine.model.Provenance;

/**
 * Where the indicator columns come from, as every report shows it: one line per source (an
 * analyst's column source, or an import with its file, edition and time). scores.json has its
 * own {@code provenance} object (report.json.ScoresJson).
 */
public final class SourceLines {
    private SourceLines() { }

    /** "SIPRI-Milex-data-1949-2025.xlsx (SIPRI Military Expenditure Database, ...), imported 2026-11-25T12:00:00Z". */
    public static String of(Provenance provenance) {
        if (!provenance.imported()) {
            return provenance.source();
        }
        StringBuilder line = new StringBuilder(provenance.file());
        if (provenance.edition() != null) {
            line.append(" (").append(provenance.edition()).append(')');
        }
        if (provenance.importedAt() != null) {
            line.append(", imported ").append(provenance.importedAt());
        }
        return line.toString();
    }
}
