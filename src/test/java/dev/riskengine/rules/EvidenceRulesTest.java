package dev.riskengine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.riskengine.model.Dimension;
import dev.riskengine.model.DimensionEvidence;
import dev.riskengine.model.InsufficientEvidence;

/** One test per rule of rules/evidence.drl (too little evidence, reliability), and the facts they read. */
class EvidenceRulesTest {

    /** Every input of every dimension, all point estimates of the assessed year: nothing to doubt. */
    private static Given complete() {
        return allButControl().indicator("TST", "government_control_pct", 90);
    }

    private static Given allButControl() {
        return Given.country("TST", 10_000_000L)
                .indicator("TST", "fighters_abroad", 100).indicator("TST", "returning_fighters", 10)
                .indicator("TST", "active_armed_groups", 1).indicator("TST", "terrorist_attacks", 5)
                .indicator("TST", "coastline_km", 500)
                .indicator("TST", "military_spending_pct_gdp", 2).indicator("TST", "military_spending_usd_m", 500)
                .indicator("TST", "foreign_security_support", 1)
                .indicator("TST", "political_stability", -0.3).indicator("TST", "government_effectiveness", 0.2);
    }

    @Test
    @DisplayName("Too little evidence to score a dimension")
    void countryWithNoIndicatorRowsIsInsufficientDataNotVeryLowZero() {
        // case 3: a country with no Indicators rows at all was ranked "Very Low 0.0"
        RuleOutcome outcome = Given.country("TST", 10_000_000L).assessed().get("TST");

        assertThat(outcome.scored()).isFalse();
        assertThat(outcome.band()).isEqualTo(InsufficientEvidence.STATE);
        assertThat(outcome.score()).isNaN();
        assertThat(outcome.rulesFired()).contains("Too little evidence to score a dimension")
                .doesNotContain("Overall score is the geometric mean of the dimensions", "Very low risk");
        assertThat(outcome.insufficient()).containsOnlyKeys(Dimension.THREAT, Dimension.EXPOSURE, Dimension.VULNERABILITY);
        assertThat(outcome.insufficient().get(Dimension.THREAT)).isEqualTo("threat: 1 of 5 inputs present in 2016"
                + " (missing active_armed_groups, fighters_abroad, returning_fighters, terrorist_attacks)");
        assertThat(outcome.insufficient().get(Dimension.EXPOSURE))
                .isEqualTo("exposure: 0 of 1 inputs present in 2016 (missing coastline_km)");
    }

    @Test
    void explainSaysTheEvidenceRuleFiredForTheCountryItJudged() throws Exception {
        var explained = Given.country("TST", 10_000_000L).and("OTH", 10_000_000L)
                .indicator("OTH", "terrorist_attacks", 0)
                .explainAssessed("Too little evidence to score a dimension", "TST");

        assertThat(explained.fired()).isTrue();
    }

    @Test
    void aDimensionWithAQuarterOfItsInputsIsEnoughAndTheUnitIsScored() {
        // two of five THREAT inputs (one indicator and the population), the coastline, two of seven VULNERABILITY inputs
        RuleOutcome outcome = Given.country("TST", 10_000_000L).indicator("TST", "terrorist_attacks", 0)
                .indicator("TST", "coastline_km", 0).indicator("TST", "government_control_pct", 100)
                .assessed().get("TST");

        assertThat(outcome.scored()).isTrue();
        assertThat(outcome.score()).isEqualTo(1.1); // cube root of 0.5 x 0.5 x 5: no points is the floor (scoring.drl)
        assertThat(outcome.band()).isEqualTo("Very Low");
    }

    @Test
    void militarySpendingAloneAfterASipriImportLeavesTheThreatInsufficient() {
        // case 3: a blank template after a SIPRI import scored every country "Very Low 0.0"
        RuleOutcome outcome = Given.country("TST", 10_000_000L).indicator("TST", "military_spending_pct_gdp", 1.5)
                .indicator("TST", "military_spending_usd_m", 300).assessed().get("TST");

        assertThat(outcome.scored()).isFalse();
        assertThat(outcome.insufficient()).containsOnlyKeys(Dimension.THREAT, Dimension.EXPOSURE);
    }

    @Test
    void theNewestValueOfAnEarlierYearIsNamedInTheReason() {
        RuleOutcome outcome = Given.country("TST", 10_000_000L).indicatorOf(2014, "TST", "coastline_km", 500)
                .indicator("TST", "terrorist_attacks", 0).indicator("TST", "government_control_pct", 100)
                .assessed().get("TST");

        assertThat(outcome.insufficient().get(Dimension.EXPOSURE))
                .isEqualTo("exposure: 0 of 1 inputs present in 2016 (missing coastline_km; newest value 2014)");
    }

    @Test
    @DisplayName("Reliability from missing, old and wide-ranged data")
    void reliabilityAddsMissingOldAndWideRangedData() {
        assertThat(complete().assessed().get("TST").reliability()).as("nothing missing, old or ranged").isEqualTo(0.0);

        // 4 of 13 inputs missing: 6 x 4 / 13 = 1.85
        RuleOutcome missing = Given.country("TST", 10_000_000L).indicator("TST", "active_armed_groups", 1)
                .indicator("TST", "terrorist_attacks", 5).indicator("TST", "coastline_km", 500)
                .indicator("TST", "foreign_security_support", 1).indicator("TST", "government_control_pct", 90)
                .indicator("TST", "political_stability", -0.3).indicator("TST", "government_effectiveness", 0.2)
                .assessed().get("TST");
        assertThat(missing.reliability()).isEqualTo(1.8);

        // a range as wide as its central value costs the full 2 points
        RuleOutcome ranged = allButControl().range("TST", "government_control_pct", 10, 20, 30).assessed().get("TST");
        assertThat(ranged.reliability()).isEqualTo(2.0);
    }

    @Test
    void reliabilityCountsTheYearsSinceADimensionsNewestValue() {
        // EXPOSURE's only input is from 2013, three years before 2016: 1.5 for age, 6 x 1/13 = 0.46 missing
        RuleOutcome outcome = Given.country("TST", 10_000_000L)
                .indicator("TST", "fighters_abroad", 100).indicator("TST", "returning_fighters", 10)
                .indicator("TST", "active_armed_groups", 1).indicator("TST", "terrorist_attacks", 5)
                .indicatorOf(2013, "TST", "coastline_km", 500)
                .indicator("TST", "military_spending_pct_gdp", 2).indicator("TST", "military_spending_usd_m", 500)
                .indicator("TST", "foreign_security_support", 1).indicator("TST", "government_control_pct", 90)
                .indicator("TST", "political_stability", -0.3).indicator("TST", "government_effectiveness", 0.2)
                .assessed().get("TST");

        assertThat(outcome.reliability()).isEqualTo(2.0); // 0.46 + 1.5 = 1.96, rounded to tenths
    }

    @Test
    void blankPopulationIsAMissingInputOfTheDimensionsWhoseRulesReadIt() {
        // case 4: a blank Population silently stopped every per-capita rule
        List<DimensionEvidence> evidence = EvidenceFacts.of(ShippedRules.ruleBase().dimensionInputs(), null,
                Given.YEAR, List.of(new dev.riskengine.model.Country("TUN", "Tunisia", "North Africa", null)), List.of());

        assertThat(evidence).filteredOn(e -> e.getDimension() == Dimension.THREAT).singleElement()
                .satisfies(e -> assertThat(e.getMissing()).contains("population"));
        assertThat(evidence).filteredOn(e -> e.getDimension() == Dimension.VULNERABILITY).singleElement()
                .satisfies(e -> assertThat(e.getExpected()).contains("population", "military_spending_usd_m"));
        assertThat(evidence).filteredOn(e -> e.getDimension() == Dimension.EXPOSURE).singleElement()
                .satisfies(e -> assertThat(e.getExpected()).containsExactly("coastline_km"));
    }
}
