package dev.riskengine.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.riskengine.model.ContributionRecord;

/** The rules shipped in rules/, compiled once for all rule tests. */
final class ShippedRules {
    private static RuleBase compiled;

    private ShippedRules() { }

    static synchronized RuleBase ruleBase() {
        if (compiled == null) {
            try {
                compiled = new RuleCompiler().compile(Path.of("rules"));
            } catch (RuleCompilationException e) {
                throw new AssertionError("shipped rules do not compile:\n" + e.getMessage(), e);
            }
        }
        return compiled;
    }

    static List<ContributionRecord> contributionsOf(Map<String, RuleOutcome> outcomes, String iso3, String rule) {
        return outcomes.get(iso3).contributions().stream().filter(c -> c.rule().equals(rule)).toList();
    }
}
