package dev.riskengine.workbook;

import static dev.riskengine.workbook.Reading.indicator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.riskengine.model.Indicator;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.model.IndicatorWorkbook.MissingValue;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way an analyst may write an indicator value that the reader accepts, and what it reads as. */
class IndicatorValueFormatsTest {
    @TempDir
    Path folder;

    static Stream<Arguments> textValues() {
        return Stream.of(
                Arguments.of("plain number", "1500", 1500, 1500, 1500),
                Arguments.of("decimal", "12.5", 12.5, 12.5, 12.5),
                Arguments.of("surrounding spaces", "  1500 ", 1500, 1500, 1500),
                Arguments.of("thousands comma", "1,200", 1200, 1200, 1200),
                Arguments.of("thousands no-break space", "1\u00A0200", 1200, 1200, 1200),
                Arguments.of("thousands thin space", "1\u2009200", 1200, 1200, 1200),
                Arguments.of("thousands narrow no-break space", "1\u202F200", 1200, 1200, 1200),
                Arguments.of("millions with commas", "1,200,000", 1_200_000, 1_200_000, 1_200_000),
                Arguments.of("range with hyphen", "6000-7000", 6500, 6000, 7000),
                Arguments.of("range with spaced hyphen", "6000 - 7000", 6500, 6000, 7000),
                Arguments.of("range with en dash and commas", "6,000\u20137,000", 6500, 6000, 7000),
                Arguments.of("range with spaced em dash", "6,000 \u2014 7,000", 6500, 6000, 7000),
                Arguments.of("range of thousands", "1,200-1,500", 1350, 1200, 1500),
                Arguments.of("range with no-break spaces", "8\u00A0000\u201311\u00A0000", 9500, 8000, 11000),
                Arguments.of("central with range", "6500 (6000-7000)", 6500, 6000, 7000),
                Arguments.of("central off-middle with range", "6200 (6000-7000)", 6200, 6000, 7000),
                Arguments.of("central with en-dash range and commas", "6,500 (6,000\u20137,000)", 6500, 6000, 7000),
                Arguments.of("central equal to an end", "6000 (6000 - 7000)", 6000, 6000, 7000));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("textValues")
    void textValueIsAccepted(String name, String text, double value, double low, double high) throws Exception {
        Path file = TestWorkbook.valid().set("Indicators", "C2", text).writeTo(folder);

        Indicator read = indicator(Reading.valid(file), "MAR", "fighters_abroad", 2024);

        assertThat(read).extracting(Indicator::getValue, Indicator::getLow, Indicator::getHigh, Indicator::getCell)
                .containsExactly(value, low, high, "Indicators!C2");
    }

    @Test
    void numericCellIsAPointEstimate() throws Exception {
        Indicator read = indicator(Reading.valid(TestWorkbook.valid().writeTo(folder)), "DZA", "fighters_abroad", 2024);

        assertThat(read).extracting(Indicator::getValue, Indicator::getLow, Indicator::getHigh, Indicator::isRange)
                .containsExactly(170.0, 170.0, 170.0, false);
    }

    @Test
    void percentFormattedCellReadsAsShownPercentage() throws Exception {
        Path file = TestWorkbook.valid().formatted("Indicators", "D2", 0.053, "0.0%").writeTo(folder);

        Indicator read = indicator(Reading.valid(file), "MAR", "government_control_pct", 2024);

        assertThat(read.getValue()).isEqualTo(5.3);
        assertThat(read.getLow()).isEqualTo(5.3);
    }

    @Test
    void percentTextReadsAsPercentage() throws Exception {
        Path file = TestWorkbook.valid().set("Indicators", "D2", "5.3%").writeTo(folder);

        assertThat(indicator(Reading.valid(file), "MAR", "government_control_pct", 2024).getValue()).isEqualTo(5.3);
    }

    @Test
    void percentRangeTextReadsAsPercentages() throws Exception {
        Path file = TestWorkbook.valid().set("Indicators", "D2", "90% - 95 %").writeTo(folder);

        assertThat(indicator(Reading.valid(file), "MAR", "government_control_pct", 2024))
                .extracting(Indicator::getValue, Indicator::getLow, Indicator::getHigh)
                .containsExactly(92.5, 90.0, 95.0);
    }

    @Test
    void percentUnitNumberWithoutPercentFormatIsTakenAsTyped() throws Exception {
        Path file = TestWorkbook.valid().set("Indicators", "D2", 62.5).writeTo(folder);

        assertThat(indicator(Reading.valid(file), "MAR", "government_control_pct", 2024).getValue()).isEqualTo(62.5);
    }

    @Test
    void dictionaryBoundFormattedAsPercentReadsAsShown() throws Exception {
        Path file = TestWorkbook.valid().formatted("Dictionary", "E3", 1.0, "0%").writeTo(folder);

        assertThat(Reading.valid(file).dictionary().get(1).max()).isEqualTo(100.0);
    }

    @Test
    void formulaUsesItsSavedResult() throws Exception {
        // A saved result is what the analyst saw; it wins even over a different recalculation.
        Path file = TestWorkbook.valid().formulaWithSavedResult("Indicators", "C2", "1+1", 5).writeTo(folder);

        assertThat(indicator(Reading.valid(file), "MAR", "fighters_abroad", 2024).getValue()).isEqualTo(5.0);
    }

    @Test
    void formulaSavedByExcelReadsItsResult() throws Exception {
        Path file = TestWorkbook.valid().evaluatedFormula("Indicators", "C2", "C3*2").writeTo(folder);

        assertThat(indicator(Reading.valid(file), "MAR", "fighters_abroad", 2024).getValue()).isEqualTo(340.0);
    }

    @Test
    void formulaWithoutSavedResultIsEvaluated() throws Exception {
        Path file = TestWorkbook.valid().formula("Indicators", "C2", "C3*2+SUM(C3:C4)").writeTo(folder);

        Indicator read = indicator(Reading.valid(file), "MAR", "fighters_abroad", 2024);

        assertThat(read.getValue()).isEqualTo(3510.0);
        assertThat(read.getCell()).isEqualTo("Indicators!C2");
    }

    @Test
    void formulaGivingARangeTextReadsAsRange() throws Exception {
        Path file = TestWorkbook.valid().formula("Indicators", "C2", "\"6000-\"&\"7000\"").writeTo(folder);

        assertThat(indicator(Reading.valid(file), "MAR", "fighters_abroad", 2024))
                .extracting(Indicator::getValue, Indicator::getLow, Indicator::getHigh)
                .containsExactly(6500.0, 6000.0, 7000.0);
    }

    @Test
    void percentFormattedFormulaReadsAsShownPercentage() throws Exception {
        Path file = TestWorkbook.valid().formatted("Indicators", "D2", 0, "0.0%")
                .formula("Indicators", "D2", "0.5+0.25").writeTo(folder);

        assertThat(indicator(Reading.valid(file), "MAR", "government_control_pct", 2024).getValue()).isEqualTo(75.0);
    }

    @Test
    void formulaGivingEmptyTextIsMissing() throws Exception {
        Path file = TestWorkbook.valid().evaluatedFormula("Indicators", "C4", "IF(C3>0,\"\",1)").writeTo(folder);

        IndicatorWorkbook workbook = Reading.valid(file);

        assertThat(workbook.missing()).containsExactly(new MissingValue("TUN", "fighters_abroad", 2024, "Indicators!C4"));
    }

    @Test
    void yearAndPopulationMayBeTextOrFormulas() throws Exception {
        Path file = TestWorkbook.valid()
                .set("Indicators", "B2", "2024")
                .formula("Countries", "D4", "12200*1000")
                .writeTo(folder);

        IndicatorWorkbook workbook = Reading.valid(file);

        assertThat(indicator(workbook, "MAR", "fighters_abroad", 2024).getYear()).isEqualTo(2024);
        assertThat(workbook.countries()).extracting(c -> c.getIso3(), c -> c.getPopulation())
                .contains(tuple("TUN", 12_200_000L));
    }
}
