package dev.riskengine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.riskengine.model.ContributionRecord;
import dev.riskengine.model.Country;
import dev.riskengine.model.Dimension;
import dev.riskengine.model.Indicator;

/**
 * Sessions are reused from the rule base's pool, and a run's provenance is the list of what was
 * inserted: neither may carry anything from one run into the next, or miss what a rule removed.
 */
class SessionReuseTest {
    @TempDir Path temp;

    @Test
    void aReusedSessionKeepsNothingOfTheRunBefore() {
        Map<String, RuleOutcome> first = Given.country("BBB", 2_000_000L).indicator("BBB", "coastline_km", 400).run();
        Map<String, RuleOutcome> other = Given.country("AAA", 1_000_000L).indicator("AAA", "coastline_km", 1770.4)
                .indicator("AAA", "active_armed_groups", 6).run();
        Map<String, RuleOutcome> again = Given.country("BBB", 2_000_000L).indicator("BBB", "coastline_km", 400).run();

        assertThat(other).containsOnlyKeys("AAA");
        assertThat(again).containsOnlyKeys("BBB");
        assertThat(again.get("BBB")).isEqualTo(first.get("BBB"));
        assertThat(again.get("BBB").contributions()).extracting(ContributionRecord::reason)
                .noneMatch(reason -> reason.contains("1,770") || reason.contains("armed group"));
    }

    @Test
    void aContributionThatARuleDeletesCountsNeitherInTheScoreNorInTheList() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(temp).write("custom.drl", """
                package rules.custom;
                import dev.riskengine.model.*;
                rule "Coastline does not count here"
                    salience 10
                when
                    $c : Contribution( dimension == Dimension.EXPOSURE, reason != null, reason.contains( "coastline" ) )
                then
                    delete( $c );
                end
                """);
        RuleBase compiled = new RuleCompiler().compile(rules.dir());
        List<Country> countries = List.of(new Country("AAA", "AAA name", "Test region", 1_000_000L, "Countries!D2"));
        List<Object> facts = List.of(Indicator.point("AAA", "coastline_km", Given.YEAR, 1770.4, "Indicators!C2"));

        RuleOutcome outcome = new RuleSession(compiled).run(countries, facts).get("AAA");

        assertThat(outcome.contributions()).extracting(ContributionRecord::reason).noneMatch(r -> r.contains("coastline"));
        assertThat(outcome.dimensions().get(Dimension.EXPOSURE)).isEqualTo(0.5); // the floor: nothing counted
    }

    @Test
    void aSessionThatFailedInARuleLeavesTheNextRunOfTheSameRulesWhole() throws Exception {
        RuleBase compiled = new RuleCompiler().compile(RulesFolder.copyOfShipped(temp).write("ratio.drl", NonFinitePointsTest.DIVIDE_BY_ZERO).dir());
        List<Country> countries = List.of(new Country("MRT", "Mauritania", null, 5_000_000L));
        List<Object> failing = List.of(new Indicator("MRT", "terrorist_attacks", 2024, 3.0, 3.0, 3.0, "Indicators!B2"),
                new Indicator("MRT", "active_armed_groups", 2024, 0.0, 0.0, 0.0, "Indicators!C2"));
        List<Object> sound = List.of(new Indicator("MRT", "terrorist_attacks", 2024, 3.0, 3.0, 3.0, "Indicators!B2"),
                new Indicator("MRT", "active_armed_groups", 2024, 2.0, 2.0, 2.0, "Indicators!C2"));
        RuleOutcome first = new RuleSession(compiled).run(countries, sound).get("MRT");

        assertThatThrownBy(() -> new RuleSession(compiled).run(countries, failing)).isInstanceOf(RuleExecutionException.class);
        assertThatThrownBy(() -> new ScoreSession(compiled, "in a Monte Carlo draw").run(countries, failing))
                .isInstanceOf(RuleExecutionException.class);

        assertThat(new RuleSession(compiled).run(countries, sound).get("MRT")).isEqualTo(first);
        assertThat(new ScoreSession(compiled, "in a Monte Carlo draw").run(countries, sound).get("MRT").value())
                .isEqualTo(first.score());
    }
}
