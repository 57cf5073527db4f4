package dev.riskengine.rules;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.riskengine.model.ContributionRecord;
import dev.riskengine.model.Dimension;
import dev.riskengine.model.InsufficientEvidence;

/**
 * What the rules decided for one country in one session. {@code rulesFired} names every rule that
 * inserted a fact about the country (a contribution, a dimension score, the score or the band).
 * A unit the rules found to have too little evidence has {@code insufficient} reasons (by
 * dimension), no score ({@code NaN}), the state {@link InsufficientEvidence#STATE} as its band and
 * band level 0; {@code reliability} is NaN when the rules give none.
 */
public record RuleOutcome(String iso3,
                          double score,
                          String band,
                          int bandLevel,
                          Map<Dimension, Double> dimensions,
                          List<ContributionRecord> contributions,
                          Set<String> rulesFired,
                          double reliability,
                          Map<Dimension, String> insufficient) implements Serializable {

    public RuleOutcome {
        insufficient = InsufficientEvidence.byDimension(insufficient);
    }

    /** Whether the unit has a score (and a band); false when its evidence is insufficient. */
    public boolean scored() {
        return insufficient.isEmpty();
    }
}
