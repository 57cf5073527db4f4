package dev.riskengine.importer;

import dev.riskengine.model.IndicatorDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How to read one published table (a sheet of an .xlsx file, or a .csv file): where its header
 * row is, which column names the country, whether years run across the columns (wide) or down a
 * year column (long), and which indicator code each figure fills, after multiplying by a scale.
 * Written by analysts as YAML (see the shipped {@code mappings/}); every check here names the key.
 *
 * @param source       the publication, e.g. "SIPRI Military Expenditure Database"
 * @param editionLabel a label in the rows above the header whose neighbour names the edition
 *                     (the World Bank's "Last Updated Date"); optional
 * @param sheet        the sheet of an .xlsx file, {@code *} matching any text; optional when the
 *                     file has one sheet or every indicator names its own
 * @param headerRow    the header's row number (1 = first line); optional: by default the first row
 *                     holding the country column (and the year columns, or the year and value columns);
 *                     of a header of two rows, the lower one (the sub-columns under the years)
 * @param valueColumn  a long table's value column; in a wide table, the sub-column under each year
 *                     that holds the value when the header has two rows (year over Estimate, StdErr, ...)
 * @param range        the columns that give each value its range (for the table; an indicator may give its own)
 * @param delimiter    the separator of a CSV file, a comma unless given
 */
public record TableMapping(String source, String editionLabel, String sheet, Integer headerRow, CountryColumn country,
                           Layout layout, String yearColumn, String valueColumn, RangeColumns range, Double scale,
                           List<String> missing, Character delimiter, List<MappedIndicator> indicators) {

    /** Years across the columns (one column per year), or down a year column with a value column. */
    public enum Layout {
        WIDE, LONG;

        /** As a mapping spells it. */
        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** How the source names countries: by name (matched to ISO3) or by ISO 3166 alpha-3 code. */
    public enum CountryKind {
        NAME, ISO3;

        /** As a mapping spells it. */
        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The column naming the country, and how. {@code aliases} maps what the source writes to an
     * ISO3 code where the source does not follow ISO 3166 (the World Bank's ROM for Romania, ZAR
     * for the DR Congo, KSV for Kosovo, which has the user-assigned XKX): a code or a name, compared
     * ignoring case. {@link MappingFile} refuses a target that is no ISO 3166 alpha-3 code nor one
     * of the codes ISO leaves to users (XAA-XZZ, ...), at its line: a typo must not match nothing.
     */
    public record CountryColumn(String column, CountryKind by, Map<String, String> aliases) {
        public CountryColumn {
            require(column, "country: column (the header of the column naming the country)");
            by = by == null ? CountryKind.NAME : by;
            Map<String, String> checked = new LinkedHashMap<>();
            if (aliases != null) {
                aliases.forEach((written, code) -> checked.put(written,
                        code == null ? "" : code.trim().toUpperCase(Locale.ROOT)));
            }
            aliases = Map.copyOf(checked);
        }

        /** The code an alias gives a source's country code or name, or null when it has none. */
        public String aliasOf(String written) {
            for (Map.Entry<String, String> alias : aliases.entrySet()) {
                boolean same = by == CountryKind.ISO3 ? alias.getKey().trim().equalsIgnoreCase(written.trim())
                        : CountryNames.key(alias.getKey()).equals(CountryNames.key(written));
                if (same) {
                    return alias.getValue();
                }
            }
            return null;
        }
    }

    /**
     * The range of each value, from two more columns of the same row (or the same year's sub-columns
     * of a header of two rows): {@code low} and {@code high}, or {@code plusMinus} times
     * {@code factor} on both sides of the value (a standard error times 1.645 is a 90 % interval).
     */
    public record RangeColumns(String low, String high, String plusMinus, Double factor) {
        public RangeColumns {
            boolean bounds = low != null || high != null;
            if (bounds == (plusMinus != null)) {
                throw new IllegalArgumentException("range: give either low and high (two columns holding the range's"
                        + " ends) or plus_minus and factor (a column such as a standard error, and how many times it"
                        + " spans each side)");
            }
            if (bounds) {
                require(low, "range.low (the column of the range's low end)");
                require(high, "range.high (the column of the range's high end)");
                if (factor != null) {
                    throw new IllegalArgumentException("range: factor goes with plus_minus, not with low and high");
                }
            } else if (factor == null || !(factor > 0) || factor.isInfinite()) {
                throw new IllegalArgumentException("range.factor: expected a number above 0 with plus_minus"
                        + " (1.645 makes a 90 % interval of a standard error), found " + factor);
            }
        }

        /** The columns read beside the value, in the order {@link #bounds} takes them. */
        public List<String> columns() {
            return plusMinus != null ? List.of(plusMinus) : List.of(low, high);
        }

        /** The range's ends from the value and the columns' numbers (low first, whatever the sign of a scale). */
        public double[] bounds(double value, double[] read) {
            if (plusMinus != null) {
                return new double[] {value - factor * read[0], value + factor * read[0]};
            }
            return new double[] {read[0], read[1]};
        }
    }

    /**
     * The Dictionary row an import writes for a code new to the workbook (named with --new-code):
     * without it the row holds only the code. The Source column is the mapping's {@code source}.
     */
    public record DictionaryEntry(String name, String unit, Double min, Double max, String description) {
        public DictionaryEntry {
            require(name, "dictionary.name (the indicator's name as analysts read it)");
            if (min != null && max != null && min > max) {
                throw new IllegalArgumentException("dictionary: min " + min + " is above max " + max);
            }
        }
    }

    /**
     * One indicator code filled from the table. {@code sheet}, {@code scale}, {@code valueColumn}
     * and {@code range} override the table's; {@code where} keeps only rows whose columns hold the
     * given text (the World Bank's "Indicator Code" in a file with many indicators); {@code dictionary}
     * is the code's Dictionary row when the import adds it.
     */
    public record MappedIndicator(String code, String sheet, Double scale, String valueColumn, RangeColumns range,
                                  Map<String, String> where, DictionaryEntry dictionary) {
        public MappedIndicator {
            require(code, "indicators: code (the indicator code to fill, e.g. military_spending_pct_gdp)");
            if (!code.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("indicators: code \"" + code
                        + "\" is not lower_snake_case like military_spending_pct_gdp");
            }
            checkScale(scale);
            where = where == null ? Map.of() : Map.copyOf(where);
        }
    }

    public TableMapping {
        require(source, "source (the publication's name, e.g. \"World Development Indicators\")");
        if (country == null) {
            throw new IllegalArgumentException("missing key country (with column: and by: name or iso3)");
        }
        layout = layout == null ? Layout.WIDE : layout;
        if (layout == Layout.LONG) {
            require(yearColumn, "year_column (a long table has a year column)");
        }
        if (headerRow != null && headerRow < 1) {
            throw new IllegalArgumentException("header_row must be 1 or more (the first line is 1), found " + headerRow);
        }
        checkScale(scale);
        missing = missing == null ? List.of() : List.copyOf(missing);
        if (indicators == null || indicators.isEmpty()) {
            throw new IllegalArgumentException("missing key indicators (a list of at least one code: to fill)");
        }
        for (MappedIndicator indicator : indicators) {
            boolean noValueColumn = valueColumn == null && indicator.valueColumn() == null;
            if (layout == Layout.LONG && noValueColumn) {
                throw new IllegalArgumentException("indicator " + indicator.code()
                        + ": a long table needs value_column (for the table or for the indicator)");
            }
            if (noValueColumn && (range != null || indicator.range() != null)) {
                throw new IllegalArgumentException("indicator " + indicator.code() + ": a range needs value_column"
                        + " (in a wide table, the sub-column under each year that holds the value, such as Estimate)");
            }
        }
        indicators = List.copyOf(indicators);
    }

    public String sheetOf(MappedIndicator indicator) {
        return indicator.sheet() != null ? indicator.sheet() : sheet;
    }

    public double scaleOf(MappedIndicator indicator) {
        return indicator.scale() != null ? indicator.scale() : scale != null ? scale : 1.0;
    }

    public String valueColumnOf(MappedIndicator indicator) {
        return indicator.valueColumn() != null ? indicator.valueColumn() : valueColumn;
    }

    /** The indicator's range columns, or null when its values are points. */
    public RangeColumns rangeOf(MappedIndicator indicator) {
        return indicator.range() != null ? indicator.range() : range;
    }

    /** A wide table whose header has two rows: a year over each sub-column, the value in {@code value_column}. */
    public boolean yearOverSubColumns(MappedIndicator indicator) {
        return layout == Layout.WIDE && valueColumnOf(indicator) != null;
    }

    /** The Dictionary row the mapping gives the indicator, with the mapping's source, if it gives one. */
    public Optional<IndicatorDefinition> definitionOf(MappedIndicator indicator) {
        DictionaryEntry entry = indicator.dictionary();
        return entry == null ? Optional.empty() : Optional.of(new IndicatorDefinition(
                indicator.code(), entry.name(), entry.unit(), entry.min(), entry.max(), entry.description(), source));
    }

    public char delimiterOrComma() {
        return delimiter == null ? ',' : delimiter;
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing key " + what);
        }
    }

    private static void checkScale(Double scale) {
        if (scale != null && (scale == 0 || scale.isNaN() || scale.isInfinite())) {
            throw new IllegalArgumentException("scale must be a number other than 0, found " + scale);
        }
    }
}
