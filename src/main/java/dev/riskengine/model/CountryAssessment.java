package dev.riskengine.model;

import java.util.List;
import java.util.Map;

/**
 * The assessed result of one country in one year. {@code scoreLow}/{@code scoreHigh} are the
 * lowest and highest scores over the runs with ranged indicators at their central, low and high
 * values; {@code completeness} is the share (0-1) of Dictionary indicators present.
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
                                List<ContributionRecord> contributions) {

    public String iso3() {
        return country.getIso3();
    }
}
