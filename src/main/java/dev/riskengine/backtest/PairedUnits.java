package dev.riskengine.backtest;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The units of one year that have both a score and an outcome, in the assessment's rank order,
 * and how many were left out and why: a unit with insufficient data has no score and a unit with
 * a blank outcome has no outcome; neither is counted as 0.
 */
final class PairedUnits {
    /** One unit: its score, outcome, whether its band is the flagged one or above, and (with draws) that band's probability. */
    record Unit(String iso3, double score, double outcome, boolean flagged, OptionalDouble flaggedProbability) { }

    private final List<Unit> units = new ArrayList<>();
    private int insufficient;
    private int noOutcome;

    void add(Unit unit) {
        units.add(unit);
    }

    void countInsufficient() {
        insufficient++;
    }

    void countNoOutcome() {
        noOutcome++;
    }

    List<Unit> units() {
        return List.copyOf(units);
    }

    int insufficient() {
        return insufficient;
    }

    int noOutcome() {
        return noOutcome;
    }

    double[] scores() {
        return units.stream().mapToDouble(Unit::score).toArray();
    }

    double[] outcomes() {
        return units.stream().mapToDouble(Unit::outcome).toArray();
    }

    double[] flags() {
        return units.stream().mapToDouble(u -> u.flagged() ? 1 : 0).toArray();
    }

    /** Whether each unit's outcome is above the median of this year's outcomes (the event AUC and Brier look for). */
    boolean[] aboveMedian() {
        double median = Median.of(outcomes());
        boolean[] above = new boolean[units.size()];
        for (int i = 0; i < above.length; i++) {
            above[i] = units.get(i).outcome() > median;
        }
        return above;
    }

    /** Every unit's probability of the flagged band or above, or null when the backtest drew no samples. */
    double[] flaggedProbabilities() {
        if (units.isEmpty() || units.get(0).flaggedProbability().isEmpty()) {
            return null;
        }
        return units.stream().mapToDouble(u -> u.flaggedProbability().getAsDouble()).toArray();
    }
}
