package dev.riskengine.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.riskengine.backtest.BacktestTable;
import dev.riskengine.model.Assessment;
import dev.riskengine.model.BacktestResult;
import dev.riskengine.model.BandChanges;
import dev.riskengine.model.RunComparison;
import dev.riskengine.model.RunMetadata;
import dev.riskengine.report.ComparisonText;
import dev.riskengine.report.console.ConsoleText;

/**
 * A completed run: the published run folder, what was assessed, how the run went, which bands
 * changed and what changed since the run it was compared with.
 *
 * @param ruleWarnings what {@code rules check} would warn about these rules and this workbook's
 *                     Dictionary (a rule matching a code the Dictionary lacks never fires, a value
 *                     between two tiers of a table scores nothing): each a cause of a score that
 *                     looks right but is not, so {@code assess} prints them too
 * @param backtest     the backtest written into the run folder ({@code assess --backtest}), or empty
 */
public record RunResult(Path folder, Assessment assessment, RunMetadata metadata, RunComparison comparison,
                        List<String> ruleWarnings, Optional<BacktestResult> backtest) {

    public BandChanges bandChanges() {
        return comparison.bandChanges();
    }

    /** What {@code assess} prints: the ranking, what moved since the compared run, and the band changes. */
    public String consoleText(long elapsedMillis) {
        String line = System.lineSeparator();
        StringBuilder warnings = new StringBuilder();
        ruleWarnings.forEach(warning -> warnings.append("warning: ").append(warning).append(line));
        return warnings + ConsoleText.runSummary(assessment, metadata, folder, elapsedMillis)
                + ComparisonText.headline(comparison) + line + bandChanges().summaryLine() + line
                + backtest.map(BacktestTable::of).orElse("");
    }
}
