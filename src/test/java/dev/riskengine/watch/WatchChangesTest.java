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
import dev.riskengine.model.PastRun;
import dev.riskengine.model.RunComparer;
import dev.riskengine.model.RunComparison;

/** What watch shows moved between two passes: the one what-moved model ({@link RunComparer#resultsMoved}). */
class WatchChangesTest {
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

        assertThat(new RunComparer().resultsMoved(of(mali), of(mali))).isEmpty();
    }

    @Test
    void aRuleThatStoppedFiringAndOneThatStartedAreRemovedAndAdded() {
        Assessment before = of(country(MALI, 5.0, "High", 6.0, List.of(threat(3, "Sustained", "100 attacks"),
                threat(3, "Many groups", "5 groups"))));
        Assessment after = of(country(MALI, 4.7, "Medium", 5.0, List.of(threat(2, "Frequent", "100 attacks"),
                threat(3, "Many groups", "5 groups"))));

        List<RunComparison.CountryChange> changes = new RunComparer().resultsMoved(before, after);

        assertThat(changes).singleElement().satisfies(mali -> {
            assertThat(mali.scoreChanged()).isTrue();
            assertThat(mali.bandChanged()).isTrue();
            assertThat(mali.dimensionChanges()).containsOnlyKeys(Dimension.THREAT);
            assertThat(mali.dimensionChanges().get(Dimension.THREAT)).containsExactly(6.0, 5.0);
            assertThat(mali.contributions()).extracting(c -> c.change() + " " + c.either().rule())
                    .containsExactly("ADDED Frequent", "REMOVED Sustained");
        });
    }

    @Test
    void ofARuleFiringOncePerNeighbourOnlyTheFiringThatMovedIsChanged() {
        Assessment before = of(country(NIGER, 4.2, "Medium", 4.0,
                List.of(spill("NER", 1.51, "MLI"), spill("NER", 0.9, "NGA"))));
        Assessment after = of(country(NIGER, 4.2, "Medium", 4.0,
                List.of(spill("NER", 0.9, "NGA"), spill("NER", 1.26, "MLI"))));

        List<RunComparison.CountryChange> changes = new RunComparer().resultsMoved(before, after);

        assertThat(changes).singleElement().satisfies(niger -> {
            assertThat(niger.scoreChanged()).isFalse();
            assertThat(niger.contributions()).singleElement().satisfies(c -> {
                assertThat(c.change()).isEqualTo(RunComparison.Change.CHANGED);
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

        assertThat(new RunComparer().resultsMoved(of(mali), of(mali, niger))).singleElement()
                .satisfies(c -> assertThat(c.assessedBefore()).isFalse());
        assertThat(WatchText.changeLines(new RunComparer().resultsMoved(of(mali, niger), of(mali))))
                .first().isEqualTo("  NER Niger  no longer in the workbook");
    }

    @Test
    void aReasonRewordedAtTheSamePointsIsNoChangeAsInTheRunComparison() {
        // the "long coastline" threshold moved from 1,000 to 2,000 km: Egypt's 2,450 km still scores 2 points
        Assessment before = of(country(MALI, 5.0, "High", 6.0,
                List.of(threat(2, "Long coastline", "2,450 km of coastline (1,000 km or more)"))));
        Assessment after = of(country(MALI, 5.0, "High", 6.0,
                List.of(threat(2, "Long coastline", "2,450 km of coastline (2,000 km or more)"))));

        assertThat(new RunComparer().resultsMoved(before, after)).isEmpty();
    }

    @Test
    void ofARuleFiringOncePerNeighbourEachFiringIsMatchedByItsReason() {
        Assessment before = of(country(NIGER, 4.2, "Medium", 4.0,
                List.of(spill("NER", 1.51, "MLI"), spill("NER", 0.9, "NGA"))));
        Assessment after = of(country(NIGER, 4.2, "Medium", 4.0,
                List.of(spill("NER", 1.0, "NGA"), spill("NER", 1.26, "MLI"))));

        assertThat(new RunComparer().resultsMoved(before, after)).singleElement().satisfies(niger ->
                assertThat(niger.contributions()).extracting(c -> c.before().reason() + " " + c.before().points()
                                + " -> " + c.after().reason() + " " + c.after().points())
                        .containsExactlyInAnyOrder("borders NGA 0.9 -> borders NGA 1.0",
                                "borders MLI 1.51 -> borders MLI 1.26"));
    }

    @Test
    void watchAndTheRunComparisonFindTheSameContributionsMoved() {
        ContributionRecord coastInThreat = new ContributionRecord("MLI", Dimension.THREAT, 1, "coast", "Coast",
                "threat.drl", List.of());
        ContributionRecord coastInExposure = new ContributionRecord("MLI", Dimension.EXPOSURE, 1, "coast", "Coast",
                "exposure.drl", List.of());
        List<ContributionRecord> was = List.of(threat(3, "Sustained", "100 attacks (50 or more)"),
                spill("MLI", 1.5, "NER"), spill("MLI", 0.9, "DZA"), coastInThreat, threat(1, "Old", "gone"));
        List<ContributionRecord> is = List.of(threat(3, "Sustained", "100 attacks (60 or more)"),
                spill("MLI", 1.0, "DZA"), spill("MLI", 1.5, "NER"), coastInExposure, threat(2, "New", "new"));
        Assessment before = of(country(MALI, 5.0, "High", 6.0, was));
        Assessment after = of(country(MALI, 5.0, "High", 6.0, is));

        List<String> watch = new RunComparer().resultsMoved(before, after).get(0).contributions().stream()
                .map(c -> describe(c.before() == null ? null : c.before().points(),
                        c.after() == null ? null : c.after().points(), c.either().rule(), c.either().dimension()))
                .toList();
        PastRun previous = new PastRun("run-1", 2016, "in", Map.of(), Map.of("MLI",
                new PastRun.PastCountry("MLI", "Mali", 5.0, "High", 3, List.of(), was)));
        List<String> comparison = new RunComparer().compare(previous, after, "in", Map.of()).countries().get(0)
                .contributions().stream()
                .map(c -> describe(c.pointsBefore(), c.points(), c.rule(), c.dimension()))
                .toList();

        assertThat(watch).containsExactlyInAnyOrderElementsOf(comparison)
                .containsExactlyInAnyOrder("0.9 -> 1.0 Spillover EXPOSURE", "null -> 1.0 Coast EXPOSURE",
                        "1.0 -> null Coast THREAT", "null -> 2.0 New THREAT", "1.0 -> null Old THREAT");
    }

    private static String describe(Double before, Double after, String rule, Dimension dimension) {
        return before + " -> " + after + " " + rule + " " + dimension;
    }
}
