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

    /** The outcome, lead, top k and flagged band {@code backtest} uses unless told otherwise. */
    public static final String DEFAULT_OUTCOME = "terrorist_attacks";
    public static final int DEFAULT_LEAD = 1;
    public static final int DEFAULT_TOP = 5;
    public static final String DEFAULT_HIGH_BAND = "High";

    public BacktestRequest {
        rulesDirs = List.copyOf(rulesDirs);
    }

    /** An assessment run's backtest ({@code assess --backtest}): its workbook and rules, the defaults, no draws. */
    public static BacktestRequest ofRun(Path input, Path rulesDir) {
        return new BacktestRequest(input, null, List.of(rulesDir), DEFAULT_OUTCOME, DEFAULT_LEAD, DEFAULT_TOP,
                DEFAULT_HIGH_BAND, 0, 0);
    }

    /** The workbook the outcome is read from. */
    public Path outcomesFile() {
        return outcomes == null ? input : outcomes;
    }
}
