package dev.riskengine.backtest;

import java.nio.file.Path;
import java.util.List;

/** One rules folder's backtest: each paired year and all of them pooled. */
public record RulesResult(Path rulesDir, List<YearResult> years, Metrics pooled) {

    public RulesResult {
        years = List.copyOf(years);
    }
}
