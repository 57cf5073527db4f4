package dev.riskengine.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Numbers typed as text, and the spaces around them, read by hand-written loops instead of per-cell patterns. */
class NumberTextTest {
    /** The definition of a space the loops follow: what the readers matched with this pattern before. */
    private static final Pattern SPACE = Pattern.compile("[\\p{Z}\\s]");

    @Test
    void everyCharacterIsASpaceExactlyWhenThePatternSaysSo() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(NumberText.isSpace(c)).as("U+%04X", (int) c).isEqualTo(SPACE.matcher(String.valueOf(c)).matches());
        }
    }

    @Test
    void trimStripsAllSpacesAtBothEndsAndKeepsInnerOnes() {
        assertThat(NumberText.trim(" 12 ")).isEqualTo("12");
        assertThat(NumberText.trim("\u00A0\u2009 1 200\t\r\n\u202F")).isEqualTo("1 200");
        assertThat(NumberText.trim("\u3000Mali\u2028")).isEqualTo("Mali");
        assertThat(NumberText.trim(" \u00A0 ")).isEmpty();
        assertThat(NumberText.trim("")).isEmpty();
        // not spaces: a control character and a zero-width space stay, as they did
        assertThat(NumberText.trim("\u0001x\u200B")).isEqualTo("\u0001x\u200B");
    }

    @Test
    void trimReturnsTheTextItselfWhenThereIsNothingToStrip() {
        String code = new String("XSG-000001".toCharArray());

        assertThat(NumberText.trim(code)).isSameAs(code);
    }

    static Stream<Arguments> numbers() {
        return Stream.of(
                Arguments.of("1,234", 1234.0),
                Arguments.of(" 12 ", 12.0),
                Arguments.of("\u00A012.5\u2009", 12.5),
                Arguments.of("1,234,567.25", 1_234_567.25),
                Arguments.of("1\u00A0234", 1234.0),
                Arguments.of("1\u2007234", 1234.0),
                Arguments.of("-0.5", -0.5),
                Arguments.of("\u22125", -5.0),
                Arguments.of(".5", 0.5),
                Arguments.of("0", 0.0));
    }

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @MethodSource("numbers")
    void numberTextReads(String text, double expected) {
        assertThat(NumberText.parse(text)).isEqualTo(OptionalDouble.of(expected));
    }

    static Stream<String> notNumbers() {
        // decimal comma, a range, blanks, misplaced groups, a trailing point, words
        return Stream.of("5,3", "8,000-11,000", "", "   ", "12,34", "1,2345", "12.", "1.2.3", "12 km", "n/a", "--5", "5%");
    }

    @ParameterizedTest(name = "\"{0}\" is no number")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"0,125", "-0,500", "\u22120,250", "0\u00A0125", "00,125",
            "0,125,000"})
    void aDecimalCommaAfterALeadingZeroIsNoNumberNotAThousandTimesTheFigure(String text) {
        // "0,125" matched thousands grouped by commas and read as 125
        assertThat(NumberText.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is no number")
    @MethodSource("notNumbers")
    void otherTextIsNoNumber(String text) {
        assertThat(NumberText.parse(text)).isEmpty();
    }

    @Test
    void digitsBeyondTheRangeOfADoubleAreNoNumberNotInfinity() {
        assertThat(NumberText.parse("9".repeat(400))).isEmpty();
        assertThat(NumberText.parse("-" + "9".repeat(400))).isEmpty();
    }

    @Test
    void aZeroTypedWithAMinusSignIsZeroNotMinusZero() {
        // "-0" was kept as -0.0 and written so to scores.json
        // compared bit for bit: -0.0 == 0.0, but Double.toString gives "-0.0"
        assertThat(Double.doubleToRawLongBits(NumberText.toDouble("-0"))).isEqualTo(Double.doubleToRawLongBits(0.0));
        assertThat(Double.toString(NumberText.toDouble("\u22120.0"))).isEqualTo("0.0");
    }

    @Test
    void toDoubleDropsEveryGroupSeparatorAndReadsTheMinusSign() {
        assertThat(NumberText.toDouble("1,200\u00A0000")).isEqualTo(1_200_000.0);
        assertThat(NumberText.toDouble("\u22121\u202F200.5")).isEqualTo(-1200.5);
    }
}
