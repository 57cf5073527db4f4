package dev.riskengine.rules;

import java.nio.file.Path;
import java.util.List;

import dev.riskengine.model.RuleDescription;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RuleCatalogueTest {

    @Test
    void describesEveryShippedRuleFromWhatDroolsCompiled() throws Exception {
        // given
        RuleBase rules = new RuleCompiler().compile(Path.of("rules"));

        // when
        List<RuleDescription> described = RuleCatalogue.describe(rules);

        // then
        assertThat(described).hasSize(rules.ruleCount());
        assertThat(described).extracting(RuleDescription::salience).isSortedAccordingTo((a, b) -> b - a);
        // a rule of a DRL file, with an accumulate
        assertThat(described).filteredOn(r -> r.name().equals("Threat score is the capped sum of threat points"))
                .singleElement().satisfies(r -> {
                    assertThat(r.file()).isEqualTo("scoring.drl");
                    assertThat(r.salience()).isEqualTo(-100);
                    assertThat(r.conditions()).isEqualTo(
                            "Country() and accumulate Contribution(iso3 == $c, dimension == Dimension.THREAT)");
                });
        // a rule of a decision table: its thresholds as compiled
        assertThat(described).filteredOn(r -> r.name().equals("High risk")).singleElement().satisfies(r -> {
            assertThat(r.file()).endsWith(".drl.xlsx");
            assertThat(r.salience()).isEqualTo(-500);
            assertThat(r.conditions()).isEqualTo("RiskScore(value >= 5.0, value < 6.5)");
        });
    }
}
