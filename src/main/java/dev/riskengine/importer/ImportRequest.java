package dev.riskengine.importer;

import java.nio.file.Path;
import java.util.Optional;

/** One import: the source file, the analyst's workbook, the years (empty: the workbook's years) and the modes. */
public record ImportRequest(Path source, Path workbook, Optional<YearRange> years, boolean overwrite, boolean dryRun) { }
