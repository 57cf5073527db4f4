package dev.riskengine.model;

import java.util.List;

/**
 * A backtest's request, one result per rules folder in the order the folders were given, and the
 * yardstick they are read against: persistence, the outcome at year Y itself used as the score
 * (rank the units by last year's attacks), on the units the first folder paired.
 */
public record BacktestResult(BacktestRequest request, List<BacktestRules> byRules, BacktestRules persistence) {

    /** The name {@link #persistence} goes by in every report, in place of a rules folder's. */
    public static final String PERSISTENCE = "persistence";

    public BacktestResult {
        byRules = List.copyOf(byRules);
    }

    /** The rules folders, then persistence: the columns a side-by-side comparison shows. */
    public List<BacktestRules> compared() {
        List<BacktestRules> all = new java.util.ArrayList<>(byRules);
        all.add(persistence);
        return List.copyOf(all);
    }
}
