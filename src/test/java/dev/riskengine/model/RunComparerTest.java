package dev.riskengine.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RunComparerTest {

    private static final Country MALI = new Country("MLI", "Mali", "Sahel", 22_000_000L);
    private static final Country NIGER = new Country("NER", "Niger", "Sahel", 26_000_000L);

    @Test
    void aChangedCellAndTheContributionItMovedExplainAScoreAndBandRise() {
        // given: Mali's attacks went from 40 to 90, which turned a 1-point contribution into 3 points
        PastRun previous = past(pastCountry("MLI", 4.2, "Medium", 3,
                List.of(new PastRun.Reading("terrorist_attacks", 40, 40, 40, "Indicators!F3"),
                        new PastRun.Reading("coastline_km", 0, 0, 0, "Indicators!G3")),
                List.of(contribution("MLI", 1.0, "Some attacks", "Attacks", "threat.drl"),
                        contribution("MLI", 2.0, "Coast", "Coastline", "exposure.drl"))));
        Assessment now = assessment(country(MALI, 5.3, "High", 4,
                List.of(Indicator.point("MLI", "terrorist_attacks", 2016, 90, "Indicators!F3"),
                        Indicator.point("MLI", "coastline_km", 2016, 0, "Indicators!G3")),
                List.of(contribution("MLI", 3.0, "Many attacks", "Attacks", "threat.drl"),
                        contribution("MLI", 2.0, "Coast", "Coastline", "exposure.drl"))));

        // when
        RunComparison comparison = new RunComparer().compare(previous, now, "in-1", Map.of("threat.drl", "a"));

        // then
        RunComparison.CountryChange mali = comparison.countries().get(0);
        assertThat(mali.scoreChange()).isEqualTo(5.3 - 4.2);
        assertThat(mali.bandRose()).isTrue();
        assertThat(mali.bandBefore()).isEqualTo("Medium");
        assertThat(mali.cells()).singleElement().satisfies(cell -> {
            assertThat(cell.code()).isEqualTo("terrorist_attacks");
            assertThat(cell.cell()).isEqualTo("Indicators!F3");
            assertThat(cell.before().value()).isEqualTo(40);
            assertThat(cell.after().value()).isEqualTo(90);
        });
        assertThat(mali.contributions()).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo("Attacks");
            assertThat(c.change()).isEqualTo(RunComparison.Change.CHANGED);
            assertThat(c.pointsBefore()).isEqualTo(1.0);
            assertThat(c.points()).isEqualTo(3.0);
            assertThat(c.reason()).isEqualTo("Many attacks");
        });
        assertThat(comparison.inputChanged()).isFalse();
        assertThat(comparison.previousRunId()).isEqualTo("2026-11-18T06-00-00.000Z");
    }

    @Test
    void contributionsThatAppearOrDisappearAreNamedAndUnchangedOnesAreNot() {
        PastRun previous = past(pastCountry("MLI", 3.0, "Low", 2, List.of(),
                List.of(contribution("MLI", 1.0, "Gone", "Old rule", "threat.drl"),
                        contribution("MLI", 0.5, "Borders LBY", "Spillover", "exposure.drl"),
                        contribution("MLI", 0.7, "Borders NER", "Spillover", "exposure.drl"))));
        Assessment now = assessment(country(MALI, 3.0, "Low", 2, List.of(),
                List.of(contribution("MLI", 0.7, "Borders NER", "Spillover", "exposure.drl"),
                        contribution("MLI", 0.5, "Borders LBY", "Spillover", "exposure.drl"),
                        contribution("MLI", 2.0, "New", "New rule", "threat.drl"))));

        RunComparison comparison = new RunComparer().compare(previous, now, "in-1", Map.of());

        assertThat(comparison.countries().get(0).contributions())
                .extracting(RunComparison.ContributionChange::rule, RunComparison.ContributionChange::change)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("New rule", RunComparison.Change.ADDED),
                        org.assertj.core.groups.Tuple.tuple("Old rule", RunComparison.Change.REMOVED));
    }

    @Test
    void aBlankedCellAndANewCellAreChangesAndAMovedRowIsNot() {
        List<PastRun.Reading> before = List.of(new PastRun.Reading("fighters_abroad", 100, 80, 120, "Indicators!C3"),
                new PastRun.Reading("returning_fighters", 20, 20, 20, "Indicators!D3"),
                new PastRun.Reading("coastline_km", 10, 10, 10, "Indicators!G3"));
        List<PastRun.Reading> after = List.of(new PastRun.Reading("fighters_abroad", 100, 80, 120, "Indicators!C9"),
                new PastRun.Reading("coastline_km", 10, 10, 10, "Indicators!G9"),
                new PastRun.Reading("terrorist_attacks", 5, 5, 5, "Indicators!F9"));

        List<RunComparison.CellChange> changes = RunComparer.cells(before, after);

        assertThat(changes).extracting(RunComparison.CellChange::code, RunComparison.CellChange::cell)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("terrorist_attacks", "Indicators!F9"),
                        org.assertj.core.groups.Tuple.tuple("returning_fighters", "Indicators!D3"));
        assertThat(changes.get(0).before()).isNull();
        assertThat(changes.get(1).after()).isNull();
    }

    @Test
    void aChangedRangeIsAChangeEvenWithTheSameCentralValue() {
        List<RunComparison.CellChange> changes = RunComparer.cells(
                List.of(new PastRun.Reading("fighters_abroad", 100, 80, 120, "Indicators!C3")),
                List.of(new PastRun.Reading("fighters_abroad", 100, 90, 110, "Indicators!C3")));

        assertThat(changes).hasSize(1);
    }

    @Test
    void ruleFilesAreComparedBySha256() {
        Map<String, String> before = new LinkedHashMap<>();
        before.put("threat.drl", "aaa");
        before.put("old.drl", "bbb");
        before.put("scoring.drl", "ccc");
        Map<String, String> after = Map.of("threat.drl", "ddd", "scoring.drl", "ccc", "new.drl", "eee");

        assertThat(RunComparer.ruleFiles(before, after))
                .extracting(RunComparison.RuleFileChange::file, RunComparison.RuleFileChange::change)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("new.drl", RunComparison.Change.ADDED),
                        org.assertj.core.groups.Tuple.tuple("old.drl", RunComparison.Change.REMOVED),
                        org.assertj.core.groups.Tuple.tuple("threat.drl", RunComparison.Change.CHANGED));
    }

    @Test
    void countriesNewAndGoneAreListedAndAnUnchangedCountryIsNotChanged() {
        PastRun previous = past(pastCountry("NER", 4.0, "Medium", 3, List.of(), List.of()),
                pastCountry("MLI", 3.0, "Low", 2, List.of(), List.of()));
        Assessment now = assessment(country(MALI, 3.0, "Low", 2, List.of(), List.of()),
                country(new Country("TCD", "Chad", "Sahel", null), 2.0, "Low", 2, List.of(), List.of()));

        RunComparison comparison = new RunComparer().compare(previous, now, "in-2", Map.of());

        assertThat(comparison.countries()).extracting(RunComparison.CountryChange::iso3)
                .containsExactly("MLI", "TCD", "NER");
        assertThat(comparison.changedCountries()).extracting(RunComparison.CountryChange::iso3)
                .containsExactly("TCD", "NER");
        assertThat(comparison.countries().get(1).scoreBefore()).isNull();
        assertThat(comparison.countries().get(2).score()).isNull();
        assertThat(comparison.countries().get(2).name()).isEqualTo("Niger");
        assertThat(comparison.inputChanged()).isTrue();
    }

    @Test
    void aUnitThatBecameInsufficientHasNoScoreChangeAndItsBandNeitherRoseNorFell() {
        // given: Mali scored 4.2 "Medium" before; now its threat indicators are blank (issue case 3)
        PastRun previous = past(pastCountry("MLI", 4.2, "Medium", 3, List.of(), List.of()));
        Assessment now = assessment(insufficient(MALI));

        RunComparison.CountryChange mali = new RunComparer().compare(previous, now, "in-1", Map.of()).countries().get(0);

        assertThat(mali.changed()).isTrue();
        assertThat(mali.score()).isNull();
        assertThat(mali.scoreChange()).isNull();
        assertThat(mali.band()).isEqualTo(InsufficientEvidence.STATE);
        assertThat(mali.bandLevel()).isNull();
        assertThat(mali.bandRose()).isFalse();
        assertThat(mali.bandFell()).isFalse();
        assertThat(mali.assessedNow()).isTrue();
    }

    @Test
    void aUnitInsufficientInBothRunsIsNoChange() {
        // a unit without a score in an earlier run's scores.json is read back with a NaN score
        PastRun previous = past(pastCountry("MLI", Double.NaN, InsufficientEvidence.STATE, 0, List.of(), List.of()));
        Assessment now = assessment(insufficient(MALI));

        RunComparison comparison = new RunComparer().compare(previous, now, "in-1", Map.of());

        assertThat(comparison.countries().get(0).changed()).isFalse();
        assertThat(comparison.changedCountries()).isEmpty();
    }

    @Test
    void aUnitThatStoppedBeingInsufficientGetsItsScoreWithoutABandRise() {
        PastRun previous = past(pastCountry("MLI", Double.NaN, InsufficientEvidence.STATE, 0, List.of(), List.of()));
        Assessment now = assessment(country(MALI, 5.3, "High", 4, List.of(), List.of()));

        RunComparison.CountryChange mali = new RunComparer().compare(previous, now, "in-1", Map.of()).countries().get(0);

        assertThat(mali.changed()).isTrue();
        assertThat(mali.scoreBefore()).isNull();
        assertThat(mali.score()).isEqualTo(5.3);
        assertThat(mali.bandRose()).isFalse();
    }

    @Test
    void theBandChangesFailOnBandRiseActsOnAreThoseOfTheRunComparison() {
        // given: Mali rose a band, Niger became a unit with insufficient data, Chad is new
        PastRun previous = past(pastCountry("MLI", 4.2, "Medium", 3, List.of(), List.of()),
                pastCountry("NER", 4.0, "Medium", 3, List.of(), List.of()));
        Assessment now = assessment(country(MALI, 5.3, "High", 4, List.of(), List.of()), insufficient(NIGER),
                country(new Country("TCD", "Chad", "Sahel", 18_000_000L), 6.0, "High", 4, List.of(), List.of()));

        // when
        RunComparison comparison = new RunComparer().compare(previous, now, "in-1", Map.of());

        // then: one model says it to the reports, the console line and the exit code
        assertThat(comparison.bandChanges().anyRose()).isTrue();
        assertThat(comparison.bandChanges().summaryLine()).isEqualTo("Band changes since 2026-11-18T06-00-00.000Z: "
                + "1 rose, 0 fell, 1 to or from insufficient data: MLI Medium -> High, NER Medium -> Insufficient data.");
        assertThat(RunComparison.firstRun().bandChanges().summaryLine())
                .isEqualTo("Band changes: none (no previous run to compare with).");
    }

    @Test
    void watchListsEveryContributionOfAUnitNewToTheWorkbookWhileTheRunComparisonNamesItNew() {
        ContributionRecord attacks = contribution("NER", 2.0, "Many attacks", "Attacks", "threat.drl");
        Assessment before = assessment(country(MALI, 5.3, "High", 4, List.of(), List.of()));
        Assessment after = assessment(country(MALI, 5.3, "High", 4, List.of(), List.of()),
                country(NIGER, 4.0, "Medium", 3, List.of(), List.of(attacks)));

        List<RunComparison.CountryChange> watch = new RunComparer().resultsMoved(before, after);
        RunComparison run = new RunComparer().compare(PastRun.of(before), after, "in-1", Map.of());

        assertThat(watch).singleElement().satisfies(niger -> {
            assertThat(niger.assessedBefore()).isFalse();
            assertThat(niger.contributions()).extracting(RunComparison.ContributionChange::change)
                    .containsExactly(RunComparison.Change.ADDED);
        });
        assertThat(run.countries().get(1).contributions()).isEmpty();
    }

    @Test
    void aLargeRunsComparisonListsOnlyTheUnitsThatChangedAndCountsTheUnchangedOnes() {
        // given: Mali rose, Niger kept its score and band, Chad is new, Libya is gone; the earlier
        // run's units arrive one at a time, as its scores.json is read, in its own order
        Country chad = new Country("TCD", "Chad", "Sahel", 18_000_000L);
        Assessment now = assessment(country(MALI, 5.3, "High", 4, List.of(), List.of()),
                country(NIGER, 4.0, "Medium", 3, List.of(), List.of()), country(chad, 3.0, "Low", 2, List.of(), List.of()));
        PastRun previous = past(pastCountry("NER", 4.0, "Medium", 3, List.of(), List.of()),
                pastCountry("LBY", 6.0, "High", 4, List.of(), List.of()),
                pastCountry("MLI", 4.2, "Medium", 3, List.of(), List.of()));

        // when
        StreamedComparison large = new RunComparer().streamed(now, true);
        previous.countries().values().forEach(large::add);
        RunComparison changedOnly = large.finish(previous.head(), "in-1", Map.of());
        RunComparison everyUnit = new RunComparer().compare(previous, now, "in-1", Map.of());

        // then: the same changes in the same order (this run's ranking, then the gone), Niger only counted
        assertThat(changedOnly.countries()).extracting(RunComparison.CountryChange::iso3).containsExactly("MLI", "TCD", "LBY");
        assertThat(changedOnly.countries()).isEqualTo(everyUnit.changedCountries());
        assertThat(changedOnly.changedOnly()).isTrue();
        assertThat(changedOnly.unchanged()).containsExactly("NER");
        assertThat(changedOnly.units()).isEqualTo(everyUnit.units()).isEqualTo(4);
        assertThat(changedOnly.bandChanges()).isEqualTo(everyUnit.bandChanges());
        assertThat(everyUnit.countries()).extracting(RunComparison.CountryChange::iso3).containsExactly("MLI", "NER", "TCD", "LBY");
        assertThat(everyUnit.changedOnly()).isFalse();
        assertThat(everyUnit.unchanged()).isEmpty();
    }

    private static CountryAssessment insufficient(Country country) {
        return new CountryAssessment(country, 1, Double.NaN, InsufficientEvidence.STATE, 0, Double.NaN, Double.NaN,
                Map.of(), 0.2, List.of(), List.of(), List.of(), 5.1,
                Map.of(Dimension.THREAT, "threat: 0 of 5 inputs present in 2016 (missing ...)"));
    }

    private static PastRun past(PastRun.PastCountry... countries) {
        Map<String, PastRun.PastCountry> byIso3 = new LinkedHashMap<>();
        for (PastRun.PastCountry c : countries) {
            byIso3.put(c.iso3(), c);
        }
        return new PastRun("2026-11-18T06-00-00.000Z", 2016, "in-1", Map.of("threat.drl", "a"), byIso3);
    }

    private static PastRun.PastCountry pastCountry(String iso3, double score, String band, int level,
                                                   List<PastRun.Reading> readings, List<ContributionRecord> contributions) {
        return new PastRun.PastCountry(iso3, iso3.equals("NER") ? NIGER.getName() : MALI.getName(), score, band, level,
                readings, contributions);
    }

    private static CountryAssessment country(Country country, double score, String band, int level,
                                             List<Indicator> indicators, List<ContributionRecord> contributions) {
        return new CountryAssessment(country, 1, score, band, level, score, score, Map.of(), 1.0, indicators, List.of(),
                contributions);
    }

    private static Assessment assessment(CountryAssessment... countries) {
        return new Assessment(2016, List.of(countries), List.of());
    }

    private static ContributionRecord contribution(String iso3, double points, String reason, String rule, String file) {
        return new ContributionRecord(iso3, Dimension.THREAT, points, reason, rule, file, List.of("Indicators!F3"));
    }
}
