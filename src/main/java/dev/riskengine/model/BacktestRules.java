package dev.riskengine.model;

import java.nio.file.Path;
import java.util.List;

/** One rules folder's backtest: each paired year and all of them pooled. */
public record BacktestRules(Path rulesDir, List<BacktestYear> years, BacktestMetrics pooled) {

    public BacktestRules {
        years = List.copyOf(years);
    }
}
