package dev.riskengine.workbook;

import dev.riskengine.model.IndicatorDefinition;

/**
 * Reads an indicator value written as text exactly as an Indicators cell holding that text is
 * read ({@code 6500}, {@code 1,200}, {@code 6000-7000}, {@code 6500 (6000-7000)}), for other
 * sources of indicator values such as rule test cases.
 */
public final class IndicatorText {

    /** A readable value: {@code value} is the central estimate, {@code low}/{@code high} its range. */
    public record Reading(double value, double low, double high) { }

    /** The value cannot be read; the message says what was found and what was expected. */
    public static final class UnreadableValueException extends Exception {
        public UnreadableValueException(String message) {
            super(message);
        }
    }

    private IndicatorText() {
    }

    public static Reading read(String code, String text) throws UnreadableValueException {
        IndicatorDefinition unbounded = new IndicatorDefinition(code, code, null, null, null, null, null);
        IndicatorValue value = new IndicatorValueParser()
                .parse(new CellContent.Text(new CellLocation("", 0, 0), text), unbounded);
        if (value instanceof IndicatorValue.Estimate estimate) {
            return new Reading(estimate.value(), estimate.low(), estimate.high());
        }
        if (value instanceof IndicatorValue.Invalid invalid) {
            throw new UnreadableValueException("found " + invalid.found() + ", expected " + invalid.expected());
        }
        throw new UnreadableValueException("found a blank value, expected " + IndicatorValueParser.EXPECTED);
    }
}
