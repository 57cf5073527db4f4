package dev.riskengine.run;

import java.nio.file.Path;

/**
 * What a user asked to assess; a null year means the latest year in the workbook. With
 * {@code draws} above 0 the run also draws that many Monte Carlo samples from {@code seed}.
 */
public record RunRequest(Path input, Path rulesDir, Path reportsDir, Integer year, int draws, long seed) {

    public RunRequest(Path input, Path rulesDir, Path reportsDir, Integer year) {
        this(input, rulesDir, reportsDir, year, 0, 0);
    }
}
