package dev.riskengine.workbook;

import static dev.riskengine.workbook.ProblemCollector.quoted;

import dev.riskengine.model.Country;
import dev.riskengine.model.DataIssue;
import dev.riskengine.model.Indicator;
import dev.riskengine.model.IndicatorDefinition;
import dev.riskengine.text.DecimalComma;
import dev.riskengine.text.ThousandsDot;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Values that read without error but are probably not what the analyst meant, as typos and
 * copy-paste slips produce them: each becomes a warning with its cell (the Data issues sheet,
 * the console's warning count), never a silent change of the value, which stays as read.
 * <ul>
 * <li>a fraction (0.0565) in an unformatted cell of a % column whose other values are
 *     percentages (5.3, 12): read as 0.0565 %, probably meant as 5.65 %;</li>
 * <li>a number typed as text with a dot before exactly three digits ("1.200"): 1.2 here, but
 *     1200 where a dot groups thousands; with one comma before exactly three digits ("1,200"):
 *     1200 here, but 1.2 where a comma marks decimals; a dot in a range too ("1.000-2.000");</li>
 * <li>a value far outside the column's other values (see {@link #FAR_OUT_DECADES}); for a signed
 *     index, far outside on the value itself (see {@link #NARROWEST_SHARE_OF_SCALE}).</li>
 * </ul>
 */
final class PlausibilityCheck {
    /**
     * How far beyond the middle half of a column, in multiples of its width on a log10 scale, a
     * value is far out. Typos move a value by orders of magnitude (a zero too many or too few, a
     * separator read as a decimal point) while real values of a column differ between countries
     * by orders of magnitude too (attacks: 0 to 729 in the sample), so the test is on log10|v|
     * and only non-zero values count (zero is "none", not a magnitude). Tukey's fences with 2
     * widths, each at least {@link #NARROWEST_DECADES}, flag a value ten times or more beyond
     * the quartiles of a tight column: the shipped sample (inputs/indicators.xlsx) raises no
     * warning with these, while 3 widths or a narrower floor would miss a single extra zero.
     */
    private static final double FAR_OUT_DECADES = 2;
    /** Half an order of magnitude: a column of near-equal values (control 95-100 %) is not judged by its own narrowness. */
    private static final double NARROWEST_DECADES = 0.5;
    /**
     * A signed index (WGI's Estimate, about -2.5 to 2.5 around a world mean of 0) has no orders of
     * magnitude: 0.01 and -1.2 are ordinary neighbours on its scale, while log10|v| puts them two
     * decades apart. Such a column (a Dictionary Min below 0, or a negative value in it) is judged
     * on the values themselves, with the same fences of {@link #FAR_OUT_DECADES} widths, each at
     * least this share of the Dictionary's Max - Min: a tenth of WGI's -4 to 4 is 0.8, so a value
     * is far out from 1.6 beyond the quartiles, where a lost minus sign (-1.2 typed 1.2) lands.
     */
    private static final double NARROWEST_SHARE_OF_SCALE = 0.1;
    /** Quartiles of fewer values say little about a column. */
    private static final int FEWEST_VALUES = 8;
    /** A column needs this many percentages besides a fraction to call the fraction odd. */
    private static final int FEWEST_PERCENTAGES = 2;

    /** A fraction read from an unformatted cell of a % column, judged once the whole column is known. */
    private record Fraction(String iso3, String code, CellLocation at, double value) { }

    private final List<DataIssue> warnings = new ArrayList<>();
    private final List<Fraction> fractions = new ArrayList<>();
    private final Map<String, IndicatorDefinition> definitions = new HashMap<>();

    /** Looks at one value as it is read. */
    void value(CellContent content, IndicatorDefinition definition, String iso3, IndicatorValue.Estimate estimate) {
        definitions.putIfAbsent(definition.code(), definition);
        ambiguousThousands(content, iso3, definition.code(), definition).ifPresent(warnings::add);
        boolean unformatted = content instanceof CellContent.Numeric number ? !number.percentFormatted()
                : content instanceof CellContent.Text text && text.text().indexOf('%') < 0;
        if (definition.isPercent() && unformatted && estimate.value() > 0 && estimate.value() < 1) {
            fractions.add(new Fraction(iso3, definition.code(), content.at(), estimate.value()));
        }
    }

    /**
     * Looks at the end of a range typed in a cell of its own (a long-form table's low or high
     * column): "1.000" there is 1 here and 1000 where a dot groups thousands, as in a value cell.
     */
    void rangeEnd(CellContent content, IndicatorDefinition definition, String iso3) {
        ambiguousThousands(content, iso3, definition.code(), definition).ifPresent(warnings::add);
    }

    /**
     * A warning for text with a number that reads one way here and a thousand times larger or
     * smaller elsewhere: a dot before exactly three digits ("1.200", read as 1.2, is 1200 where a
     * dot groups thousands), in a number or in any number of a range ("1.000-2.000", "6.500
     * (6.000-7.000)": a range is always text, as Excel holds none as a number, so this is where a
     * European analyst's thousands land); or one comma before exactly three digits in a lone
     * number ("1,200", read as 1200, is 1.2 where a comma marks decimals). A range such as
     * "1,200-1,500" is the documented way to write thousands in a range and gives no warning.
     * None either when the other reading lies outside the Dictionary's bounds ("-2.543" on WGI's
     * -4 to 4 cannot mean -2543), so it could not have been meant.
     *
     * @param column what the value is, for the message: an indicator code, "Length_km"
     * @param bounds the Dictionary definition whose Min and Max the other reading must lie within,
     *               or null for a value without bounds
     */
    static Optional<DataIssue> ambiguousThousands(CellContent content, String iso3, String column,
                                                  IndicatorDefinition bounds) {
        if (!(content instanceof CellContent.Text text)) {
            return Optional.empty();
        }
        List<String> typed = IndicatorValueParser.typedNumbers(text.text());
        boolean dots = typed.stream().anyMatch(number -> ThousandsDot.mayBeEither(number));
        boolean commas = typed.size() == 1 && DecimalComma.mayBeEither(typed.get(0));
        if (!dots && !commas) {
            return Optional.empty();
        }
        List<String> read = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (String number : typed) {
            double value = NumberText.toDouble(number);
            BigDecimal otherValue = ThousandsDot.mayBeEither(number) ? BigDecimal.valueOf(value).movePointRight(3)
                    : commas ? BigDecimal.valueOf(value).movePointLeft(3) : BigDecimal.valueOf(value);
            if (!withinBounds(otherValue.doubleValue(), bounds)) {
                return Optional.empty();
            }
            read.add(NumberText.plain(value));
            other.add(otherValue.stripTrailingZeros().toPlainString());
        }
        String readAs = asTyped(read);
        String otherwise = asTyped(other);
        // the advice names the thousands reading first
        String thousands = dots ? otherwise : readAs;
        String decimals = dots ? readAs : otherwise;
        return Optional.of(DataIssue.warning(iso3, text.at().toString(), quoted(text.text()) + " in " + column
                + " reads as " + readAs + ", but as " + otherwise + " where "
                + (dots ? "a dot groups thousands" : "a comma marks decimals") + ": type " + thousands + " or "
                + decimals + " to say which"));
    }

    private static boolean withinBounds(double value, IndicatorDefinition bounds) {
        return bounds == null || ((bounds.min() == null || value >= bounds.min())
                && (bounds.max() == null || value <= bounds.max()));
    }

    /** Numbers back in the shape they were typed in: a number, a range, or a central value with its range. */
    private static String asTyped(List<String> numbers) {
        return switch (numbers.size()) {
            case 1 -> numbers.get(0);
            case 2 -> numbers.get(0) + "-" + numbers.get(1);
            default -> numbers.get(0) + " (" + numbers.get(1) + "-" + numbers.get(2) + ")";
        };
    }

    /** Every warning, once the sheet's indicators are all read. */
    List<DataIssue> warnings(List<Indicator> indicators) {
        Map<String, double[]> columns = valuesByCode(indicators);
        List<DataIssue> all = new ArrayList<>(warnings);
        Set<String> warned = new HashSet<>();
        for (Fraction fraction : fractions) {
            fractionAmongPercentages(fraction, columns.get(fraction.code())).ifPresent(warning -> {
                all.add(warning);
                warned.add(warning.address());
            });
        }
        Map<String, Optional<Fences>> fences = new HashMap<>();
        columns.forEach((code, sorted) -> fences.put(code, Fences.of(sorted, definitions.get(code))));
        for (Indicator indicator : indicators) {
            if (!warned.contains(indicator.getCell())) { // a fraction among percentages is far out too; one warning says why
                fences.get(indicator.getCode()).flatMap(column -> column.farOut(indicator)).ifPresent(all::add);
            }
        }
        return all;
    }

    private static Optional<DataIssue> fractionAmongPercentages(Fraction fraction, double[] sorted) {
        double[] percentages = Arrays.stream(sorted).filter(v -> v >= 1).toArray();
        if (percentages.length < FEWEST_PERCENTAGES) {
            return Optional.empty();
        }
        double min = percentages[0];
        double max = percentages[percentages.length - 1];
        BigDecimal asPercentage = BigDecimal.valueOf(fraction.value()).movePointRight(2);
        // Read ×100 it sits among the column's percentages; read as it stands it is below all of them.
        if (asPercentage.doubleValue() < min || asPercentage.doubleValue() > max) {
            return Optional.empty();
        }
        String shown = NumberText.plain(fraction.value());
        String meant = asPercentage.stripTrailingZeros().toPlainString();
        return Optional.of(DataIssue.warning(fraction.iso3(), fraction.at().toString(), shown
                + " in the % column " + fraction.code() + ", whose other values are percentages ("
                + NumberText.plain(min) + " to " + NumberText.plain(max) + "): read as " + shown
                + " %; if it is a fraction meaning " + meant + " %, type " + meant + " or format the cell as %"));
    }

    /**
     * A column's quartiles and the fences beyond which a value is far out: of magnitude (log10 of
     * its non-zero values) for counts, lengths and shares, of the values themselves for a signed
     * index (see {@link #NARROWEST_SHARE_OF_SCALE}).
     */
    private record Fences(double q1, double q3, double low, double high, boolean onValues) {
        static Optional<Fences> of(double[] sorted, IndicatorDefinition definition) {
            boolean signed = (definition != null && definition.isSignedIndex()) || (sorted.length > 0 && sorted[0] < 0);
            return signed ? onValues(sorted, definition == null ? Double.NaN : definition.scaleWidth())
                    : onMagnitudes(sorted);
        }

        private static Optional<Fences> onMagnitudes(double[] sorted) {
            double[] magnitudes = Arrays.stream(sorted).filter(v -> v != 0).map(v -> Math.log10(Math.abs(v))).sorted().toArray();
            if (magnitudes.length < FEWEST_VALUES) {
                return Optional.empty();
            }
            double q1 = quantile(magnitudes, 0.25);
            double q3 = quantile(magnitudes, 0.75);
            double width = Math.max(q3 - q1, NARROWEST_DECADES);
            return Optional.of(new Fences(q1, q3, q1 - FAR_OUT_DECADES * width, q3 + FAR_OUT_DECADES * width, false));
        }

        /** @param scale the Dictionary's Max - Min, NaN when it gives none (then the quartiles alone) */
        private static Optional<Fences> onValues(double[] sorted, double scale) {
            if (sorted.length < FEWEST_VALUES) {
                return Optional.empty();
            }
            double q1 = quantile(sorted, 0.25);
            double q3 = quantile(sorted, 0.75);
            double width = Double.isNaN(scale) ? q3 - q1 : Math.max(q3 - q1, NARROWEST_SHARE_OF_SCALE * scale);
            if (!(width > 0)) { // every value alike and no scale: nothing to measure a distance by
                return Optional.empty();
            }
            return Optional.of(new Fences(q1, q3, q1 - FAR_OUT_DECADES * width, q3 + FAR_OUT_DECADES * width, true));
        }

        Optional<DataIssue> farOut(Indicator indicator) {
            double value = indicator.getValue();
            if (!farOut(value)) {
                return Optional.empty();
            }
            return Optional.of(DataIssue.warning(indicator.getIso3(), indicator.getCell(),
                    NumberText.plain(value) + " is far outside the other values of " + indicator.getCode()
                            + " (their middle half: " + middleHalf() + "): a typo, such as "
                            + (onValues ? "a lost minus sign or a misplaced decimal point?" : "a zero too many or too few?")));
        }

        boolean farOut(double value) {
            if (onValues) {
                return value < low || value > high;
            }
            double magnitude = Math.log10(Math.abs(value));
            return value != 0 && (magnitude < low || magnitude > high);
        }

        String middleHalf() {
            return onValues ? round(q1) + " to " + round(q3) : round(Math.pow(10, q1)) + " to " + round(Math.pow(10, q3));
        }
    }

    /**
     * A country's population far from the other countries' (on the same log scale as a count
     * column): a population typed in thousands (11500 for Tunisia's 11.5 million) reads as a
     * valid number of people, and every per-capita rule then scores the country with rates a
     * thousand times too high, a wrong result that looks right. Sub-national units are left out:
     * an empty desert cell beside a city differs from it by orders of magnitude for real.
     */
    static List<DataIssue> populations(List<Country> units) {
        List<Country> countries = units.stream()
                .filter(country -> country.getPopulation() != null && country.getIso3().indexOf('-') < 0)
                .toList();
        Optional<Fences> fences = Fences.onMagnitudes(countries.stream()
                .mapToDouble(Country::getPopulation).sorted().toArray());
        if (fences.isEmpty()) {
            return List.of();
        }
        return countries.stream()
                .filter(country -> fences.get().farOut(country.getPopulation()))
                .map(country -> DataIssue.warning(country.getIso3(), country.getPopulationCell(),
                        NumberText.plain(country.getPopulation()) + " is far outside the other countries' populations"
                                + " (their middle half: " + fences.get().middleHalf() + "): Population is in people,"
                                + " so is it in thousands, or has it a zero too many or too few?"))
                .toList();
    }

    /** Linear interpolation between the closest ranks, as spreadsheets' QUARTILE.INC computes it. */
    private static double quantile(double[] sorted, double p) {
        double rank = (sorted.length - 1) * p;
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        return sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
    }

    /** Three significant digits: a quartile of magnitudes is a guide, not a measurement. */
    private static String round(double value) {
        return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** Each code's values, sorted: counted first, so a large sheet's millions of values are never boxed. */
    private static Map<String, double[]> valuesByCode(List<Indicator> indicators) {
        Map<String, int[]> counts = new HashMap<>();
        indicators.forEach(i -> counts.computeIfAbsent(i.getCode(), code -> new int[1])[0]++);
        Map<String, double[]> values = new HashMap<>();
        counts.forEach((code, count) -> values.put(code, new double[count[0]]));
        Map<String, int[]> filled = new HashMap<>();
        for (Indicator indicator : indicators) {
            int next = filled.computeIfAbsent(indicator.getCode(), code -> new int[1])[0]++;
            values.get(indicator.getCode())[next] = indicator.getValue();
        }
        values.values().forEach(Arrays::sort);
        return values;
    }
}
