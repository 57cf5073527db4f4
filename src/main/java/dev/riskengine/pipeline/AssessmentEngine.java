package dev.riskengine.pipeline;

import java.util.Map;

import dev.riskengine.model.Simulation;
import dev.riskengine.rules.PointsFactors;
import dev.riskengine.rules.RuleBase;
import dev.riskengine.rules.RuleOutcome;
import dev.riskengine.rules.ScoreSession;
import dev.riskengine.uncertainty.DrawProgress;
import dev.riskengine.uncertainty.MonteCarlo;

/**
 * Which engine evaluates the units: the seam where another engine (one spread over a cluster)
 * plugs in beside {@link LocalDroolsEngine}. Both answers are per unit (iso3), in the order of
 * {@link UnitFacts#countries()}, and must not depend on how the engine splits the units.
 */
public interface AssessmentEngine {

    /** Every unit's full outcome: score, band, dimensions, contributions with their provenance. */
    Map<String, RuleOutcome> outcomes(RuleBase rules, UnitFacts facts);

    /**
     * Every unit's score and band only (a range's end, a Monte Carlo draw).
     *
     * @param during when the evaluation runs, for error messages, e.g. "in a Monte Carlo draw"
     */
    default Map<String, ScoreSession.Score> scores(RuleBase rules, UnitFacts facts, String during) {
        return scores(rules, facts, during, PointsFactors.NONE);
    }

    /**
     * Every unit's score and band with each rule's points multiplied by its factor (a draw of
     * {@code risk sensitivity}); with {@link PointsFactors#NONE}, the rules as written.
     */
    Map<String, ScoreSession.Score> scores(RuleBase rules, UnitFacts facts, String during, PointsFactors factors);

    /**
     * Monte Carlo draws over the ranged indicators of {@code facts}: here one draw after another,
     * each draw's units evaluated by {@link #scores} on this JVM's cores. An engine on a cluster
     * runs every draw of a batch where the batch is ({@link dev.riskengine.uncertainty.DrawnFacts});
     * either gives the same simulation for the same seed.
     */
    default Simulation simulate(RuleBase rules, UnitFacts facts, int draws, long seed, DrawProgress progress) {
        MonteCarlo monteCarlo = new MonteCarlo((countries, drawn, borders, evidence) -> scores(rules,
                new UnitFacts(countries, drawn, borders, evidence), MonteCarlo.DURING),
                Runtime.getRuntime().availableProcessors(), progress);
        return monteCarlo.run(facts.countries(), facts.indicators(), facts.borders(), facts.evidence(), draws, seed);
    }

    /**
     * Whether one evaluation of this many units already keeps every core busy; when it does not,
     * the years of a workbook are assessed side by side instead of one after the other.
     */
    boolean usesEveryCore(int units);
}
