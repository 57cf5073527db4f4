package dev.riskengine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.riskengine.model.Country;
import dev.riskengine.model.Indicator;
import dev.riskengine.model.RuleExplanation;

/** explain --rule: what a rule matched when it fired, and which condition stopped it when it did not. */
class RuleExplainerTest {

    @Test
    void aRuleThatFiredShowsTheFactsItMatched() throws Exception {
        // given 2,000 fighters from 10 million people (200 per million)
        RuleExplanation e = Given.country("TST", 10_000_000L).indicator("TST", "fighters_abroad", 2000)
                .explain("Very many citizens fighting abroad", "TST");

        // then
        assertThat(e.fired()).isTrue();
        assertThat(e.blocker()).isNull();
        assertThat(e.place()).isEqualTo("threat.drl.xlsx: Threat!B12");
        assertThat(e.firings()).singleElement().satisfies(f -> assertThat(f.facts())
                .hasAtLeastOneElementOfType(Country.class)
                .anySatisfy(fact -> assertThat(fact).isInstanceOfSatisfying(Indicator.class,
                        i -> assertThat(i.getCell()).isEqualTo("Indicators!fighters_abroad2"))));
    }

    @Test
    void aConstraintNoFactMeetsIsNamedWithTheFactsThatGotThatFar() throws Exception {
        // given four armed groups, one short of "many"
        RuleExplanation e = Given.country("TST", 1_000_000L).indicator("TST", "active_armed_groups", 4)
                .explain("Many armed groups active", "TST");

        // then
        assertThat(e.fired()).isFalse();
        assertThat(e.blocker().position()).isEqualTo(1);
        assertThat(e.blocker().condition()).isEqualTo("$i : Indicator(code == \"active_armed_groups\", value >= 5)");
        assertThat(e.blocker().constraint()).isEqualTo("value >= 5");
        assertThat(e.blocker().candidates()).singleElement().isInstanceOfSatisfying(Indicator.class,
                i -> assertThat(i.getValue()).isEqualTo(4.0));
    }

    @Test
    void missingDataStopsTheRuleAtThePatternThatNeedsIt() throws Exception {
        // given a population but no fighters figure; another country has one
        RuleExplanation e = Given.country("TST", 1_000_000L).and("OTH", 1_000_000L)
                .indicator("OTH", "fighters_abroad", 500).indicator("TST", "terrorist_attacks", 3)
                .explain("Very many citizens fighting abroad", "TST");

        // then the Country pattern matched, the Indicator pattern's code constraint did not
        assertThat(e.blocker().position()).isEqualTo(2);
        assertThat(e.blocker().constraint()).isEqualTo("code == \"fighters_abroad\"");
        assertThat(e.blocker().candidates()).singleElement().isInstanceOfSatisfying(Indicator.class,
                i -> assertThat(i.getCode()).isEqualTo("terrorist_attacks"));
    }

    @Test
    void aStageThatNeverCameIsAConditionWithoutAnyFact() throws Exception {
        // given a country whose neighbour is not assessed: no DimensionScore for the neighbour ever exists
        RuleExplanation e = Given.country("TST", 1_000_000L).borderToOutsider("TST", "NGA", 500)
                .explain("Spillover from a neighbour with a high threat", "TST");

        // then the Border matched and the neighbour's THREAT score is what is missing
        assertThat(e.blocker().position()).isEqualTo(2);
        assertThat(e.blocker().condition()).startsWith("DimensionScore( iso3 == $n");
        assertThat(e.blocker().constraint()).isEqualTo("iso3 == $n");
    }

    @Test
    void anUnknownRuleNameListsCloseNames() {
        assertThatThrownBy(() -> Given.country("TST", 1_000_000L).explain("Many armd groups", "TST"))
                .isInstanceOfSatisfying(RuleExplainer.UnknownRuleException.class, e -> {
                    assertThat(e.closeNames()).startsWith("Many armed groups active");
                    assertThat(e.getMessage()).startsWith("no rule \"Many armd groups\"; close names: \"Many armed groups active\"");
                });
    }
}
