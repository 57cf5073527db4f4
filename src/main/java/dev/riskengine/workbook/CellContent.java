package dev.riskengine.workbook;

import static dev.riskengine.workbook.ProblemCollector.quoted;

import java.math.BigDecimal;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * What one cell holds once formulas are resolved. Keeping the kinds apart lets each sheet say
 * precisely what it found ("a blank cell", a formula error, text) instead of a POI cell type.
 */
sealed interface CellContent {
    /** A percent sign ending a number typed as text in a column measured in %. */
    Pattern TRAILING_PERCENT = Pattern.compile("\\s*%\\s*$");

    CellLocation at();

    /** How the content is described after "found" in a problem. */
    String found();

    /** Nothing, or only spaces: a missing value, never zero. */
    record Blank(CellLocation at) implements CellContent {
        @Override public String found() { return "a blank cell"; }
    }

    /**
     * A numeric cell with its number format. {@link #shown()} is the text Excel displays;
     * {@link #percentFormatted()} tells that the cell holds a fraction that the analyst sees (and
     * means) as a percentage.
     */
    record Numeric(CellLocation at, double value, CellNumberFormat format) implements CellContent {
        /**
         * The text shown, and the number held when the format rounds it away: a year of 2016.5
         * shown as "2017", or 100.4 shown as "100" against a maximum of 100, would otherwise be
         * refused in words that name a value the cell does not hold.
         */
        @Override public String found() {
            String shown = shown();
            return showsItsValue(shown) ? quoted(shown) : quoted(shown) + " (the cell holds " + held(value) + ")";
        }

        private boolean showsItsValue(String shown) {
            if (format.isDate()) {
                return true; // a date is refused as a date: its serial number means nothing to the analyst
            }
            if (percentFormatted()) {
                String withoutSign = TRAILING_PERCENT.matcher(shown).replaceFirst("");
                OptionalDouble percentage = NumberText.parse(withoutSign);
                return percentage.isPresent() && percentage.getAsDouble() == shownPercentage();
            }
            OptionalDouble read = NumberText.parse(shown);
            return read.isPresent() && read.getAsDouble() == value;
        }

        /** Plain digits as typed, but 1E+300 rather than three hundred digits. */
        private static String held(double value) {
            BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
            return Math.abs(value) < 1e15 ? exact.toPlainString() : exact.toString();
        }

        boolean percentFormatted() {
            return format.isPercent();
        }

        /** Formatted when asked (a problem, a header, a name), not for every number read. */
        String shown() {
            return format.show(value);
        }

        /** The percentage shown: 0.053 formatted as % is 5.3 (decimal arithmetic avoids 5.300000000000001). */
        double shownPercentage() {
            return BigDecimal.valueOf(value).movePointRight(2).doubleValue();
        }
    }

    /**
     * A number cell whose stored value is no finite number: NaN, INF, -INF, as scripts write for
     * a missing or undefined value. Neither a number nor blank, so it is reported wherever a
     * number is read (an Indicator without a value, or a border dropped, would be silent).
     */
    record NotANumber(CellLocation at, String stored) implements CellContent {
        @Override public String found() { return quoted(stored) + " (not a finite number)"; }
    }

    record Text(CellLocation at, String text) implements CellContent {
        @Override public String found() { return quoted(text); }
    }

    /**
     * The content of a text cell as both walks read it: trimmed, blank when only spaces, and
     * refused ({@link CellBeyondExcelLimitsException}) beyond Excel's limit on a cell's characters.
     */
    static CellContent text(CellLocation at, String raw) {
        CellBeyondExcelLimitsException.checkLength(at, raw == null ? 0 : raw.length());
        String trimmed = raw == null ? "" : NumberText.trim(raw);
        return trimmed.isEmpty() ? new Blank(at) : new Text(at, trimmed);
    }

    record Bool(CellLocation at, boolean value) implements CellContent {
        @Override public String found() { return quoted(value ? "TRUE" : "FALSE"); }
    }

    /** An error value such as #DIV/0!, usually the result of a formula. */
    record ErrorValue(CellLocation at, String code, String formula) implements CellContent {
        @Override public String found() {
            return formula == null ? "the error " + code : "the formula error " + code + " from =" + formula;
        }
    }

    /** A formula with no saved result that POI could not evaluate either. */
    record Unevaluated(CellLocation at, String formula, String reason) implements CellContent {
        @Override public String found() {
            return "the formula =" + formula + " with no saved result, which could not be evaluated (" + reason + ")";
        }
    }

    /**
     * The content as a plain number, for the columns that take no ranges (years, populations,
     * lengths, bounds). Text numbers with thousands separators count; a percent-formatted cell
     * reads as the percentage shown when {@code percentUnit} says the column is in %; a
     * date-formatted cell is no number.
     */
    default OptionalDouble asNumber(boolean percentUnit) {
        if (this instanceof Numeric number && number.format().isDate()) {
            return OptionalDouble.empty(); // a serial day number, not the figure typed
        }
        if (this instanceof Numeric number) {
            return OptionalDouble.of(percentUnit && number.percentFormatted() ? number.shownPercentage() : number.value());
        }
        if (this instanceof Text text) {
            String digits = percentUnit ? TRAILING_PERCENT.matcher(text.text()).replaceAll("") : text.text();
            return NumberText.parse(digits);
        }
        return OptionalDouble.empty();
    }

    default boolean isBlank() {
        return this instanceof Blank;
    }

    /** The cell as display text (headers, names, units), or "" when blank. */
    default String text() {
        if (this instanceof Text text) {
            return text.text();
        }
        if (this instanceof Numeric number) {
            return number.shown();
        }
        if (this instanceof Bool bool) {
            return bool.value() ? "TRUE" : "FALSE";
        }
        if (this instanceof NotANumber notANumber) {
            return notANumber.stored();
        }
        return this instanceof ErrorValue error ? error.code() : "";
    }
}
