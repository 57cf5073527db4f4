package dev.riskengine.workbook;

import static dev.riskengine.workbook.ProblemCollector.quoted;

import dev.riskengine.model.IndicatorDefinition;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an Indicators cell the way the analyst meant it: a number, a range {@code 6000-7000}
 * (central value the midpoint), a central value with its range {@code 6500 (6000-7000)}, a
 * percentage, or a blank, which is missing and never zero. Then checks the Dictionary bounds.
 */
final class IndicatorValueParser {
    static final String EXPECTED = "a number, a range such as 6000-7000, or a blank cell";
    static final String SAVED_FORMULA_EXPECTED =
            "a formula with its result saved (open and save the workbook in Excel or LibreOffice) or " + EXPECTED;

    private static final String NUMBER = "(" + NumberText.SIGNED + ")";
    /** Hyphen, figure dash, en dash, em dash and minus sign all separate a range's ends. */
    private static final String DASH = "[\\p{Z}\\s]*[-\\u2012\\u2013\\u2014\\u2212][\\p{Z}\\s]*";
    private static final Pattern POINT = Pattern.compile(NUMBER);
    private static final Pattern RANGE = Pattern.compile(NUMBER + DASH + NUMBER);
    private static final Pattern CENTRAL_AND_RANGE =
            Pattern.compile(NUMBER + "[\\p{Z}\\s]*\\([\\p{Z}\\s]*" + NUMBER + DASH + NUMBER + "[\\p{Z}\\s]*\\)");
    /** A percent sign after a number, which only an indicator measured in % may carry. */
    private static final Pattern PERCENT_SIGN = Pattern.compile("[\\p{Z}\\s]*%");

    static final String NOT_A_DATE_EXPECTED = "a number or a range typed as text (Excel turns 3-5 or 1/2 typed "
            + "in a cell into a date: type '3-5 with an apostrophe, or format the column as Text)";

    IndicatorValue parse(CellContent content, IndicatorDefinition definition) {
        return checked(read(content, definition), content, definition);
    }

    static final String POINT_EXPECTED = "a number (a dot before decimals), or nothing for a missing value";

    /**
     * One number (a long-form table's value, low or high, whose range has columns of its own): as
     * a cell is read, but a range typed into it is refused.
     */
    IndicatorValue parsePoint(CellContent content, IndicatorDefinition definition) {
        IndicatorValue value = read(content, definition);
        if (value instanceof IndicatorValue.Estimate estimate && estimate.low() != estimate.high()) {
            return new IndicatorValue.Invalid(content.found(), "one number (a range's ends go in the low and high columns)");
        }
        if (value instanceof IndicatorValue.Invalid invalid && EXPECTED.equals(invalid.expected())) {
            value = new IndicatorValue.Invalid(invalid.found(), POINT_EXPECTED);
        }
        return checked(value, content, definition);
    }

    private IndicatorValue checked(IndicatorValue value, CellContent content, IndicatorDefinition definition) {
        if (value instanceof IndicatorValue.Estimate estimate && !estimate.isFinite()) {
            // Digits beyond the range of a double: no figure anyone means, and never an infinite point.
            return new IndicatorValue.Invalid(content.found(), EXPECTED);
        }
        return value instanceof IndicatorValue.Estimate estimate ? withinBounds(estimate, content, definition) : value;
    }

    private IndicatorValue read(CellContent content, IndicatorDefinition definition) {
        if (content instanceof CellContent.Blank) {
            return new IndicatorValue.Missing();
        }
        if (content instanceof CellContent.Numeric number && number.format().isDate()) {
            return new IndicatorValue.Invalid(content.found() + " (a date)", NOT_A_DATE_EXPECTED);
        }
        if (content instanceof CellContent.Numeric number) {
            double value = definition.isPercent() && number.percentFormatted() ? number.shownPercentage() : number.value();
            return IndicatorValue.Estimate.point(value);
        }
        if (content instanceof CellContent.Text text) {
            return readText(text.text(), definition);
        }
        if (content instanceof CellContent.Unevaluated) {
            return new IndicatorValue.Invalid(content.found(), SAVED_FORMULA_EXPECTED);
        }
        return new IndicatorValue.Invalid(content.found(), EXPECTED);
    }

    private IndicatorValue readText(String text, IndicatorDefinition definition) {
        String digits = text;
        if (text.indexOf('%') >= 0) { // what PERCENT_SIGN finds, without a matcher for every text cell
            if (!definition.isPercent()) {
                return new IndicatorValue.Invalid(quoted(text), "a number without % (" + (definition.unit() == null
                        // a case file has no Dictionary, nor has a code whose Unit is blank
                        ? "a percentage is written as its number, 49 for 49 %"
                        : "the Dictionary unit of " + definition.code() + " is " + quoted(definition.unit())) + ")");
            }
            digits = PERCENT_SIGN.matcher(text).replaceAll("");
        }
        List<String> numbers = numbers(digits);
        return switch (numbers.size()) {
            case 1 -> IndicatorValue.Estimate.point(NumberText.toDouble(numbers.get(0)));
            case 2 -> range(text, NumberText.toDouble(numbers.get(0)), NumberText.toDouble(numbers.get(1)), null);
            case 3 -> range(text, NumberText.toDouble(numbers.get(1)), NumberText.toDouble(numbers.get(2)),
                    NumberText.toDouble(numbers.get(0)));
            default -> new IndicatorValue.Invalid(quoted(text), EXPECTED);
        };
    }

    /**
     * The numbers typed in a text value, as written: the one number, a range's two ends, or the
     * central value and then the ends; none for text that is no value. What a plausibility check
     * looks at in each number ("1.000-2.000" has two that may group thousands).
     */
    static List<String> typedNumbers(String text) {
        return numbers(PERCENT_SIGN.matcher(NumberText.trim(text)).replaceAll(""));
    }

    /** The numbers of a value without its % sign, as {@link #typedNumbers} gives them: the one reading of every form. */
    private static List<String> numbers(String digits) {
        Matcher matcher;
        if ((matcher = POINT.matcher(digits)).matches()) {
            return List.of(matcher.group(1));
        }
        if ((matcher = RANGE.matcher(digits)).matches()) {
            return List.of(matcher.group(1), matcher.group(2));
        }
        if ((matcher = CENTRAL_AND_RANGE.matcher(digits)).matches()) {
            return List.of(matcher.group(1), matcher.group(2), matcher.group(3));
        }
        return List.of();
    }

    private static IndicatorValue range(String text, double low, double high, Double central) {
        if (low > high) {
            return new IndicatorValue.Invalid(quoted(text) + ", a range whose low end is above its high end",
                    "a range written low-high, such as " + NumberText.plain(high) + "-" + NumberText.plain(low));
        }
        if (central == null) {
            return new IndicatorValue.Estimate((low + high) / 2, low, high);
        }
        if (central < low || central > high) {
            return new IndicatorValue.Invalid(quoted(text) + ", a central value outside its range",
                    "a central value between " + NumberText.plain(low) + " and " + NumberText.plain(high));
        }
        return new IndicatorValue.Estimate(central, low, high);
    }

    private static IndicatorValue withinBounds(IndicatorValue.Estimate estimate, CellContent content,
                                               IndicatorDefinition definition) {
        Double min = definition.min();
        Double max = definition.max();
        boolean tooLow = min != null && estimate.low() < min;
        boolean tooHigh = max != null && estimate.high() > max;
        if (!tooLow && !tooHigh) {
            return estimate;
        }
        return new IndicatorValue.Invalid(content.found(), bounds(min, max) + ", the Dictionary bounds of "
                + definition.code());
    }

    private static String bounds(Double min, Double max) {
        if (min != null && max != null) {
            return "a value from " + NumberText.plain(min) + " to " + NumberText.plain(max);
        }
        return min != null ? "a value of at least " + NumberText.plain(min) : "a value of at most " + NumberText.plain(max);
    }
}
