package dev.riskengine.ruletest;

import java.util.List;
import java.util.Map;

import dev.riskengine.rules.RuleOutcome;

/**
 * How one case went. Each failure says what was expected and what came out, with the
 * contributions that explain it; {@code outcomes} are the rules' results per country (empty when
 * a rule failed while running).
 */
public record CaseResult(RuleTestCase testCase, List<Failure> failures, Map<String, RuleOutcome> outcomes) {

    /** One unmet expectation: a line saying so, then the contributions behind the actual value. */
    public record Failure(String message, List<String> explanation) { }

    public boolean passed() {
        return failures.isEmpty();
    }
}
