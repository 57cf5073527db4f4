package dev.riskengine.pipeline;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import dev.riskengine.model.Border;
import dev.riskengine.model.Country;
import dev.riskengine.model.Simulation;
import dev.riskengine.rules.PointsFactors;
import dev.riskengine.rules.RuleBase;
import dev.riskengine.rules.RuleOutcome;
import dev.riskengine.rules.RuleSession;
import dev.riskengine.rules.ScoreSession;
import dev.riskengine.uncertainty.BatchedMonteCarlo;
import dev.riskengine.uncertainty.DrawProgress;

/**
 * Today's engine: Drools sessions in this JVM. A workbook of up to one batch of units runs in one
 * session; a larger one runs batch by batch, one session per batch, on every core
 * ({@link BatchedRuleRun}); both give the same outcomes.
 */
public final class LocalDroolsEngine implements AssessmentEngine {
    private final int batchSize;
    /** The batches of the last units split: every year, range end and draw of a run has the same units. */
    private Split split;

    private record Split(List<Country> countries, List<Border> borders, List<UnitBatches.Batch> batches) { }

    public LocalDroolsEngine() {
        this(BatchedRuleRun.BATCH_SIZE);
    }

    /** @param batchSize units per session when there are more (tests use small batches) */
    LocalDroolsEngine(int batchSize) {
        this.batchSize = batchSize;
    }

    @Override
    public Map<String, RuleOutcome> outcomes(RuleBase rules, UnitFacts facts) {
        return run(facts, new RuleSession(rules)::run);
    }

    @Override
    public Map<String, ScoreSession.Score> scores(RuleBase rules, UnitFacts facts, String during,
                                                  PointsFactors factors) {
        return run(facts, new ScoreSession(rules, during, factors)::run);
    }

    /**
     * Batch by batch, every draw of a batch in one reused session ({@link BatchedMonteCarlo}):
     * the units are split and handed over once, not once a draw; the same simulation as draw by draw.
     */
    @Override
    public Simulation simulate(RuleBase rules, UnitFacts facts, int draws, long seed, DrawProgress progress) {
        return BatchedMonteCarlo.run(facts.countries(), DrawnBatches.of(facts, batchSize), rules, draws, seed,
                Runtime.getRuntime().availableProcessors(), progress);
    }

    @Override
    public boolean usesEveryCore(int units) {
        return units > batchSize;
    }

    private <T> Map<String, T> run(UnitFacts facts, BiFunction<List<Country>, List<Object>, Map<String, T>> session) {
        if (facts.countries().size() <= batchSize) {
            return session.apply(facts.countries(), facts.all());
        }
        return BatchedRuleRun.run(facts.countries(), facts.indicators(), facts.borders(), facts.evidence(),
                batchesOf(facts), session);
    }

    private synchronized List<UnitBatches.Batch> batchesOf(UnitFacts facts) {
        if (split == null || split.countries() != facts.countries() || split.borders() != facts.borders()) {
            split = new Split(facts.countries(), facts.borders(), UnitBatches.of(facts.countries(), facts.borders(),
                    batchSize, BatchedRuleRun.HALO_DEPTH));
        }
        return split.batches();
    }
}
