package dev.riskengine.uncertainty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import dev.riskengine.model.Border;
import dev.riskengine.model.Country;
import dev.riskengine.model.DimensionEvidence;
import dev.riskengine.model.Indicator;
import dev.riskengine.model.Simulation;
import dev.riskengine.rules.RuleBase;
import dev.riskengine.rules.ScoreSession;

/**
 * Monte Carlo over the analysts' ranges: each draw samples every ranged indicator from a
 * triangular distribution over its low, central and high values and re-runs the rules in an empty
 * session of the one compiled rule base. Draws run on {@code threads} threads; each draw has its
 * own seeded stream and writes only its own slot, so the result does not depend on scheduling.
 */
public final class MonteCarlo {
    /**
     * The most draws a run may ask for. Percentiles and band probabilities stop moving long before
     * (1,000 draws put P10 within about 1 % of the score range), while memory grows with units x
     * draws: 2,000,000,000 draws of the sample alone would need hundreds of GB.
     */
    public static final int MOST_DRAWS = 100_000;

    /** What a rule that fails in a draw is said to have failed in. */
    public static final String DURING = "in a Monte Carlo draw";

    private final DrawScorer scorer;
    private final int threads;
    private final DrawProgress progress;

    /** Each draw in one score-only session over every unit. */
    public MonteCarlo(RuleBase rules, int threads, DrawProgress progress) {
        this(oneSession(rules), threads, progress);
    }

    /** @param scorer scores each draw's units (a run passes its pipeline's engine) */
    public MonteCarlo(DrawScorer scorer, int threads, DrawProgress progress) {
        this.scorer = scorer;
        this.threads = Math.max(1, threads);
        this.progress = progress;
    }

    private static DrawScorer oneSession(RuleBase rules) {
        ScoreSession session = new ScoreSession(rules, DURING);
        return (countries, drawn, borders, evidence) -> {
            List<Object> facts = new ArrayList<>(drawn);
            facts.addAll(borders);
            facts.addAll(evidence);
            return session.run(countries, facts);
        };
    }

    public Simulation run(List<Country> countries, List<Indicator> indicators, List<Border> borders,
                          int draws, long seed) {
        return run(countries, indicators, borders, List.of(), draws, seed);
    }

    /**
     * @param evidence facts every draw gets unchanged (the year's {@code DimensionEvidence}): a
     *                 unit without enough evidence has no score in any draw, and no distribution
     */
    public Simulation run(List<Country> countries, List<Indicator> indicators, List<Border> borders,
                          List<DimensionEvidence> evidence, int draws, long seed) {
        checkDraws(draws);
        DrawTable table = new DrawTable(countries.size(), draws);
        Draws.run(draws, threads, "Monte Carlo", progress, draw -> {
            List<Indicator> drawn = drawn(indicators, DrawSeeds.forDraw(seed, draw));
            Map<String, ScoreSession.Score> outcome = scorer.score(countries, drawn, borders, evidence);
            for (int c = 0; c < countries.size(); c++) {
                table.put(c, draw, outcome.get(countries.get(c).getIso3()));
            }
        });
        Map<String, UnitDraws> byIso3 = new HashMap<>();
        for (int c = 0; c < countries.size(); c++) {
            byIso3.put(countries.get(c).getIso3(), table.summary(c));
        }
        return UnitDraws.simulation(countries, byIso3, draws, seed);
    }

    /** Refuses a number of draws outside 1 to {@link #MOST_DRAWS}: every way of drawing checks it here. */
    public static void checkDraws(int draws) {
        if (draws < 1 || draws > MOST_DRAWS) {
            throw new IllegalArgumentException("draws must be from 1 to " + MOST_DRAWS + ", was " + draws);
        }
    }

    /** The year's indicators with every ranged one drawn; point estimates as they are. */
    static List<Indicator> drawn(List<Indicator> indicators, SplittableRandom random) {
        List<Indicator> drawn = new ArrayList<>(indicators.size());
        for (Indicator indicator : indicators) {
            drawn.add(indicator.isRange() ? drawn(indicator, random.nextDouble()) : indicator);
        }
        return drawn;
    }

    /** A ranged indicator at the value {@code uniform} (from 0 to 1) picks from its triangular distribution. */
    static Indicator drawn(Indicator ranged, double uniform) {
        return ranged.withValue(Triangular.inverse(ranged.getLow(), ranged.getValue(), ranged.getHigh(), uniform));
    }

    /**
     * Each unit's score, band and band level in each draw, filled by the draws' threads (each
     * writes only its own column), then summarised per unit.
     */
    public static final class DrawTable {
        private final double[][] scores;
        private final String[][] bands;
        private final int[][] levels;

        public DrawTable(int units, int draws) {
            scores = new double[units][draws];
            bands = new String[units][draws];
            levels = new int[units][draws];
        }

        /** @param score the unit's score in the draw, unscored where the rules gave none */
        public void put(int unit, int draw, ScoreSession.Score score) {
            scores[unit][draw] = score.scored() ? score.value() : Double.NaN;
            bands[unit][draw] = score.scored() ? score.band() : null;
            levels[unit][draw] = score.scored() ? score.bandLevel() : 0;
        }

        public UnitDraws summary(int unit) {
            return UnitDraws.of(scores[unit], bands[unit], levels[unit]);
        }
    }
}
