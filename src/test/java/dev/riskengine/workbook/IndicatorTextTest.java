package dev.riskengine.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.riskengine.model.IndicatorDefinition;
import org.junit.jupiter.api.Test;

/** Indicator values typed as text, read outside a workbook (as rule test cases do) and by the parser directly. */
class IndicatorTextTest {
    private static final IndicatorDefinition PERCENT =
            new IndicatorDefinition("government_control_pct", "Government control", "%", 0.0, 100.0, null, null);
    private final IndicatorValueParser parser = new IndicatorValueParser();

    @Test
    void aRangeWithThousandsCommasReadsAsItsEndsAndMidpoint() throws Exception {
        assertThat(IndicatorText.read("fighters_abroad", "8,000-11,000"))
                .isEqualTo(new IndicatorText.Reading(9500, 8000, 11000));
    }

    @Test
    void aNumberWithThousandsCommaReadsAsOneNumber() throws Exception {
        assertThat(IndicatorText.read("fighters_abroad", "1,234")).isEqualTo(new IndicatorText.Reading(1234, 1234, 1234));
    }

    @Test
    void aPercentSignInACaseFileIsRefusedSayingHowToWriteAPercentageNotNamingAUnitNull() {
        // a case file has no Dictionary: the message named its unit as "null"
        assertThatThrownBy(() -> IndicatorText.read("government_control_pct", "49%"))
                .hasMessage("found \"49%\", expected a number without % (a percentage is written as its number, 49 for 49 %)");
    }

    @Test
    void aPercentSignWithSpacesIsReadWhereTheUnitIsPercent() {
        assertThat(parser.parse(text("62.5 %"), PERCENT)).isEqualTo(IndicatorValue.Estimate.point(62.5));
        assertThat(parser.parse(text("60\u00A0%\u2013 65%"), PERCENT)).isEqualTo(new IndicatorValue.Estimate(62.5, 60, 65));
    }

    @Test
    void aBlankCellIsMissingNeverZero() {
        assertThat(parser.parse(new CellContent.Blank(new CellLocation("Indicators", 1, 2)), PERCENT))
                .isEqualTo(new IndicatorValue.Missing());
    }

    @Test
    void aDecimalCommaIsRefused() {
        assertThat(parser.parse(text("5,3"), PERCENT))
                .isEqualTo(new IndicatorValue.Invalid("\"5,3\"", IndicatorValueParser.EXPECTED));
    }

    private static CellContent text(String text) {
        return new CellContent.Text(new CellLocation("Indicators", 1, 2), text);
    }
}
