package dev.riskengine.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One country's score over the Monte Carlo draws: the 10th, 50th and 90th percentiles, and the
 * share of draws that ended in each band (ordered from the lowest band to the highest; the
 * shares add up to 1).
 */
public record ScoreDistribution(double p10, double p50, double p90, Map<String, Double> bandProbabilities) {

    public ScoreDistribution {
        bandProbabilities = Collections.unmodifiableMap(new LinkedHashMap<>(bandProbabilities));
    }

    public double probabilityOf(String band) {
        return bandProbabilities.getOrDefault(band, 0.0);
    }
}
