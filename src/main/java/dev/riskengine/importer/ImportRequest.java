package dev.riskengine.importer;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * One import: the source file, the analyst's workbook, the years (empty: the workbook's years), the
 * modes, and the codes the workbook does not know yet that the analyst means to add (--new-code).
 */
public record ImportRequest(Path source, Path workbook, Optional<YearRange> years, boolean overwrite, boolean dryRun,
                            Set<String> newCodes) {
    public ImportRequest {
        newCodes = Set.copyOf(newCodes);
    }

    /** An import that adds no indicator the workbook does not know. */
    public ImportRequest(Path source, Path workbook, Optional<YearRange> years, boolean overwrite, boolean dryRun) {
        this(source, workbook, years, overwrite, dryRun, Set.of());
    }
}
