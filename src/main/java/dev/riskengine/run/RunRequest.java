package dev.riskengine.run;

import java.nio.file.Path;

/** What a user asked to assess; a null year means the latest year in the workbook. */
public record RunRequest(Path input, Path rulesDir, Path reportsDir, Integer year) {
}
