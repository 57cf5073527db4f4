package dev.riskengine.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.ContributionRecord;
import dev.riskengine.model.Country;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.Dimension;

class AssessmentDiffTest {
    private static final Country MALI = new Country("MLI", "Mali", "Sahel", 18_000_000L);
    private static final Country NIGER = new Country("NER", "Niger", "Sahel", 20_000_000L);

    private static ContributionRecord threat(double points, String rule, String reason) {
        return new ContributionRecord("MLI", Dimension.THREAT, points, reason, rule, "threat.drl", List.of());
    }

    private static ContributionRecord spill(String iso3, double points, String from) {
        return new ContributionRecord(iso3, Dimension.EXPOSURE, points, "borders " + from, "Spillover", "exposure.drl",
                List.of());
    }

    private static CountryAssessment country(Country c, double score, String band, double threat,
                                             List<ContributionRecord> contributions) {
        return new CountryAssessment(c, 1, score, band, 3, score, score,
                Map.of(Dimension.THREAT, threat, Dimension.EXPOSURE, 4.0, Dimension.VULNERABILITY, 5.0), 1.0,
                List.of(), List.of(), contributions);
    }

    private static Assessment of(CountryAssessment... countries) {
        return new Assessment(2016, List.of(countries), List.of());
    }

    @Test
    void anIdenticalAssessmentMovesNothing() {
        CountryAssessment mali = country(MALI, 5.0, "High", 6.0, List.of(threat(3, "Sustained", "100 attacks")));

        assertThat(AssessmentDiff.between(of(mali), of(mali))).isEmpty();
    }

    @Test
    void aRuleThatStoppedFiringAndOneThatStartedAreRemovedAndAdded() {
        Assessment before = of(country(MALI, 5.0, "High", 6.0, List.of(threat(3, "Sustained", "100 attacks"),
                threat(3, "Many groups", "5 groups"))));
        Assessment after = of(country(MALI, 4.7, "Medium", 5.0, List.of(threat(2, "Frequent", "100 attacks"),
                threat(3, "Many groups", "5 groups"))));

        List<AssessmentDiff.CountryChange> changes = AssessmentDiff.between(before, after);

        assertThat(changes).singleElement().satisfies(mali -> {
            assertThat(mali.scoreChanged()).isTrue();
            assertThat(mali.bandChanged()).isTrue();
            assertThat(mali.dimensionChanges()).containsOnlyKeys(Dimension.THREAT);
            assertThat(mali.dimensionChanges().get(Dimension.THREAT)).containsExactly(6.0, 5.0);
            assertThat(mali.contributions()).extracting(c -> c.kind() + " " + c.either().rule())
                    .containsExactly("ADDED Frequent", "REMOVED Sustained");
        });
    }

    @Test
    void ofARuleFiringOncePerNeighbourOnlyTheFiringThatMovedIsChanged() {
        Assessment before = of(country(NIGER, 4.2, "Medium", 4.0,
                List.of(spill("NER", 1.51, "MLI"), spill("NER", 0.9, "NGA"))));
        Assessment after = of(country(NIGER, 4.2, "Medium", 4.0,
                List.of(spill("NER", 0.9, "NGA"), spill("NER", 1.26, "MLI"))));

        List<AssessmentDiff.CountryChange> changes = AssessmentDiff.between(before, after);

        assertThat(changes).singleElement().satisfies(niger -> {
            assertThat(niger.scoreChanged()).isFalse();
            assertThat(niger.contributions()).singleElement().satisfies(c -> {
                assertThat(c.kind()).isEqualTo(AssessmentDiff.Kind.CHANGED);
                assertThat(c.before().points()).isEqualTo(1.51);
                assertThat(c.after().points()).isEqualTo(1.26);
            });
        });
        assertThat(WatchText.changeLines(changes)).containsExactly(
                "  NER Niger  score 4.2  band Medium",
                "             ~ EXPOSURE      +1.51 -> +1.26  Spillover: borders MLI",
                "  0 scores moved, 0 bands changed.");
    }

    @Test
    void aCountryAddedToOrRemovedFromTheWorkbookIsNamed() {
        CountryAssessment mali = country(MALI, 5.0, "High", 6.0, List.of());
        CountryAssessment niger = country(NIGER, 4.2, "Medium", 4.0, List.of());

        assertThat(AssessmentDiff.between(of(mali), of(mali, niger))).singleElement()
                .satisfies(c -> assertThat(c.before()).isNull());
        assertThat(WatchText.changeLines(AssessmentDiff.between(of(mali, niger), of(mali))))
                .first().isEqualTo("  NER Niger  no longer in the workbook");
    }
}
