package dev.riskengine.model;

import java.util.List;
import java.util.Map;

/**
 * The assessed result of one country in one year. {@code scoreLow}/{@code scoreHigh} are the
 * lowest and highest scores over the runs with ranged indicators at their central, low and high
 * values; {@code completeness} is the share (0-1) of the unit's expected inputs present: the
 * Dictionary's indicators, and the population when rules read it. {@code reliability} is the
 * rules' reliability score (0-10, lower is better; NaN when the rules give none). A unit whose
 * evidence the rules found insufficient has its reasons by dimension in {@code insufficient}, no
 * score (score, scoreLow and scoreHigh NaN), the band {@link InsufficientEvidence#STATE}, band
 * level 0, and ranks after every scored unit.
 */
public record CountryAssessment(Country country,
                                int rank,
                                double score,
                                String band,
                                int bandLevel,
                                double scoreLow,
                                double scoreHigh,
                                Map<Dimension, Double> dimensions,
                                double completeness,
                                List<Indicator> indicators,
                                List<String> missingIndicators,
                                List<ContributionRecord> contributions,
                                double reliability,
                                Map<Dimension, String> insufficient) {

    public CountryAssessment {
        insufficient = InsufficientEvidence.byDimension(insufficient);
    }

    /** A scored unit without a reliability score (rules that give none). */
    public CountryAssessment(Country country, int rank, double score, String band, int bandLevel, double scoreLow,
                             double scoreHigh, Map<Dimension, Double> dimensions, double completeness,
                             List<Indicator> indicators, List<String> missingIndicators,
                             List<ContributionRecord> contributions) {
        this(country, rank, score, band, bandLevel, scoreLow, scoreHigh, dimensions, completeness, indicators,
                missingIndicators, contributions, Double.NaN, Map.of());
    }

    public String iso3() {
        return country.getIso3();
    }

    /** Whether the unit has a score and a band; false for "Insufficient data". */
    public boolean scored() {
        return insufficient.isEmpty();
    }

    /** Whether the rules gave a reliability score. */
    public boolean hasReliability() {
        return !Double.isNaN(reliability);
    }

    /** The reasons the unit has no score, one per dimension, in dimension order; empty when scored. */
    public List<String> insufficientReasons() {
        return List.copyOf(insufficient.values());
    }

    /**
     * The dimension's score as reports show it: null for a dimension whose evidence the rules found
     * insufficient, where the rules' 0 is want of data, not a low risk.
     */
    public Double shownDimension(Dimension dimension) {
        return insufficient.containsKey(dimension) || dimensions == null ? null : dimensions.get(dimension);
    }

    /** The same assessment at another rank. */
    public CountryAssessment withRank(int newRank) {
        return new CountryAssessment(country, newRank, score, band, bandLevel, scoreLow, scoreHigh, dimensions,
                completeness, indicators, missingIndicators, contributions, reliability, insufficient);
    }
}
