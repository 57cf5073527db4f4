package dev.riskengine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Keeps the promise that each shipped rule has a test named after it, also for rules added later. */
class EveryRuleHasATestTest {

    @Test
    void everyShippedRuleHasATestNamedAfterIt() {
        Set<String> tested = new HashSet<>();
        for (Class<?> testClass : List.of(ThreatRulesTest.class, ExposureRulesTest.class,
                VulnerabilityRulesTest.class, ScoringRulesTest.class)) {
            for (Method method : testClass.getDeclaredMethods()) {
                DisplayName name = method.getAnnotation(DisplayName.class);
                if (name != null) {
                    tested.add(name.value());
                }
            }
        }
        Set<String> rules = new HashSet<>();
        ShippedRules.ruleBase().kieBase().getKiePackages()
                .forEach(p -> p.getRules().forEach(r -> rules.add(r.getName())));
        assertThat(rules).hasSizeGreaterThan(30);
        assertThat(tested).as("rules in rules/ without a test named after them").containsAll(rules);
    }
}
