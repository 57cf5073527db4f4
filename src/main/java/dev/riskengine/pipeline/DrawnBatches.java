package dev.riskengine.pipeline;

import java.util.ArrayList;
import java.util.List;

import dev.riskengine.model.Country;
import dev.riskengine.uncertainty.DrawnBatch;
import dev.riskengine.uncertainty.DrawnFacts;

/**
 * A year's units as the batches their Monte Carlo draws run in: the engine's own batches (each
 * with its halo, facts as {@link BatchSessions} gives them), or one batch of every unit with the
 * facts in the order a single session gets them when the year has no more than one batch of units.
 */
public final class DrawnBatches {

    private DrawnBatches() {
    }

    public static List<DrawnBatch> of(UnitFacts facts, int batchSize) {
        if (facts.countries().isEmpty()) {
            return List.of();
        }
        if (facts.countries().size() <= batchSize) {
            return List.of(new DrawnBatch(facts.countries(), DrawnFacts.of(facts.indicators(), facts.all()),
                    facts.countries().stream().map(Country::getIso3).toList()));
        }
        BatchSessions sessions = new BatchSessions(facts);
        List<DrawnBatch> batches = new ArrayList<>();
        for (UnitBatches.Batch batch : UnitBatches.of(facts.countries(), facts.borders(), batchSize,
                BatchedRuleRun.HALO_DEPTH)) {
            BatchSessions.Session session = sessions.of(batch);
            batches.add(new DrawnBatch(session.countries(), DrawnFacts.of(facts.indicators(), session.facts()),
                    session.assessed()));
        }
        return batches;
    }
}
