package dev.riskengine.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.riskengine.model.ContributionRecord;
import dev.riskengine.model.Country;

/**
 * The rules shipped in rules/, compiled once for all rule tests, and a tiny way to run them:
 * give the countries and facts, get each country's outcome.
 */
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

    static Map<String, RuleOutcome> run(List<Country> countries, Object... facts) {
        return new RuleSession(ruleBase()).run(countries, Arrays.asList(facts));
    }

    /** The contributions made by one named rule for one country. */
    static List<ContributionRecord> contributionsOf(Map<String, RuleOutcome> outcomes, String iso3, String rule) {
        List<ContributionRecord> found = new ArrayList<>();
        for (ContributionRecord c : outcomes.get(iso3).contributions()) {
            if (c.rule().equals(rule)) {
                found.add(c);
            }
        }
        return found;
    }
}
