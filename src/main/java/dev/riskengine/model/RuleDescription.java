package dev.riskengine.model;

/**
 * A compiled rule as the reports describe it: its name, its file (relative to the rules
 * directory), its salience (the stage it belongs to; higher fires first) and its conditions as
 * the rule engine compiled them, e.g. {@code RiskScore(value >= 5.0, value < 6.5)}.
 */
public record RuleDescription(String name, String file, int salience, String conditions) {
}
