package dev.riskengine.report;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.ScoreDistribution;
import dev.riskengine.model.Simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A unit whose score the Monte Carlo run drew, with the distribution of its draws. */
public record DrawnScore(CountryAssessment country, ScoreDistribution distribution) {

    /** The drawn units in rank order; none when the run drew no samples. */
    public static List<DrawnScore> of(Assessment assessment) {
        List<DrawnScore> drawn = new ArrayList<>();
        if (assessment.simulation().isEmpty()) {
            return drawn;
        }
        Simulation simulation = assessment.simulation().get();
        for (CountryAssessment country : assessment.countries()) {
            simulation.of(country.iso3()).ifPresent(d -> drawn.add(new DrawnScore(country, d)));
        }
        return drawn;
    }

    /** "10,000 Monte Carlo draws (seed 42)": how every report names the run's draws. */
    public static String draws(Simulation simulation) {
        return String.format(Locale.ROOT, "%,d Monte Carlo draws (seed %d)", simulation.draws(), simulation.seed());
    }
}
