package dev.riskengine.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import dev.riskengine.model.Border;
import dev.riskengine.model.Country;
import dev.riskengine.model.DimensionEvidence;
import dev.riskengine.model.Indicator;
import dev.riskengine.parallel.OnEveryCore;

/**
 * Runs the rules over a large workbook batch by batch (see {@link UnitBatches}), each batch in
 * its own session (a full {@code RuleSession} or a score-only {@code ScoreSession}), on every
 * core. A session then holds one batch and its halo instead of every unit, which bounds its
 * memory, and two batches run at once on two cores. The outcome equals
 * one session over everything as long as rules reason no further across borders than the halo.
 */
public final class BatchedRuleRun {
    /**
     * Units per session: large enough that the halo is a small share (about a quarter on a grid),
     * small enough to keep sessions lean. A session's cost per unit grows with its size (at 1,000
     * units a session costs about 30 microseconds a unit, at 5,000 about 100: the collector copies
     * the whole young session again and again), so smaller batches are faster despite the halo.
     */
    public static final int BATCH_SIZE = 1_000;
    /** The shipped rules look one border away (spillover); two leaves room for a rule author's own. */
    public static final int HALO_DEPTH = 2;

    private BatchedRuleRun() {
    }

    /**
     * @param session runs one session over a batch's units and facts, giving an outcome per unit
     *                (e.g. {@code new RuleSession(rules)::run}); called on several threads at once
     */
    static <T> Map<String, T> run(List<Country> countries, List<Indicator> indicators, List<Border> borders,
                           List<DimensionEvidence> evidence, List<UnitBatches.Batch> batches,
                           BiFunction<List<Country>, List<Object>, Map<String, T>> session) {
        BatchSessions sessions = new BatchSessions(new UnitFacts(countries, indicators, borders, evidence));
        List<OnEveryCore.Task<Map<String, T>, RuntimeException>> tasks = new ArrayList<>();
        for (UnitBatches.Batch batch : batches) {
            tasks.add(() -> runBatch(sessions.of(batch), session));
        }
        Map<String, T> outcomes = new HashMap<>();
        OnEveryCore.map("rule-batch", tasks).forEach(outcomes::putAll);
        // In the workbook's order, as one session gives it.
        Map<String, T> ordered = new LinkedHashMap<>();
        countries.forEach(c -> ordered.put(c.getIso3(), outcomes.get(c.getIso3())));
        return ordered;
    }

    private static <T> Map<String, T> runBatch(BatchSessions.Session batch,
                                               BiFunction<List<Country>, List<Object>, Map<String, T>> session) {
        Map<String, T> all = session.apply(batch.countries(), batch.facts());
        Map<String, T> kept = new HashMap<>();
        batch.assessed().forEach(iso3 -> kept.put(iso3, all.get(iso3)));
        return kept;
    }
}
