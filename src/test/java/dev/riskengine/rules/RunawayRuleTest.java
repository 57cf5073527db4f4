package dev.riskengine.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.riskengine.model.Country;
import dev.riskengine.model.Indicator;

/**
 * A rule that re-triggers itself is stopped by the same bound in every kind of session, and said
 * so: not only in a run, but when explaining a rule and in the score-only sessions.
 */
class RunawayRuleTest {
    @TempDir Path temp;

    private static final String LOOP = """
            package rules.custom;
            import dev.riskengine.model.*;
            rule "Echo"
            when
                Contribution( $c : iso3, reason == "echo" )
            then
                insert( new Contribution( $c, Dimension.EXPOSURE, 0.0, "echo" ) );
            end
            rule "Start the echo"
            when
                Country( $c : iso3 )
            then
                insert( new Contribution( $c, Dimension.EXPOSURE, 0.0, "echo" ) );
            end
            """;

    private final List<Country> countries = List.of(new Country("TST", "Testland", null, 1_000_000L));
    private final List<Indicator> facts = List.of();

    @Test
    void explainingARuleStopsARunawayAndSaysSo() throws Exception {
        RuleBase rules = new RuleCompiler().compile(RulesFolder.copyOfShipped(temp).write("loop.drl", LOOP).dir());

        assertThatThrownBy(() -> new RuleExplainer(rules).explain("Start the echo", "TST", countries, facts))
                .isInstanceOf(RuleExecutionException.class)
                .hasMessage("rules kept firing without end while explaining Start the echo (stopped after 10000 firings): "
                        + "rules/loop.drl:3: rule \"Echo\" re-activates itself: its consequence inserts or changes a fact"
                        + " its own conditions match");
    }

    @Test
    void aScoreOnlySessionSaysWhenItRan() throws Exception {
        RuleBase rules = new RuleCompiler().compile(RulesFolder.copyOfShipped(temp).write("loop.drl", LOOP).dir());

        assertThatThrownBy(() -> new ScoreSession(rules, "with the ranged indicators at the low end of their ranges")
                .run(countries, facts))
                .isInstanceOf(RuleExecutionException.class)
                .hasMessageStartingWith("rules kept firing without end with the ranged indicators at the low end of their ranges")
                .hasMessageContaining("rules/loop.drl:3: rule \"Echo\" re-activates itself")
                .hasMessageNotContaining("Start the echo");
    }
}
