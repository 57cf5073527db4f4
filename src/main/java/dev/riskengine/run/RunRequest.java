package dev.riskengine.run;

import java.nio.file.Path;

import dev.riskengine.uncertainty.MonteCarlo;

/**
 * What a user asked to assess; a null year means the latest year in the workbook. With
 * {@code draws} above 0 the run also draws that many Monte Carlo samples from {@code seed}.
 */
public record RunRequest(Path input, Path rulesDir, Path reportsDir, Integer year, int draws, long seed) {
    /** The most Monte Carlo draws a run may ask for: see {@link MonteCarlo#MOST_DRAWS}. */
    public static final int MOST_DRAWS = MonteCarlo.MOST_DRAWS;

    public RunRequest(Path input, Path rulesDir, Path reportsDir, Integer year) {
        this(input, rulesDir, reportsDir, year, 0, 0);
    }
}
