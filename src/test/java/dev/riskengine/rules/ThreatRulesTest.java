package dev.riskengine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.riskengine.model.ContributionRecord;
import dev.riskengine.model.Dimension;

/** One test per row of the decision table rules/threat.drl.xlsx: given facts, the contributions the rule makes. */
class ThreatRulesTest {
    private static final long TEN_MILLION = 10_000_000L;

    private static List<ContributionRecord> fighters(String code, double value, String rule) {
        return Given.country("TST", TEN_MILLION).indicator("TST", code, value).contributionsOf("TST", rule);
    }

    @Test
    @DisplayName("Very many citizens fighting abroad")
    void veryManyCitizensFightingAbroad() {
        // given 1,000 fighters from 10 million people = 100 per million, the tier's lower edge
        List<ContributionRecord> made = fighters("fighters_abroad", 1000, "Very many citizens fighting abroad");
        assertThat(made).singleElement().satisfies(c -> {
            assertThat(c.dimension()).isEqualTo(Dimension.THREAT);
            assertThat(c.points()).isEqualTo(4.0);
            assertThat(c.reason()).startsWith("100 citizens fighting abroad per million");
            assertThat(c.cells()).containsExactly("Countries!D2", "Indicators!fighters_abroad2");
            assertThat(c.file()).isEqualTo("threat.drl.xlsx");
        });
        assertThat(fighters("fighters_abroad", 999, "Very many citizens fighting abroad")).isEmpty();
    }

    @Test
    @DisplayName("Many citizens fighting abroad")
    void manyCitizensFightingAbroad() {
        assertThat(fighters("fighters_abroad", 200, "Many citizens fighting abroad"))
                .singleElement().extracting(ContributionRecord::points).isEqualTo(3.0);
        assertThat(fighters("fighters_abroad", 1000, "Many citizens fighting abroad")).isEmpty();
        assertThat(fighters("fighters_abroad", 199, "Many citizens fighting abroad")).isEmpty();
    }

    @Test
    @DisplayName("Some citizens fighting abroad")
    void someCitizensFightingAbroad() {
        assertThat(fighters("fighters_abroad", 50, "Some citizens fighting abroad"))
                .singleElement().extracting(ContributionRecord::points).isEqualTo(2.0);
        assertThat(fighters("fighters_abroad", 49, "Some citizens fighting abroad")).isEmpty();
    }

    @Test
    @DisplayName("Few citizens fighting abroad")
    void fewCitizensFightingAbroad() {
        assertThat(fighters("fighters_abroad", 49, "Few citizens fighting abroad"))
                .singleElement().extracting(ContributionRecord::points).isEqualTo(1.0);
        assertThat(fighters("fighters_abroad", 0, "Few citizens fighting abroad")).isEmpty();
    }

    @Test
    @DisplayName("Over a thousand citizens fighting abroad, population unknown")
    void overAThousandCitizensFightingAbroadPopulationUnknown() {
        String rule = "Over a thousand citizens fighting abroad, population unknown";
        List<ContributionRecord> made = Given.country("TST", null).indicator("TST", "fighters_abroad", 1200)
                .contributionsOf("TST", rule);
        assertThat(made).singleElement().satisfies(c -> {
            assertThat(c.points()).isEqualTo(3.0);
            assertThat(c.cells()).containsExactly("Indicators!fighters_abroad2");
        });
        // with a population, the per-capita rules decide instead
        assertThat(fighters("fighters_abroad", 1200, rule)).isEmpty();
        assertThat(Given.country("TST", null).indicator("TST", "fighters_abroad", 999).contributionsOf("TST", rule))
                .isEmpty();
    }

    @Test
    @DisplayName("Many fighters have come home")
    void manyFightersHaveComeHome() {
        assertThat(fighters("returning_fighters", 200, "Many fighters have come home"))
                .singleElement().extracting(ContributionRecord::points).isEqualTo(3.0);
        assertThat(fighters("returning_fighters", 199, "Many fighters have come home")).isEmpty();
    }

    @Test
    @DisplayName("Some fighters have come home")
    void someFightersHaveComeHome() {
        assertThat(fighters("returning_fighters", 50, "Some fighters have come home"))
                .singleElement().extracting(ContributionRecord::points).isEqualTo(2.0);
        assertThat(fighters("returning_fighters", 200, "Some fighters have come home")).isEmpty();
    }

    @Test
    @DisplayName("Few fighters have come home")
    void fewFightersHaveComeHome() {
        assertThat(fighters("returning_fighters", 20, "Few fighters have come home"))
                .singleElement().extracting(ContributionRecord::points).isEqualTo(1.0);
        assertThat(fighters("returning_fighters", 50, "Few fighters have come home")).isEmpty();
    }

    @Test
    @DisplayName("Many armed groups active")
    void manyArmedGroupsActive() {
        assertThat(fighters("active_armed_groups", 5, "Many armed groups active"))
                .singleElement().extracting(ContributionRecord::points).isEqualTo(3.0);
        assertThat(fighters("active_armed_groups", 4, "Many armed groups active")).isEmpty();
    }

    @Test
    @DisplayName("Several armed groups active")
    void severalArmedGroupsActive() {
        assertThat(fighters("active_armed_groups", 3, "Several armed groups active"))
                .singleElement().extracting(ContributionRecord::points).isEqualTo(2.0);
        assertThat(fighters("active_armed_groups", 5, "Several armed groups active")).isEmpty();
    }

    @Test
    @DisplayName("An armed group active")
    void anArmedGroupActive() {
        assertThat(fighters("active_armed_groups", 1, "An armed group active"))
                .singleElement().extracting(ContributionRecord::points).isEqualTo(1.0);
        assertThat(fighters("active_armed_groups", 0, "An armed group active")).isEmpty();
    }

    @Test
    @DisplayName("Sustained terrorist campaign")
    void sustainedTerroristCampaign() {
        assertThat(fighters("terrorist_attacks", 100, "Sustained terrorist campaign"))
                .singleElement().extracting(ContributionRecord::points).isEqualTo(3.0);
        assertThat(fighters("terrorist_attacks", 99, "Sustained terrorist campaign")).isEmpty();
    }

    @Test
    @DisplayName("Frequent terrorist attacks")
    void frequentTerroristAttacks() {
        assertThat(fighters("terrorist_attacks", 20, "Frequent terrorist attacks"))
                .singleElement().extracting(ContributionRecord::points).isEqualTo(2.0);
        assertThat(fighters("terrorist_attacks", 19, "Frequent terrorist attacks")).isEmpty();
    }

    @Test
    @DisplayName("Occasional terrorist attacks")
    void occasionalTerroristAttacks() {
        assertThat(fighters("terrorist_attacks", 1, "Occasional terrorist attacks"))
                .singleElement().extracting(ContributionRecord::points).isEqualTo(1.0);
        assertThat(fighters("terrorist_attacks", 0, "Occasional terrorist attacks")).isEmpty();
    }
}
