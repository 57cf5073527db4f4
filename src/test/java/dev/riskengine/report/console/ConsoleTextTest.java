package dev.riskengine.report.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.DataIssue;
import dev.riskengine.model.Indicator;
import dev.riskengine.report.SahelFixture;

class ConsoleTextTest {

    @Test
    void aLatestYearWithFewerScoresThanTheOneBeforeSaysHowToAssessThatOne() {
        // given 2024 begun in the workbook: only Chad has a row, too thin to score; 2023 scored three countries
        Assessment years = SahelFixture.assessment();
        List<CountryAssessment> begun = SahelFixture.withInsufficient().countries().stream().filter(c -> !c.scored()).toList();

        String text = ConsoleText.runSummary(new Assessment(2024, begun, List.of(), years.otherYears()),
                SahelFixture.run(), Path.of("reports", "run"), 1000);

        assertThat(text).contains("Note: 2024 has a score for 0 countries, 2023 had 3: the latest year of the workbook"
                + " is assessed unless --year is given (--year 2023 assesses 2023).");
    }

    @Test
    void aYearScoringAsManyAsTheOneBeforeHasNoNote() {
        String text = ConsoleText.runSummary(SahelFixture.assessment(), SahelFixture.run(), Path.of("reports", "run"), 1000);

        assertThat(text).doesNotContain("Note:");
    }

    @Test
    void aWarningAboutAValueTheScoresUsedIsNamedNotOnlyCountedAmongTheBorderNotes() {
        // "1.200" read as 1.2 was one of 24 warnings in the count, 23 of them notes on borders
        Assessment fixture = SahelFixture.assessment();
        List<DataIssue> issues = new ArrayList<>(fixture.dataIssues());
        issues.add(DataIssue.warning("MLI", "Indicators!C3", "\"1.200\" in fighters_abroad reads as 1.2, but as 1200 "
                + "where a dot groups thousands: type 1200 or 1.2 to say which"));
        issues.add(DataIssue.warning("MLI", "Indicators!C9", "\"2.500\" in fighters_abroad (a row no score used) reads as 2.5"));

        String text = ConsoleText.runSummary(new Assessment(fixture.year(), fixture.countries(), issues,
                fixture.otherYears()), SahelFixture.run(), Path.of("reports", "run"), 1000);

        assertThat(text).contains("Values these scores used that may not be what was meant (1 of 3 warnings):\n"
                + "  Indicators!C3: \"1.200\" in fighters_abroad reads as 1.2, but as 1200 where a dot groups thousands: "
                + "type 1200 or 1.2 to say which\n");
        assertThat(text).doesNotContain("Indicators!C9").doesNotContain("Borders!B7");
    }

    @Test
    void aWarningAboutAValueOfAYearTheTrendShowsIsNamedToo() {
        Assessment fixture = SahelFixture.assessment();
        CountryAssessment mali = fixture.countries().get(0);
        CountryAssessment maliBefore = new CountryAssessment(mali.country(), 1, 5.0, "High", 4, 5.0, 5.0,
                mali.dimensions(), 1.0, List.of(new Indicator("MLI", "fighters_abroad", 2023, 2.5, 2.5, 2.5,
                "Indicators!C9")), List.of(), List.of());
        List<DataIssue> issues = List.of(DataIssue.warning("MLI", "Indicators!C9", "\"2.500\" in fighters_abroad reads as 2.5"));

        String text = ConsoleText.runSummary(new Assessment(fixture.year(), fixture.countries(), issues,
                List.of(new Assessment(2023, List.of(maliBefore), List.of()))), SahelFixture.run(),
                Path.of("reports", "run"), 1000);

        assertThat(text).contains("(1 of 1 warning):\n  Indicators!C9: \"2.500\" in fighters_abroad reads as 2.5\n");
    }

    @Test
    void noWarningAboutAUsedValueGivesNoSuchList() {
        String text = ConsoleText.runSummary(SahelFixture.assessment(), SahelFixture.run(), Path.of("reports", "run"), 1000);

        assertThat(text).doesNotContain("may not be what was meant");
    }
}
