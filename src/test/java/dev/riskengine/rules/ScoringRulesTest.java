package dev.riskengine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.riskengine.model.Dimension;

/** One test per rule of rules/scoring.drl (dimension scores, geometric mean) and per row of rules/bands.drl.xlsx (INFORM's bands). */
class ScoringRulesTest {

    /** THREAT 4 (fighters) and 3 (attacks) = 7; EXPOSURE 2 (coast) + 1 (border); VULNERABILITY 5 + 3. */
    private static RuleOutcome sample() {
        return Given.country("TST", 10_000_000L)
                .indicator("TST", "fighters_abroad", 2000)
                .indicator("TST", "terrorist_attacks", 150)
                .indicator("TST", "coastline_km", 1200)
                .indicator("TST", "government_control_pct", 40)
                .borderToOutsider("TST", "NGA", 300)
                .run().get("TST");
    }

    private static RuleOutcome threatOnly(int groups, int attacks, double fightersPerMillion) {
        Given given = Given.country("TST", 1_000_000L).indicator("TST", "coastline_km", 2000)
                .borderToOutsider("TST", "NGA", 6000) // EXPOSURE 2 + 3 = 5
                .indicator("TST", "government_control_pct", 95); // VULNERABILITY 5
        if (groups > 0) given.indicator("TST", "active_armed_groups", groups);
        if (attacks > 0) given.indicator("TST", "terrorist_attacks", attacks);
        if (fightersPerMillion > 0) given.indicator("TST", "fighters_abroad", fightersPerMillion);
        return given.run().get("TST");
    }

    @Test
    @DisplayName("Threat score is the capped sum of threat points")
    void threatScoreIsTheCappedSum() {
        assertThat(sample().dimensions().get(Dimension.THREAT)).isEqualTo(7.0);
        // 4 + 3 + 3 + 3 = 13 points are capped to 10
        Given heavy = Given.country("TST", 1_000_000L).indicator("TST", "fighters_abroad", 500)
                .indicator("TST", "returning_fighters", 100).indicator("TST", "active_armed_groups", 6)
                .indicator("TST", "terrorist_attacks", 300);
        assertThat(heavy.run().get("TST").dimensions().get(Dimension.THREAT)).isEqualTo(10.0);
    }

    @Test
    @DisplayName("Exposure score is the capped sum of exposure points")
    void exposureScoreIsTheCappedSum() {
        assertThat(sample().dimensions().get(Dimension.EXPOSURE)).isEqualTo(3.0);
    }

    @Test
    @DisplayName("Vulnerability score is the capped sum of vulnerability points")
    void vulnerabilityScoreIsTheCappedSum() {
        assertThat(sample().dimensions().get(Dimension.VULNERABILITY)).isEqualTo(8.0);
        // 5 - 2 (direct support) - 1 (defence effort) - 1.5 (US$ 150 a head) = 0.5
        RuleOutcome mitigated = Given.country("TST", 1_000_000L).indicator("TST", "foreign_security_support", 3)
                .indicator("TST", "military_spending_pct_gdp", 6).indicator("TST", "military_spending_usd_m", 400)
                .indicator("TST", "government_control_pct", 100).run().get("TST");
        assertThat(mitigated.dimensions().get(Dimension.VULNERABILITY)).isEqualTo(0.5);
        // one more point of mitigation (-0.5 points) stops at the floor: lowered to 0.5, never to 0 (scoring.drl)
        RuleOutcome floored = Given.country("TST", 1_000_000L).indicator("TST", "foreign_security_support", 3)
                .indicator("TST", "military_spending_pct_gdp", 6).indicator("TST", "military_spending_usd_m", 400)
                .indicator("TST", "government_control_pct", 100).indicator("TST", "political_stability", 1.0)
                .run().get("TST");
        assertThat(floored.dimensions().get(Dimension.VULNERABILITY)).isEqualTo(0.5);
    }

    @Test
    @DisplayName("Overall score is the geometric mean of the dimensions")
    void overallScoreIsTheGeometricMean() {
        // cube root of 7 x 3 x 8 = 168 is 5.52, published to one decimal
        assertThat(sample().score()).isEqualTo(5.5);
    }

    @Test
    void noThreatPointsOnRealExposureAndVulnerabilityIsNotScoredZero() {
        // issue 14 point 2: THREAT 0 made the geometric mean 0.0 whatever the exposure and vulnerability;
        // a scored dimension is at least 0.5, so cube root of 0.5 x 5 x 5 = 2.3, below one group's 2.9
        RuleOutcome outcome = threatOnly(0, 0, 0);
        assertThat(outcome.dimensions().get(Dimension.THREAT)).isEqualTo(0.5);
        assertThat(outcome.score()).isEqualTo(2.3);
        assertThat(outcome.band()).isEqualTo("Low");
        assertThat(outcome.score()).isLessThan(threatOnly(1, 0, 0).score());
    }

    @Test
    @DisplayName("Very low risk")
    void veryLowRisk() {
        // THREAT 0.5 (the floor), EXPOSURE 2 (coast), VULNERABILITY 5: cube root of 5 = 1.7
        RuleOutcome outcome = Given.country("TST", 1_000_000L).indicator("TST", "coastline_km", 2000)
                .indicator("TST", "government_control_pct", 95).run().get("TST");
        assertThat(outcome.score()).isEqualTo(1.7);
        assertThat(outcome.band()).isEqualTo("Very Low");
        assertThat(outcome.bandLevel()).isEqualTo(1);
    }

    @Test
    @DisplayName("Low risk")
    void lowRisk() {
        // THREAT 1 (one group): cube root of 1 x 5 x 5 = 2.9
        RuleOutcome outcome = threatOnly(1, 0, 0);
        assertThat(outcome.score()).isEqualTo(2.9);
        assertThat(outcome.band()).isEqualTo("Low");
        assertThat(outcome.bandLevel()).isEqualTo(2);
    }

    @Test
    @DisplayName("Medium risk")
    void mediumRisk() {
        // THREAT 2 + 1 = 3: cube root of 3 x 5 x 5 = 4.2
        RuleOutcome outcome = threatOnly(3, 1, 0);
        assertThat(outcome.score()).isEqualTo(4.2);
        assertThat(outcome.band()).isEqualTo("Medium");
        assertThat(outcome.bandLevel()).isEqualTo(3);
    }

    @Test
    @DisplayName("High risk")
    void highRisk() {
        // THREAT 3 + 2 = 5: cube root of 5 x 5 x 5 = 5.0, exactly the band's lower edge
        RuleOutcome outcome = threatOnly(5, 20, 0);
        assertThat(outcome.score()).isEqualTo(5.0);
        assertThat(outcome.band()).isEqualTo("High");
        assertThat(outcome.bandLevel()).isEqualTo(4);
    }

    @Test
    @DisplayName("Very high risk")
    void veryHighRisk() {
        // THREAT 3 + 3 + 4 = 10: cube root of 10 x 5 x 5 = 6.3 is still High; more exposure makes it Very High
        assertThat(threatOnly(5, 100, 200).band()).isEqualTo("High");
        RuleOutcome outcome = Given.country("TST", 1_000_000L).indicator("TST", "active_armed_groups", 5)
                .indicator("TST", "terrorist_attacks", 100).indicator("TST", "fighters_abroad", 200)
                .indicator("TST", "coastline_km", 2000).borderToOutsider("TST", "NGA", 6000)
                .indicator("TST", "government_control_pct", 30)  // VULNERABILITY 8
                .run().get("TST");
        assertThat(outcome.score()).isEqualTo(7.4); // cube root of 10 x 5 x 8 = 7.37
        assertThat(outcome.band()).isEqualTo("Very High");
        assertThat(outcome.bandLevel()).isEqualTo(5);
    }

    @Test
    @DisplayName("Every country gets exactly one score and band, also with no data")
    void everyCountryIsScored() {
        Map<String, RuleOutcome> outcomes = Given.country("AAA", null).and("BBB", 5_000_000L).run();
        assertThat(outcomes).containsOnlyKeys("AAA", "BBB");
        assertThat(outcomes.get("AAA").dimensions()).containsEntry(Dimension.VULNERABILITY, 5.0)
                .containsEntry(Dimension.THREAT, 0.5); // no points: the floor; the unit itself has insufficient data
    }
}
