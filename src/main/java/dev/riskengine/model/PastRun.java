package dev.riskengine.model;

import java.util.List;
import java.util.Map;

/**
 * What a later run needs to know about an earlier one to say what changed: its input and rule
 * hashes (from its manifest) and, per country, the score, band, indicator readings and
 * contributions (from its scores.json).
 *
 * @param ruleFiles rule file (relative to the rules directory) to its SHA-256
 * @param countries by ISO3, in the earlier run's ranking order
 */
public record PastRun(String runId, int year, String inputSha256, Map<String, String> ruleFiles,
                      Map<String, PastCountry> countries) {

    /** One country as an earlier run assessed it; a unit with insufficient data had no score (NaN). */
    public record PastCountry(String iso3, String name, double score, String band, int bandLevel,
                              List<Reading> indicators, List<ContributionRecord> contributions) {

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
