package dev.riskengine.model;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a later assessment needs to know about an earlier one to say what moved: its input and
 * rule hashes (from its manifest) and, per country, the score, band, dimensions, indicator
 * readings and contributions (from its scores.json); or, in watch mode, the last assessment held
 * in memory ({@link #of(Assessment)}).
 *
 * @param ruleFiles rule file (relative to the rules directory) to its SHA-256
 * @param countries by ISO3, in the earlier run's ranking order
 */
public record PastRun(String runId, int year, String inputSha256, Map<String, String> ruleFiles,
                      Map<String, PastCountry> countries) {

    /** The earlier run without its units: what a comparison streamed unit by unit needs of it besides them. */
    public record Head(String runId, int year, String inputSha256, Map<String, String> ruleFiles) { }

    public Head head() {
        return new Head(runId, year, inputSha256, ruleFiles);
    }

    /** An assessment still in memory (watch mode's last good pass), as a later one is compared with it. */
    public static PastRun of(Assessment assessment) {
        Map<String, PastCountry> countries = new LinkedHashMap<>();
        for (CountryAssessment c : assessment.countries()) {
            countries.put(c.iso3(), PastCountry.of(c));
        }
        return new PastRun(null, assessment.year(), null, Map.of(), countries);
    }

    /**
     * One country as an earlier run assessed it; a unit with insufficient data had no score (NaN).
     *
     * @param dimensions the dimension scores it had (a dimension without one is left out)
     */
    public record PastCountry(String iso3, String name, double score, String band, int bandLevel,
                              Map<Dimension, Double> dimensions, List<Reading> indicators,
                              List<ContributionRecord> contributions) {

        /** Without dimension scores: what a run comparison alone needs. */
        public PastCountry(String iso3, String name, double score, String band, int bandLevel,
                           List<Reading> indicators, List<ContributionRecord> contributions) {
            this(iso3, name, score, band, bandLevel, Map.of(), indicators, contributions);
        }

        static PastCountry of(CountryAssessment c) {
            Map<Dimension, Double> dimensions = new EnumMap<>(Dimension.class);
            if (c.dimensions() != null) {
                c.dimensions().forEach((dimension, score) -> {
                    if (score != null) {
                        dimensions.put(dimension, score);
                    }
                });
            }
            List<Reading> readings = c.indicators() == null ? List.of() : c.indicators().stream().map(Reading::of).toList();
            return new PastCountry(c.iso3(), c.country().getName(), c.score(), c.band(), c.bandLevel(), dimensions,
                    readings, c.contributions() == null ? List.of() : c.contributions());
        }

        public boolean insufficient() {
            return Double.isNaN(score);
        }
    }

    /** An indicator value as a run read it: central value, range and source cell. */
    public record Reading(String code, double value, double low, double high, String cell) {

        public static Reading of(Indicator indicator) {
            return new Reading(indicator.getCode(), indicator.getValue(), indicator.getLow(), indicator.getHigh(),
                    indicator.getCell());
        }

        boolean sameValueAs(Reading other) {
            return Double.compare(value, other.value) == 0 && Double.compare(low, other.low) == 0
                    && Double.compare(high, other.high) == 0;
        }
    }
}
