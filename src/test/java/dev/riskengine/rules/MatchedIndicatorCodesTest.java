package dev.riskengine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The indicator codes the rules match by name: what a rule test case may give a country. */
class MatchedIndicatorCodesTest {

    @TempDir
    Path temp;

    @Test
    void theShippedRulesMatchTheirCodesFromDrlAndTables() {
        assertThat(ShippedRules.ruleBase().indicatorCodes()).hasValueSatisfying(codes -> assertThat(codes)
                .contains("coastline_km", "terrorist_attacks", "government_control_pct")
                .doesNotContain("coastline_kn"));
    }

    @Test
    void aRuleMatchingIndicatorsWithoutNamingTheCodeMakesEveryCodeCount() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(temp).write("any.drl", "package rules.custom;\n"
                + "import dev.riskengine.model.*;\nrule \"Any military indicator\"\nwhen\n"
                + "    Indicator( code.startsWith( \"military\" ), $c : iso3 )\nthen\nend\n");

        assertThat(new RuleCompiler().compile(rules.dir()).indicatorCodes()).isEmpty();
    }
}
