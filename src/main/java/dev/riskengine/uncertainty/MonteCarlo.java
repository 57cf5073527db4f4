package dev.riskengine.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

import dev.riskengine.model.Border;
import dev.riskengine.model.Country;
import dev.riskengine.model.DimensionEvidence;
import dev.riskengine.model.Indicator;
import dev.riskengine.model.ScoreDistribution;
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
        if (draws < 1 || draws > MOST_DRAWS) {
            throw new IllegalArgumentException("draws must be from 1 to " + MOST_DRAWS + ", was " + draws);
        }
        double[][] scores = new double[countries.size()][draws];
        String[][] bands = new String[countries.size()][draws];
        Map<String, Integer> bandLevels = new ConcurrentHashMap<>();
        Draws.run(draws, threads, "Monte Carlo", progress, draw -> {
            List<Indicator> drawn = drawn(indicators, DrawSeeds.forDraw(seed, draw));
            Map<String, ScoreSession.Score> outcome = scorer.score(countries, drawn, borders, evidence);
            for (int c = 0; c < countries.size(); c++) {
                ScoreSession.Score score = outcome.get(countries.get(c).getIso3());
                if (!score.scored()) {
                    scores[c][draw] = Double.NaN;
                    continue;
                }
                scores[c][draw] = score.value();
                bands[c][draw] = score.band();
                bandLevels.putIfAbsent(score.band(), score.bandLevel());
            }
        });
        return summarise(countries, scores, bands, bandLevels, draws, seed);
    }

    /** The year's indicators with every ranged one drawn; point estimates as they are. */
    static List<Indicator> drawn(List<Indicator> indicators, SplittableRandom random) {
        List<Indicator> drawn = new ArrayList<>(indicators.size());
        for (Indicator indicator : indicators) {
            drawn.add(indicator.isRange() ? indicator.withValue(Triangular.inverse(indicator.getLow(),
                    indicator.getValue(), indicator.getHigh(), random.nextDouble())) : indicator);
        }
        return drawn;
    }

    /** Rounded to a thousandth: interpolating between scores of one decimal leaves float noise (4.8500000001). */
    private static double percentile(double[] sorted, double p) {
        return Math.round(Percentile.of(sorted, p) * 1000) / 1000.0;
    }

    private static Simulation summarise(List<Country> countries, double[][] scores, String[][] bands,
                                        Map<String, Integer> bandLevels, int draws, long seed) {
        List<String> bandOrder = BandShares.order(bandLevels);
        Map<String, ScoreDistribution> byIso3 = new HashMap<>();
        for (int c = 0; c < countries.size(); c++) {
            if (Arrays.stream(scores[c]).anyMatch(Double::isNaN)) {
                // insufficient data: the evidence facts are the same in every draw, so with the
                // shipped rules no draw scored it; percentiles over some draws only would mislead
                continue;
            }
            double[] sorted = scores[c].clone();
            Arrays.sort(sorted);
            Map<String, Double> probabilities = BandShares.of(bands[c], bandOrder);
            byIso3.put(countries.get(c).getIso3(), new ScoreDistribution(percentile(sorted, 0.10),
                    percentile(sorted, 0.50), percentile(sorted, 0.90), probabilities));
        }
        return new Simulation(draws, seed, bandOrder, byIso3);
    }
}
