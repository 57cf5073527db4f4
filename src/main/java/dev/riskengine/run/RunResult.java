package dev.riskengine.run;

import java.nio.file.Path;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.BandChanges;
import dev.riskengine.model.RunComparison;
import dev.riskengine.model.RunMetadata;
import dev.riskengine.report.ComparisonText;
import dev.riskengine.report.console.ConsoleText;

/**
 * A completed run: the published run folder, what was assessed, how the run went, which bands
 * changed and what changed since the run it was compared with.
 */
public record RunResult(Path folder, Assessment assessment, RunMetadata metadata, RunComparison comparison) {

    public BandChanges bandChanges() {
        return comparison.bandChanges();
    }

    /** What {@code assess} prints: the ranking, what moved since the compared run, and the band changes. */
    public String consoleText(long elapsedMillis) {
        String line = System.lineSeparator();
        return ConsoleText.runSummary(assessment, metadata, folder, elapsedMillis)
                + ComparisonText.headline(comparison) + line + bandChanges().summaryLine() + line;
    }
}
