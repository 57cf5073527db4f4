package dev.riskengine.report;

import java.util.List;

import dev.riskengine.model.RunComparison;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonTextTest {

    private static final RunComparison.CountryChange MALI_ROSE = new RunComparison.CountryChange("MLI", "Mali", 4.2, 5.3,
            "Medium", 3, "High", 4, List.of(), List.of());

    @Test
    void theHeadlineCountsChangesAndSaysWhatWasComparedWith() {
        RunComparison sameYear = new RunComparison("2026-11-18T06-00-00.000Z", null, 2016, 2016, true,
                List.of(new RunComparison.RuleFileChange("threat.drl", RunComparison.Change.CHANGED, "a", "b")),
                List.of(MALI_ROSE));

        assertThat(ComparisonText.headline(sameYear)).isEqualTo("Compared with run 2026-11-18T06-00-00.000Z (year 2016): "
                + "1 of 1 country changed, 1 band rose, 0 fell; input workbook changed; 1 rule file changed.");
    }

    @Test
    void aRunOfAnotherYearIsNamedAsSuch() {
        RunComparison otherYear = new RunComparison("2026-11-18T06-00-00.000Z", null, 2016, 2015, false, List.of(),
                List.of());

        assertThat(ComparisonText.headline(otherYear)).startsWith("Compared with run 2026-11-18T06-00-00.000Z, "
                + "which assessed 2016 (this run: 2015): 0 of 0 countries changed; input workbook unchanged; rule files unchanged.");
    }

    @Test
    void aChangeTooSmallForOneDecimalShowsTwoAndNoChangeShowsPlusMinusZero() {
        assertThat(ComparisonText.delta(1.1)).isEqualTo("+1.1");
        assertThat(ComparisonText.delta(-0.5)).isEqualTo("-0.5");
        assertThat(ComparisonText.delta(0.03)).isEqualTo("+0.03");
        assertThat(ComparisonText.delta(0)).isEqualTo("±0.0");
        assertThat(ComparisonText.score(MALI_ROSE)).isEqualTo("4.2 → 5.3 (+1.1)");
        assertThat(ComparisonText.band(MALI_ROSE)).isEqualTo("Medium → High (rose)");
    }

    @Test
    void theFirstRunSaysSo() {
        assertThat(ComparisonText.headline(RunComparison.firstRun())).isEqualTo("First run: nothing to compare with.");
    }
}
