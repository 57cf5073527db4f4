package dev.riskengine.pipeline;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.riskengine.model.Border;
import dev.riskengine.model.Country;
import dev.riskengine.model.DimensionEvidence;
import dev.riskengine.model.Indicator;

/**
 * What one session over a batch (see {@link UnitBatches}) gets: the batch's units and their halo,
 * and their facts. One place decides it for every engine that runs batches (this JVM's cores,
 * a Spark cluster's partitions), so they all give the outcomes of one session over everything.
 */
public final class BatchSessions {
    private final Map<String, Country> byIso3 = new HashMap<>();
    private final Map<String, List<Indicator>> indicatorsOf = new HashMap<>();
    private final Map<String, List<Border>> bordersOf = new HashMap<>();
    private final Map<String, List<DimensionEvidence>> evidenceOf = new HashMap<>();

    /** One session's input; only the outcomes of {@code assessed} are kept, the halo's are context. */
    public record Session(List<Country> countries, List<Object> facts, List<String> assessed) implements Serializable { }

    public BatchSessions(UnitFacts facts) {
        facts.countries().forEach(c -> byIso3.put(c.getIso3(), c));
        facts.indicators().forEach(i -> indicatorsOf.computeIfAbsent(i.getIso3(), k -> new ArrayList<>()).add(i));
        facts.borders().forEach(b -> bordersOf.computeIfAbsent(b.getIso3(), k -> new ArrayList<>()).add(b));
        facts.evidence().forEach(e -> evidenceOf.computeIfAbsent(e.getIso3(), k -> new ArrayList<>()).add(e));
    }

    public Session of(UnitBatches.Batch batch) {
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
        return new Session(sessionCountries, facts, batch.assessed());
    }
}
