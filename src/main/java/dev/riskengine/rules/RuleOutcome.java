package dev.riskengine.rules;

import java.util.List;
import java.util.Map;

import dev.riskengine.model.ContributionRecord;
import dev.riskengine.model.Dimension;

/** What the rules decided for one country in one session. */
public record RuleOutcome(String iso3,
                          double score,
                          String band,
                          int bandLevel,
                          Map<Dimension, Double> dimensions,
                          List<ContributionRecord> contributions) {
}
