package dev.riskengine.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an import did (or, in a dry run, would do): every changed or conflicting cell, the source
 * names that match no country, how many figures were for countries not in the workbook, and the
 * backup written (none in a dry run or when nothing changed), and whether the Sources sheet could
 * record the import (an analyst's Sources sheet without Kind, Column and Source headers cannot).
 */
public record ImportResult(SourceTable source, List<CellChange> changes, Set<String> unmatchedNames,
                           int figuresForOtherCountries, int unchanged, Optional<Path> backup, boolean written,
                           boolean provenanceRecorded) {

    public long count(CellChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }
}
