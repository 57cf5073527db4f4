package dev.riskengine.report.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.CountryAssessment;
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
}
