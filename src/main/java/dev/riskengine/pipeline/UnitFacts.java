package dev.riskengine.pipeline;

import java.util.ArrayList;
import java.util.List;

import dev.riskengine.model.Border;
import dev.riskengine.model.Country;
import dev.riskengine.model.DimensionEvidence;
import dev.riskengine.model.Indicator;

/**
 * What one evaluation of the rules gets: the units and their facts of one year, kept apart by kind
 * so an engine can split them by unit (batches, partitions) without asking each fact what it is.
 */
public record UnitFacts(List<Country> countries, List<Indicator> indicators, List<Border> borders,
                        List<DimensionEvidence> evidence) {

    /** The facts for one session over every unit, in the order sessions have always received them. */
    public List<Object> all() {
        List<Object> facts = new ArrayList<>(indicators.size() + borders.size() + evidence.size());
        facts.addAll(indicators);
        facts.addAll(borders);
        facts.addAll(evidence);
        return facts;
    }

    /** The same units with other values of the indicators (a range's end, a Monte Carlo draw). */
    public UnitFacts withIndicators(List<Indicator> others) {
        return new UnitFacts(countries, others, borders, evidence);
    }
}
