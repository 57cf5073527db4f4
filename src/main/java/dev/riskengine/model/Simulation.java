package dev.riskengine.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of a Monte Carlo run: {@code draws} runs of the rules, each with every ranged
 * indicator drawn from a triangular distribution over its low, central and high values.
 * {@code bands} lists every band seen, lowest first; {@code seed} reproduces the run.
 */
public record Simulation(int draws, long seed, List<String> bands, Map<String, ScoreDistribution> byIso3) {

    public Simulation {
        bands = List.copyOf(bands);
        byIso3 = Map.copyOf(byIso3);
    }

    public Optional<ScoreDistribution> of(String iso3) {
        return Optional.ofNullable(byIso3.get(iso3));
    }
}
