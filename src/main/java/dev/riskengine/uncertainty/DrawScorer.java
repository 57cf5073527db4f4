package dev.riskengine.uncertainty;

import java.util.List;
import java.util.Map;

import dev.riskengine.model.Border;
import dev.riskengine.model.Country;
import dev.riskengine.model.DimensionEvidence;
import dev.riskengine.model.Indicator;
import dev.riskengine.rules.ScoreSession;

/**
 * Scores every unit of one draw: the pipeline's engine in a run, so draws are evaluated where the
 * assessment is. Called on several threads at once.
 */
@FunctionalInterface
public interface DrawScorer {
    Map<String, ScoreSession.Score> score(List<Country> countries, List<Indicator> drawn, List<Border> borders,
                                          List<DimensionEvidence> evidence);
}
