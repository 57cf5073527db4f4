package dev.riskengine.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.riskengine.model.ContributionRecord;
import dev.riskengine.model.Dimension;

/**
 * What the rules decided for one country in one session. {@code rulesFired} names every rule that
 * inserted a fact about the country (a contribution, a dimension score, the score or the band).
 */
public record RuleOutcome(String iso3,
                          double score,
                          String band,
                          int bandLevel,
                          Map<Dimension, Double> dimensions,
                          List<ContributionRecord> contributions,
                          Set<String> rulesFired) {

    public RuleOutcome(String iso3, double score, String band, int bandLevel, Map<Dimension, Double> dimensions,
                       List<ContributionRecord> contributions) {
        this(iso3, score, band, bandLevel, dimensions, contributions, Set.of());
    }
}
