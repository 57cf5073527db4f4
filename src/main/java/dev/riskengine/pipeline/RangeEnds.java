package dev.riskengine.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;

import dev.riskengine.model.Country;
import dev.riskengine.model.Indicator;

/**
 * Which end of each ranged indicator lowers the scores and which raises them, so that a unit's
 * score range runs from its ranges' lowest-scoring corner to their highest-scoring one.
 *
 * <p>Putting every range at its low end at once is that corner only while all ranged indicators
 * pull the same way. They need not: more fighters abroad raise the risk, a higher governance
 * estimate (WGI, imported with its 90 % interval) lowers it, and the two low ends then cancel out.
 * Tunisia with a range on both was reported as 5.1 to 5.1, a certain High, while its ranges allow
 * 4.9 (Medium) to 5.3. So, when two or more indicator codes have ranges in the year, each is moved
 * alone to its low and to its high end (every other indicator at its central value) and its
 * direction is whichever way that moves the scores in sum. The direction is taken per code, not
 * per unit, as a rule's points move one way for every unit; up to {@link #PROBE_UNITS} units are
 * probed, so that a large grid pays for one batch per end and code rather than a whole pass.
 */
final class RangeEnds {

    /** Units probed per end and code: one session's worth, whatever the size of the workbook. */
    static final int PROBE_UNITS = 1_000;

    private final Set<String> highEndLowers;

    private RangeEnds(Set<String> highEndLowers) {
        this.highEndLowers = highEndLowers;
    }

    /**
     * @param score each unit's score (NaN for none) from the given facts, the text saying which
     *              values they hold for a rule error's message
     */
    static RangeEnds probe(UnitFacts facts, BiFunction<UnitFacts, String, Map<String, Double>> score) {
        Set<String> ranged = new TreeSet<>();
        facts.indicators().stream().filter(Indicator::isRange).forEach(i -> ranged.add(i.getCode()));
        if (ranged.size() < 2) {
            // One ranged code: its low and high ends are the two corners, whichever way it pulls.
            return new RangeEnds(Set.of());
        }
        UnitFacts probed = probedUnits(facts);
        Set<String> highEndLowers = new HashSet<>();
        for (String code : ranged) {
            Map<String, Double> atLow = score.apply(onlyAt(probed, code, Indicator::getLow),
                    "with " + code + " at the low end of its range");
            Map<String, Double> atHigh = score.apply(onlyAt(probed, code, Indicator::getHigh),
                    "with " + code + " at the high end of its range");
            double rise = 0;
            for (Map.Entry<String, Double> low : atLow.entrySet()) {
                Double high = atHigh.get(low.getKey());
                if (high != null && Double.isFinite(high) && Double.isFinite(low.getValue())) {
                    rise += high - low.getValue();
                }
            }
            if (rise < 0) {
                highEndLowers.add(code);
            }
        }
        return new RangeEnds(highEndLowers);
    }

    /** The indicators with every range at the end that lowers the scores. */
    List<Indicator> lowest(List<Indicator> indicators) {
        return indicators.stream().map(i -> i.isRange() ? i.withValue(highEndLowers.contains(i.getCode()) ? i.getHigh() : i.getLow()) : i).toList();
    }

    /** The indicators with every range at the end that raises the scores. */
    List<Indicator> highest(List<Indicator> indicators) {
        return indicators.stream().map(i -> i.isRange() ? i.withValue(highEndLowers.contains(i.getCode()) ? i.getLow() : i.getHigh()) : i).toList();
    }

    /**
     * The probed units and their facts: every unit of a workbook small enough, else the first
     * {@link #PROBE_UNITS} with the borders between them (an edge unit's spillover from outside is
     * left out, which moves a direction summed over a thousand units little).
     */
    static UnitFacts probedUnits(UnitFacts facts) {
        if (facts.countries().size() <= PROBE_UNITS) {
            return facts;
        }
        List<Country> units = facts.countries().subList(0, PROBE_UNITS);
        Set<String> codes = new HashSet<>();
        units.forEach(unit -> codes.add(unit.getIso3()));
        return new UnitFacts(units,
                facts.indicators().stream().filter(i -> codes.contains(i.getIso3())).toList(),
                facts.borders().stream().filter(b -> codes.contains(b.getIso3()) && codes.contains(b.getNeighbour())).toList(),
                facts.evidence().stream().filter(e -> codes.contains(e.getIso3())).toList());
    }

    /** The facts with one code's ranges at one end and every other indicator at its central value. */
    private static UnitFacts onlyAt(UnitFacts facts, String code, ToDoubleFunction<Indicator> end) {
        List<Indicator> moved = new ArrayList<>(facts.indicators().size());
        for (Indicator i : facts.indicators()) {
            moved.add(i.isRange() && i.getCode().equals(code) ? i.withValue(end.applyAsDouble(i)) : i);
        }
        return facts.withIndicators(moved);
    }
}
