package dev.riskengine.uncertainty;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import dev.riskengine.model.Indicator;

/**
 * The facts of one session over part of a year's units (a batch with its halo) as a Monte Carlo
 * draw gives them, drawn by that part alone. A whole-year draw ({@link MonteCarlo}) takes the k-th
 * number of the draw's stream for the year's k-th ranged indicator; here each ranged indicator
 * keeps its k, so a Spark task holding one batch draws exactly the values the whole year's draw
 * gives its units, and every draw of the batch can run in that one task.
 */
public final class DrawnFacts implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Object> facts;
    /** The places in the draw's stream of the part's ranged indicators, in stream order. */
    private final int[] places;
    /** For each of {@link #places}, the index in {@link #facts} of the indicator drawn there. */
    private final int[] factAt;

    private DrawnFacts(List<Object> facts, int[] places, int[] factAt) {
        this.facts = facts;
        this.places = places;
        this.factAt = factAt;
    }

    /**
     * @param yearIndicators the year's indicators in the order a whole-year draw takes them
     * @param sessionFacts   the part's facts, whose indicators are among {@code yearIndicators} (the same objects)
     */
    public static DrawnFacts of(List<Indicator> yearIndicators, List<Object> sessionFacts) {
        Map<Indicator, Integer> placeOf = new IdentityHashMap<>();
        for (Indicator indicator : yearIndicators) {
            if (indicator.isRange()) {
                placeOf.put(indicator, placeOf.size());
            }
        }
        List<long[]> ranged = new ArrayList<>();
        for (int f = 0; f < sessionFacts.size(); f++) {
            Integer place = sessionFacts.get(f) instanceof Indicator indicator ? placeOf.get(indicator) : null;
            if (place != null) {
                ranged.add(new long[] {place, f});
            }
        }
        ranged.sort((a, b) -> Long.compare(a[0], b[0]));
        int[] places = ranged.stream().mapToInt(pair -> (int) pair[0]).toArray();
        int[] factAt = ranged.stream().mapToInt(pair -> (int) pair[1]).toArray();
        return new DrawnFacts(List.copyOf(sessionFacts), places, factAt);
    }

    /**
     * The facts with every ranged indicator at its value in draw {@code draw} of a run seeded
     * {@code seed}. The stream is walked up to the part's last place only, and nothing is kept of
     * the numbers that belong to other parts' indicators: a batch of 100,000 units' year takes
     * its few hundred values out of a stream as long as the year's ranged indicators.
     */
    public List<Object> draw(long seed, int draw) {
        SplittableRandom random = DrawSeeds.forDraw(seed, draw);
        Object[] drawn = facts.toArray();
        int next = 0;
        for (int k = 0; next < places.length; k++) {
            double uniform = random.nextDouble();
            while (next < places.length && places[next] == k) {
                int f = factAt[next++];
                drawn[f] = MonteCarlo.drawn((Indicator) facts.get(f), uniform);
            }
        }
        return Arrays.asList(drawn);
    }
}
