package dev.riskengine.model;

import java.util.List;

/** A backtest's request and one result per rules folder, in the order the folders were given. */
public record BacktestResult(BacktestRequest request, List<BacktestRules> byRules) {

    public BacktestResult {
        byRules = List.copyOf(byRules);
    }
}
