package dev.riskengine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Keeps the promise that each shipped rule has a test named after it, also for rules added later,
 * including each row of the decision tables (threat.drl.xlsx, bands.drl.xlsx), which is a rule of its own.
 */
class EveryRuleHasATestTest {

    @Test
    void everyShippedRuleHasATestNamedAfterIt() {
        Set<String> tested = new HashSet<>();
        for (Class<?> testClass : List.of(ThreatRulesTest.class, ExposureRulesTest.class,
                VulnerabilityRulesTest.class, ScoringRulesTest.class, EvidenceRulesTest.class)) {
            for (Method method : testClass.getDeclaredMethods()) {
                DisplayName name = method.getAnnotation(DisplayName.class);
                if (name != null) {
                    tested.add(name.value());
                }
            }
        }
        Set<String> rules = new HashSet<>();
        Set<String> tableRules = new HashSet<>();
        RuleBase shipped = ShippedRules.ruleBase();
        shipped.kieBase().getKiePackages().forEach(p -> p.getRules().forEach(r -> {
            rules.add(r.getName());
            if (shipped.fileOf(r).endsWith(".drl.xlsx")) {
                tableRules.add(r.getName());
            }
        }));
        assertThat(rules).hasSizeGreaterThan(30);
        // every row of the decision tables is a rule of its own and needs its own test
        assertThat(tableRules).hasSize(19).contains("Very many citizens fighting abroad", "Very high risk");
        assertThat(tested).as("rules in rules/ without a test named after them").containsAll(rules);
    }
}
