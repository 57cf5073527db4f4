package dev.riskengine.model;

import java.io.Serializable;
import java.util.List;

/**
 * A contribution as the engine saw it being made: the rule's points and reason, plus the rule
 * name, the rule file (relative to the rules directory) and the cells of the facts it matched.
 */
public record ContributionRecord(String iso3, Dimension dimension, double points, String reason,
                                 String rule, String file, List<String> cells) implements Serializable {
}
