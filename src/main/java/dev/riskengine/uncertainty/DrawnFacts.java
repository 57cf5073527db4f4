package dev.riskengine.uncertainty;

import java.io.Serializable;
import java.util.ArrayList;
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
    /** For each fact, its indicator's place among the year's ranged indicators; -1 for every other fact. */
    private final int[] rangedPlaces;
    private final int streamLength;

    private DrawnFacts(List<Object> facts, int[] rangedPlaces, int streamLength) {
        this.facts = facts;
        this.rangedPlaces = rangedPlaces;
        this.streamLength = streamLength;
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
        int[] places = new int[sessionFacts.size()];
        int streamLength = 0;
        for (int f = 0; f < places.length; f++) {
            Integer place = sessionFacts.get(f) instanceof Indicator indicator ? placeOf.get(indicator) : null;
            places[f] = place == null ? -1 : place;
            streamLength = Math.max(streamLength, places[f] + 1);
        }
        return new DrawnFacts(List.copyOf(sessionFacts), places, streamLength);
    }

    /** The facts with every ranged indicator at its value in draw {@code draw} of a run seeded {@code seed}. */
    public List<Object> draw(long seed, int draw) {
        SplittableRandom random = DrawSeeds.forDraw(seed, draw);
        double[] stream = new double[streamLength];
        for (int k = 0; k < streamLength; k++) {
            stream[k] = random.nextDouble();
        }
        List<Object> drawn = new ArrayList<>(facts.size());
        for (int f = 0; f < rangedPlaces.length; f++) {
            drawn.add(rangedPlaces[f] < 0 ? facts.get(f) : MonteCarlo.drawn((Indicator) facts.get(f), stream[rangedPlaces[f]]));
        }
        return drawn;
    }
}
