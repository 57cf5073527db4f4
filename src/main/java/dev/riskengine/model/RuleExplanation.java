package dev.riskengine.model;

import java.util.List;

/**
 * Why one rule did or did not act for one country ({@code explain ISO3 --rule NAME}). {@code place}
 * says where the author finds the rule ({@code exposure.drl:51}, {@code threat.drl.xlsx: Threat!B30}). When it fired, {@code firings} holds the facts
 * of each firing; when it did not, {@code blocker} says which of its conditions no fact satisfied.
 */
public record RuleExplanation(String rule, String file, String place, String iso3,
                              List<Firing> firings, Blocker blocker, List<String> otherFiles) {

    /** One firing: the facts the rule matched (Countries, Indicators, Borders, scores, collected lists). */
    public record Firing(List<Object> facts) { }

    /**
     * The first condition of the rule that had no match for the country, counted from 1 in the
     * rule's order, as Drools parsed it. For a pattern, {@code constraint} is the first of its
     * constraints that no fact met (null when even the bare pattern has no fact of its type) and
     * {@code candidates} the facts that met the constraints before it.
     */
    public record Blocker(int position, String condition, String constraint, List<Object> candidates) { }

    public boolean fired() {
        return !firings.isEmpty();
    }
}
