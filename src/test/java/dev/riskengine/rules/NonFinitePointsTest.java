package dev.riskengine.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.riskengine.model.Country;
import dev.riskengine.model.Indicator;

/** Issue 11, case 2: a rule dividing by a zero indicator must stop the run at that rule, not score Infinity. */
class NonFinitePointsTest {
    @TempDir Path temp;

    /** A rule whose points are attacks over armed groups: infinite or NaN where there are no groups. */
    static final String DIVIDE_BY_ZERO = """
            package rules.custom;
            import dev.riskengine.model.*;
            rule "Attacks per armed group"
            when
                Indicator( code == "terrorist_attacks", $attacks : value, $c : iso3 )
                Indicator( iso3 == $c, code == "active_armed_groups", $groups : value )
            then
                insert( new Contribution( $c, Dimension.THREAT, $attacks / $groups, "attacks per group" ) );
            end
            """;

    private final List<Country> countries = List.of(new Country("MRT", "Mauritania", null, 5_000_000L));
    private final List<Indicator> facts = List.of(
            new Indicator("MRT", "terrorist_attacks", 2024, 3.0, 3.0, 3.0, "Indicators!B2"),
            new Indicator("MRT", "active_armed_groups", 2024, 0.0, 0.0, 0.0, "Indicators!C2"));

    @Test
    void ruleDividingByAZeroIndicatorStopsTheRunNamingRuleFileAndUnit() throws Exception {
        RuleBase rules = new RuleCompiler().compile(RulesFolder.copyOfShipped(temp).write("ratio.drl", DIVIDE_BY_ZERO).dir());

        assertThatThrownBy(() -> new RuleSession(rules).run(countries, facts))
                .isInstanceOf(RuleExecutionException.class)
                .hasMessageContaining("ratio.drl")
                .hasMessageContaining("rule \"Attacks per armed group\"")
                .hasMessageContaining("for MRT is Infinity");
    }

    @Test
    void case2NonFinitePointNamesTheRuleLine() throws Exception {
        RuleBase rules = new RuleCompiler().compile(RulesFolder.copyOfShipped(temp).write("ratio.drl", DIVIDE_BY_ZERO).dir());

        assertThatThrownBy(() -> new RuleSession(rules).run(countries, facts))
                .isInstanceOf(RuleExecutionException.class)
                .hasMessageStartingWith("rules/ratio.drl:3: rule \"Attacks per armed group\" failed: "
                        + "NonFinitePointsException: a Contribution's points for MRT is Infinity");
    }

    @Test
    void aScoreOnlySessionStopsAtTheSameRule() throws Exception {
        RuleBase rules = new RuleCompiler().compile(RulesFolder.copyOfShipped(temp).write("ratio.drl", DIVIDE_BY_ZERO).dir());

        assertThatThrownBy(() -> new ScoreSession(rules, "in a Monte Carlo draw").run(countries, facts))
                .isInstanceOf(RuleExecutionException.class)
                .hasMessageContaining("rules/ratio.drl:3: rule \"Attacks per armed group\" failed in a Monte Carlo draw")
                .hasMessageContaining("for MRT is Infinity");
    }
}
