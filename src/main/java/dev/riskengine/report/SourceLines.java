package dev.riskengine.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.riskengine.model.Provenance;
import java.util.List;

/**
 * Where the indicator columns come from, as every report shows it: one line per source (an
 * analyst's column source, or an import with its file, edition and time), and in scores.json a
 * {@code provenance} object from indicator code to its sources.
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

    public static void putJson(ObjectNode root, List<Provenance> provenance) {
        ObjectNode byCode = root.putObject("provenance");
        for (Provenance source : provenance) {
            ArrayNode sources = byCode.has(source.code()) ? (ArrayNode) byCode.get(source.code())
                    : byCode.putArray(source.code());
            ObjectNode item = sources.addObject();
            item.put("source", source.source());
            if (source.imported()) {
                item.put("file", source.file());
                item.put("edition", source.edition());
                item.put("importedAt", source.importedAt());
            }
        }
    }
}
