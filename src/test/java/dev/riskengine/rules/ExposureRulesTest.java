package dev.riskengine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.riskengine.model.ContributionRecord;
import dev.riskengine.model.Dimension;

/** One test per rule of rules/exposure.drl. */
class ExposureRulesTest {

    @Test
    @DisplayName("Long coastline on smuggling and migration routes")
    void longCoastline() {
        String rule = "Long coastline on smuggling and migration routes";
        assertThat(Given.country("TST", 1_000_000L).indicator("TST", "coastline_km", 1000).contributionsOf("TST", rule))
                .singleElement().satisfies(c -> {
                    assertThat(c.dimension()).isEqualTo(Dimension.EXPOSURE);
                    assertThat(c.points()).isEqualTo(2.0);
                    assertThat(c.reason()).isEqualTo("1,000 km of coastline (1,000 km or more)");
                });
        assertThat(Given.country("TST", 1_000_000L).indicator("TST", "coastline_km", 999).contributionsOf("TST", rule))
                .isEmpty();
    }

    @Test
    @DisplayName("Coastline on smuggling and migration routes")
    void coastline() {
        String rule = "Coastline on smuggling and migration routes";
        assertThat(Given.country("TST", 1_000_000L).indicator("TST", "coastline_km", 998).contributionsOf("TST", rule))
                .singleElement().extracting(ContributionRecord::points).isEqualTo(1.0);
        assertThat(Given.country("TST", 1_000_000L).indicator("TST", "coastline_km", 0).contributionsOf("TST", rule))
                .isEmpty();
    }

    @Test
    @DisplayName("Very long land borders to police")
    void veryLongLandBorders() {
        String rule = "Very long land borders to police";
        Given given = Given.country("TST", 1_000_000L).borderToOutsider("TST", "NGA", 3000)
                .borderToOutsider("TST", "SEN", 2000);
        assertThat(given.contributionsOf("TST", rule)).singleElement().satisfies(c -> {
            assertThat(c.points()).isEqualTo(3.0);
            assertThat(c.cells()).containsExactlyInAnyOrder("Borders!C2", "Borders!C3");
        });
        assertThat(Given.country("TST", 1_000_000L).borderToOutsider("TST", "NGA", 4999).contributionsOf("TST", rule))
                .isEmpty();
    }

    @Test
    @DisplayName("Long land borders to police")
    void longLandBorders() {
        String rule = "Long land borders to police";
        assertThat(Given.country("TST", 1_000_000L).borderToOutsider("TST", "NGA", 2500).contributionsOf("TST", rule))
                .singleElement().extracting(ContributionRecord::points).isEqualTo(2.0);
        assertThat(Given.country("TST", 1_000_000L).borderToOutsider("TST", "NGA", 5000).contributionsOf("TST", rule))
                .isEmpty();
    }

    @Test
    @DisplayName("Land borders to police")
    void landBorders() {
        String rule = "Land borders to police";
        assertThat(Given.country("TST", 1_000_000L).borderToOutsider("TST", "NGA", 461).contributionsOf("TST", rule))
                .singleElement().extracting(ContributionRecord::points).isEqualTo(1.0);
        // an island with no land border gets nothing
        assertThat(Given.country("TST", 1_000_000L).contributionsOf("TST", rule)).isEmpty();
    }

    @Test
    @DisplayName("Spillover from a neighbour with a high threat")
    void spilloverFromANeighbourWithAHighThreat() {
        String rule = "Spillover from a neighbour with a high threat";
        // given LBY with THREAT 3 + 3 + 2 = 8 and a 461 km border with TUN, whose own THREAT is nil
        Map<String, RuleOutcome> outcomes = Given.country("TUN", 11_500_000L).and("LBY", 6_400_000L)
                .indicator("LBY", "fighters_abroad", 600)
                .indicator("LBY", "terrorist_attacks", 300)
                .indicator("LBY", "active_armed_groups", 4)
                .border("TUN", "LBY", 461)
                .run();
        assertThat(outcomes.get("LBY").dimensions().get(Dimension.THREAT)).isEqualTo(8.0);
        // then TUN gets 3 x 8/10 x 461/1000 = 1.11 points, and LBY nothing from TUN
        List<ContributionRecord> toTunisia = ShippedRules.contributionsOf(outcomes, "TUN", rule);
        assertThat(toTunisia).singleElement().satisfies(c -> {
            assertThat(c.points()).isEqualTo(1.11);
            assertThat(c.reason()).isEqualTo("borders LBY (THREAT 8.0) along 461 km");
            assertThat(c.cells()).containsExactly("Borders!C5");
        });
        assertThat(ShippedRules.contributionsOf(outcomes, "LBY", rule)).isEmpty();
        assertThat(outcomes.get("TUN").dimensions().get(Dimension.EXPOSURE)).isEqualTo(2.1); // 1.11 + 1 for borders
    }

    @Test
    @DisplayName("Spillover counts a long border fully and ignores a neighbour below the threshold")
    void spilloverWeightsByBorderLength() {
        String rule = "Spillover from a neighbour with a high threat";
        Map<String, RuleOutcome> outcomes = Given.country("DZA", 40_000_000L).and("MLI", 19_000_000L)
                .and("MAR", 35_000_000L)
                .indicator("MLI", "active_armed_groups", 5).indicator("MLI", "terrorist_attacks", 100)  // THREAT 6
                .indicator("MAR", "active_armed_groups", 1)                                              // THREAT 1
                .border("DZA", "MLI", 1359).border("DZA", "MAR", 1941)
                .run();
        assertThat(ShippedRules.contributionsOf(outcomes, "DZA", rule))
                .singleElement().extracting(ContributionRecord::points).isEqualTo(1.8); // 3 x 0.6 x 1 (capped length)
    }
}
