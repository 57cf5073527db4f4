package dev.riskengine.run;

import java.nio.file.Path;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.BandChanges;
import dev.riskengine.model.RunComparison;
import dev.riskengine.model.RunMetadata;

/**
 * A completed run: the published run folder, what was assessed, how the run went, which bands
 * changed and what changed since the run it was compared with.
 */
public record RunResult(Path folder, Assessment assessment, RunMetadata metadata, RunComparison comparison) {

    public BandChanges bandChanges() {
        return comparison.bandChanges();
    }
}
