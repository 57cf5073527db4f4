package dev.riskengine.run;

import java.nio.file.Path;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.RunMetadata;

/** A completed run: the published run folder, what was assessed, how the run went, and which bands changed. */
public record RunResult(Path folder, Assessment assessment, RunMetadata metadata, BandChanges bandChanges) {
}
