package dev.riskengine.report.markdown;

import dev.riskengine.report.SahelFixture;
import dev.riskengine.model.Assessment;
import dev.riskengine.model.ContributionRecord;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.Dimension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryMarkdownTest {

    @TempDir
    Path folder;
    private String md;
    private List<String> lines;

    @BeforeEach
    void write() throws IOException {
        Path file = folder.resolve("summary.md");
        new SummaryMarkdown().write(SahelFixture.assessment(), SahelFixture.run(), file);
        md = Files.readString(file, StandardCharsets.UTF_8);
        lines = md.lines().toList();
    }

    @Test
    void drawsOverAYearWithoutAScoredUnitSayNoneWasDrawnInsteadOfAnEmptyTable() {
        List<CountryAssessment> none = SahelFixture.withInsufficient().countries().stream().filter(c -> !c.scored()).toList();
        Assessment drawnOverNone = new Assessment(2024, none, List.of())
                .withSimulation(new dev.riskengine.model.Simulation(100, 7, List.of("Low", "High"), java.util.Map.of()));

        String text = new SummaryMarkdown().render(drawnOverNone, SahelFixture.run());

        assertThat(text).contains("## Uncertainty", "No unit has a score, so none was drawn.").doesNotContain("| P10 |");
    }

    @Test
    void headlineGivesYearRunInputAndCountriesByBand() {
        assertThat(lines.get(0)).isEqualTo("# Country risk 2024");
        assertThat(md).contains("Run 2026-11-25T06:00:00Z · input indicators.xlsx · 3 countries: 1 Very High, 1 High, 1 Medium");
    }

    @Test
    void rankingTableHasOneRowPerCountryInOrder() {
        List<String> rows = lines.stream().filter(l -> l.matches("\\| \\d+ \\|.*")).toList();

        assertThat(rows).containsExactly(
                "| 1 | Mali (MLI) | Very High | 7.2 | – | 6.8–7.5 | +1.2 | 8.4 | 6.2 | 7.3 | 90% |",
                "| 2 | Niger\\<script\\>alert(1)\\</script\\> (NER) | High | 5.6 | – | 5.1–6.0 | -0.6 | 6.5 | 4.5 | 6.0 | 100% |",
                "| 3 | =HYPERLINK(\"#Run!A1\",\"Tunisia\") (TUN) | Medium | 3.9 | – | 3.9 | 0.0 | 3.0 | 5.0 | 2.0 | 75% |");
    }

    @Test
    void aUnitWithInsufficientDataIsListedLastWithItsReasonsAndNoScore() {
        String text = new SummaryMarkdown().render(SahelFixture.withInsufficient(), SahelFixture.run());

        assertThat(text).contains("| 1 | Mali (MLI) | Very High | 7.2 | 2.5 | 6.8–7.5 |")
                .contains("| – | Chad (TCD) | Insufficient data | – | 6.5 | – | – | 3.0 | 5.0 | 30% |")
                .contains("**Insufficient data**, so no score or rank:")
                .contains("- Chad (TCD): threat: 0 of 5 inputs present in 2024")
                .contains("Reliability: 0-10, lower is better")
                .doesNotContain("4. Chad");
    }

    @Test
    void aUnitThatBecameInsufficientIsABandChangeWithoutArrowAndNoMover() {
        // given: Chad scored 3.0 "Low" in 2023 and has too little evidence in 2024
        Assessment now = SahelFixture.withInsufficient();
        CountryAssessment chad = now.countries().get(3);
        CountryAssessment chad2023 = new CountryAssessment(chad.country(), 4, 3.0, "Low", 2, 3.0, 3.0,
                chad.dimensions(), 0.8, List.of(), List.of(), List.of());
        Assessment twoYears = new Assessment(2024, now.countries(), List.of(),
                List.of(new Assessment(2023, List.of(chad2023), List.of())));

        String text = new SummaryMarkdown().render(twoYears, SahelFixture.run());

        assertThat(text).contains("**Band changes since 2023:** Chad Low → Insufficient data.")
                .doesNotContain("## Biggest movers");
    }

    @Test
    void everyTableRowHasTheSameNumberOfCells() {
        List<String> table = lines.stream().filter(l -> l.startsWith("|")).toList();

        assertThat(table).hasSize(5).allSatisfy(row -> assertThat(unescapedPipes(row)).as(row).isEqualTo(12));
    }

    @Test
    void headlineNamesTheBandChangesSinceThePreviousYear() {
        assertThat(md).contains("**Band changes since 2023:** Mali High → Very High ▲.");
    }

    @Test
    void biggestMoversComeLargestChangeFirstAndSkipCountriesThatDidNotMove() {
        String movers = md.substring(md.indexOf("## Biggest movers since 2023"), md.indexOf("## What drives"));

        assertThat(movers.lines().filter(l -> l.startsWith("- ")).toList()).containsExactly(
                "- Mali +1.2 (6.0 → 7.2), High → Very High",
                "- Niger\\<script\\>alert(1)\\</script\\> -0.6 (6.2 → 5.6)");
    }

    @Test
    void aSingleYearRunHasNoChangeColumnAndNoMovers() {
        String single = new SummaryMarkdown().render(SahelFixture.oneYear(), SahelFixture.run());

        assertThat(single).doesNotContain("Since ").doesNotContain("Biggest movers").doesNotContain("Band changes")
                .contains("| Rank | Country | Band | Score | Reliability | Range | Threat |");
    }

    @Test
    void pipesInInputAreEscaped() {
        assertThat(md).contains("Attacks rising \\| 2 regions");
        assertThat(md).doesNotContain("rising | 2");
    }

    @Test
    void topCountriesShowTheirThreeBiggestContributionsBySize() {
        String mali = md.substring(md.indexOf("**1. Mali**"), md.indexOf("**2. "));

        assertThat(mali.lines().filter(l -> l.startsWith("- ")).toList()).containsExactly(
                "- +3.0 threat: Six armed groups active (rule Armed groups active, threat.drl)",
                "- +2.0 exposure: Borders NER with high threat (rule Spillover from a high-threat neighbour, exposure.drl)",
                "- -1.5 vulnerability: Direct military support (rule Foreign support mitigates, vulnerability.drl)");
        assertThat(mali).doesNotContain("Many fighters abroad");
    }

    @Test
    void biggestKeepsTheEngineOrderBetweenEqualSizes() {
        List<ContributionRecord> records = List.of(record("a", 1.0), record("b", -2.0), record("c", 2.0),
                record("d", 0.5), record("e", 2.0));

        assertThat(SummaryMarkdown.biggest(records)).extracting(ContributionRecord::rule).containsExactly("b", "c", "e");
    }

    @Test
    void inputCannotAddMarkupOrBreakLines() {
        assertThat(SummaryMarkdown.escape("a|b\nc <x> [l](u) *e* &lt;"))
                .isEqualTo("a\\|b c \\<x\\> \\[l\\](u) \\*e\\* \\&lt;");
        assertThat(md).doesNotContain("<script>");
    }

    @Test
    void isShortEnoughForAnEmail() {
        assertThat(lines.size()).isLessThan(40);
        assertThat(md).contains("2 data issues (1 missing value, 1 warning)");
    }

    private static long unescapedPipes(String row) {
        return row.replace("\\|", "").chars().filter(c -> c == '|').count();
    }

    private static ContributionRecord record(String rule, double points) {
        return new ContributionRecord("MLI", Dimension.THREAT, points, "r", rule, "threat.drl", List.of());
    }
}
