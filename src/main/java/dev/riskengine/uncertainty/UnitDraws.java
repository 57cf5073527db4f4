package dev.riskengine.uncertainty;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.riskengine.model.Country;
import dev.riskengine.model.ScoreDistribution;
import dev.riskengine.model.Simulation;

/**
 * One unit's Monte Carlo draws, summarised where they were drawn (a thread of this JVM, or a Spark
 * task holding only its batch's draws): the percentiles and how many draws fell in each band, or no
 * percentiles when a draw did not score the unit. Each band's level travels along, since the order
 * in which reports list the bands is decided over every unit's draws. Local runs and Spark summarise
 * through this one class, so both give the same simulation for the same seed.
 */
public record UnitDraws(double[] percentiles, HashMap<String, Integer> bandCounts,
                        HashMap<String, Integer> bandLevels) implements Serializable {

    /**
     * @param scores the unit's score in each draw, NaN where the rules gave none
     * @param bands  its band in each draw (null where unscored)
     * @param levels each band's level, as the rules gave it
     */
    public static UnitDraws of(double[] scores, String[] bands, int[] levels) {
        HashMap<String, Integer> bandLevels = new HashMap<>();
        HashMap<String, Integer> bandCounts = new HashMap<>();
        boolean unscored = false;
        for (int draw = 0; draw < scores.length; draw++) {
            if (Double.isNaN(scores[draw])) {
                unscored = true;
                continue;
            }
            bandLevels.putIfAbsent(bands[draw], levels[draw]);
            bandCounts.merge(bands[draw], 1, Integer::sum);
        }
        if (unscored) {
            // insufficient data: the evidence facts are the same in every draw, so with the shipped
            // rules no draw scored it; percentiles over some draws only would mislead
            return new UnitDraws(null, new HashMap<>(), bandLevels);
        }
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        return new UnitDraws(new double[] {percentile(sorted, 0.10), percentile(sorted, 0.50), percentile(sorted, 0.90)},
                bandCounts, bandLevels);
    }

    /** The run's simulation from every unit's summary ({@code byIso3} may lack units; they have no distribution). */
    public static Simulation simulation(List<Country> countries, Map<String, UnitDraws> byIso3, int draws, long seed) {
        Map<String, Integer> levels = new HashMap<>();
        byIso3.values().forEach(unit -> unit.bandLevels().forEach(levels::putIfAbsent));
        List<String> bandOrder = BandShares.order(levels);
        Map<String, ScoreDistribution> distributions = new HashMap<>();
        for (Country country : countries) {
            UnitDraws unit = byIso3.get(country.getIso3());
            if (unit != null && unit.percentiles() != null) {
                distributions.put(country.getIso3(), new ScoreDistribution(unit.percentiles()[0], unit.percentiles()[1],
                        unit.percentiles()[2], BandShares.of(unit.bandCounts(), draws, bandOrder)));
            }
        }
        return new Simulation(draws, seed, bandOrder, distributions);
    }

    /** Rounded to a thousandth: interpolating between scores of one decimal leaves float noise (4.8500000001). */
    private static double percentile(double[] sorted, double p) {
        return Math.round(Percentile.of(sorted, p) * 1000) / 1000.0;
    }
}
