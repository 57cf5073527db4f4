package dev.riskengine.model;

import java.nio.file.Path;
import java.util.List;

/**
 * What to backtest: the workbook whose years are assessed, where the outcome is read
 * ({@code outcomes}, the same workbook when null), one or more rules folders compared on the same
 * data, the outcome indicator and its lead in years, the k of the top-k share, the band from which
 * a unit counts as flagged, and Monte Carlo draws (0: no Brier score).
 */
public record BacktestRequest(Path input, Path outcomes, List<Path> rulesDirs, String outcome, int lead, int top,
                              String highBand, int draws, long seed) {

    public BacktestRequest {
        rulesDirs = List.copyOf(rulesDirs);
    }

    /** The workbook the outcome is read from. */
    public Path outcomesFile() {
        return outcomes == null ? input : outcomes;
    }
}
