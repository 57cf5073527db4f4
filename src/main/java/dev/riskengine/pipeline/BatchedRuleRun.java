package dev.riskengine.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
final class BatchedRuleRun {
    /**
     * Units per session: large enough that the halo is a small share (about a quarter on a grid),
     * small enough to keep sessions lean. A session's cost per unit grows with its size (at 1,000
     * units a session costs about 30 microseconds a unit, at 5,000 about 100: the collector copies
     * the whole young session again and again), so smaller batches are faster despite the halo.
     */
    static final int BATCH_SIZE = 1_000;
    /** The shipped rules look one border away (spillover); two leaves room for a rule author's own. */
    static final int HALO_DEPTH = 2;

    private BatchedRuleRun() {
    }

    /**
     * @param session runs one session over a batch's units and facts, giving an outcome per unit
     *                (e.g. {@code new RuleSession(rules)::run}); called on several threads at once
     */
    static <T> Map<String, T> run(List<Country> countries, List<Indicator> indicators, List<Border> borders,
                           List<DimensionEvidence> evidence, List<UnitBatches.Batch> batches,
                           BiFunction<List<Country>, List<Object>, Map<String, T>> session) {
        Map<String, Country> byIso3 = new HashMap<>();
        countries.forEach(c -> byIso3.put(c.getIso3(), c));
        Map<String, List<Indicator>> indicatorsOf = new HashMap<>();
        indicators.forEach(i -> indicatorsOf.computeIfAbsent(i.getIso3(), k -> new ArrayList<>()).add(i));
        Map<String, List<Border>> bordersOf = new HashMap<>();
        borders.forEach(b -> bordersOf.computeIfAbsent(b.getIso3(), k -> new ArrayList<>()).add(b));
        Map<String, List<DimensionEvidence>> evidenceOf = new HashMap<>();
        evidence.forEach(e -> evidenceOf.computeIfAbsent(e.getIso3(), k -> new ArrayList<>()).add(e));

        List<OnEveryCore.Task<Map<String, T>, RuntimeException>> tasks = new ArrayList<>();
        for (UnitBatches.Batch batch : batches) {
            tasks.add(() -> runBatch(batch, byIso3, indicatorsOf, bordersOf, evidenceOf, session));
        }
        Map<String, T> outcomes = new HashMap<>();
        OnEveryCore.map("rule-batch", tasks).forEach(outcomes::putAll);
        // In the workbook's order, as one session gives it.
        Map<String, T> ordered = new LinkedHashMap<>();
        countries.forEach(c -> ordered.put(c.getIso3(), outcomes.get(c.getIso3())));
        return ordered;
    }

    private static <T> Map<String, T> runBatch(UnitBatches.Batch batch, Map<String, Country> byIso3,
                                               Map<String, List<Indicator>> indicatorsOf,
                                               Map<String, List<Border>> bordersOf,
                                               Map<String, List<DimensionEvidence>> evidenceOf,
                                               BiFunction<List<Country>, List<Object>, Map<String, T>> session) {
        List<Country> sessionCountries = new ArrayList<>();
        List<Object> facts = new ArrayList<>();
        List<String> units = new ArrayList<>(batch.assessed());
        units.addAll(batch.halo());
        Set<String> present = new HashSet<>(units);
        Set<String> assessed = new HashSet<>(batch.assessed());
        for (String iso3 : units) {
            sessionCountries.add(byIso3.get(iso3));
            facts.addAll(indicatorsOf.getOrDefault(iso3, List.of()));
            facts.addAll(evidenceOf.getOrDefault(iso3, List.of()));
            for (Border border : bordersOf.getOrDefault(iso3, List.of())) {
                // A border to a unit outside the batch and its halo would be a border to a country
                // outside the workbook: keep it for the assessed units (their land border length
                // counts it), leave it out for halo units, whose results are not kept.
                if (present.contains(border.getNeighbour()) || assessed.contains(iso3)) {
                    facts.add(border);
                }
            }
        }
        Map<String, T> all = session.apply(sessionCountries, facts);
        Map<String, T> kept = new HashMap<>();
        batch.assessed().forEach(iso3 -> kept.put(iso3, all.get(iso3)));
        return kept;
    }
}
