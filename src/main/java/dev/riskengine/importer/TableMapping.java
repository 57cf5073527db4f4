package dev.riskengine.importer;

import java.util.List;
import java.util.Map;

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
 *                     holding the country column (and the year columns, or the year and value columns)
 * @param delimiter    the separator of a CSV file, a comma unless given
 */
public record TableMapping(String source, String editionLabel, String sheet, Integer headerRow, CountryColumn country,
                           Layout layout, String yearColumn, String valueColumn, Double scale, List<String> missing,
                           Character delimiter, List<MappedIndicator> indicators) {

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

    /** The column naming the country, and how. */
    public record CountryColumn(String column, CountryKind by) {
        public CountryColumn {
            require(column, "country: column (the header of the column naming the country)");
            by = by == null ? CountryKind.NAME : by;
        }
    }

    /**
     * One indicator code filled from the table. {@code sheet}, {@code scale} and {@code valueColumn}
     * override the table's; {@code where} keeps only rows whose columns hold the given text (the
     * World Bank's "Indicator Code" in a file with many indicators).
     */
    public record MappedIndicator(String code, String sheet, Double scale, String valueColumn, Map<String, String> where) {
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
            if (layout == Layout.LONG && valueColumn == null && indicator.valueColumn() == null) {
                throw new IllegalArgumentException("indicator " + indicator.code()
                        + ": a long table needs value_column (for the table or for the indicator)");
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
