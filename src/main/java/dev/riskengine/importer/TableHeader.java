package dev.riskengine.importer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header row of a published table and the columns a mapping needs in it: the country column;
 * the year columns of a wide table (headers such as 2016, "2016" or the World Bank's "2016 [YR2016]")
 * or the year and value columns of a long one; and the columns of any {@code where} filter.
 * Sources put titles and notes above the header, so unless the mapping gives its row it is the
 * first row holding all of these.
 */
record TableHeader(int row, int countryColumn, Map<Integer, Integer> yearsByColumn, int yearColumn, int valueColumn,
                   Map<Integer, String> where) {
    static final int SEARCH_ROWS = 40;
    private static final Pattern YEAR = Pattern.compile("((?:18|19|20|21)\\d\\d)(?:\\.0)?(?:\\s*\\[YR\\d{4}\\])?");

    TableHeader {
        yearsByColumn = Collections.unmodifiableMap(new LinkedHashMap<>(yearsByColumn));
        where = Collections.unmodifiableMap(new LinkedHashMap<>(where));
    }

    static TableHeader locate(SourceGrid grid, TableMapping mapping, TableMapping.MappedIndicator indicator,
                              String file) throws ImportException {
        if (mapping.headerRow() != null) {
            int row = mapping.headerRow() - 1;
            return at(grid, row, mapping, indicator).orElseThrow(() -> new ImportException(file + ": " + where(grid)
                    + "row " + mapping.headerRow() + " (header_row) does not hold " + wanted(mapping, indicator)));
        }
        int last = Math.min(grid.lastRow(), SEARCH_ROWS - 1);
        for (int row = 0; row <= last; row++) {
            Optional<TableHeader> header = at(grid, row, mapping, indicator);
            if (header.isPresent()) {
                return header.get();
            }
        }
        throw new ImportException(file + ": " + where(grid) + "no header row with " + wanted(mapping, indicator)
                + " in the first " + SEARCH_ROWS + " rows");
    }

    private static Optional<TableHeader> at(SourceGrid grid, int row, TableMapping mapping,
                                            TableMapping.MappedIndicator indicator) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<Integer, Integer> years = new LinkedHashMap<>();
        for (int column = 0; column <= grid.lastColumn(row); column++) {
            String text = grid.text(row, column);
            columns.putIfAbsent(SheetHeader.key(text), column);
            Optional<Integer> year = year(text);
            if (year.isPresent()) {
                years.put(column, year.get());
            }
        }
        Integer country = columns.get(SheetHeader.key(mapping.country().column()));
        if (country == null) {
            return Optional.empty();
        }
        Map<Integer, String> where = new LinkedHashMap<>();
        for (Map.Entry<String, String> filter : indicator.where().entrySet()) {
            Integer column = columns.get(SheetHeader.key(filter.getKey()));
            if (column == null) {
                return Optional.empty();
            }
            where.put(column, filter.getValue());
        }
        if (mapping.layout() == TableMapping.Layout.WIDE) {
            years.remove(country);
            where.keySet().forEach(years::remove);
            return years.isEmpty() ? Optional.empty()
                    : Optional.of(new TableHeader(row, country, years, -1, -1, where));
        }
        Integer year = columns.get(SheetHeader.key(mapping.yearColumn()));
        Integer value = columns.get(SheetHeader.key(mapping.valueColumnOf(indicator)));
        return year == null || value == null ? Optional.empty()
                : Optional.of(new TableHeader(row, country, Map.of(), year, value, where));
    }

    /** A year written as a header or in a year column, or empty. */
    static Optional<Integer> year(String text) {
        Matcher m = YEAR.matcher(text);
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    private static String wanted(TableMapping mapping, TableMapping.MappedIndicator indicator) {
        List<String> names = new java.util.ArrayList<>();
        names.add(mapping.country().column());
        names.addAll(indicator.where().keySet());
        if (mapping.layout() == TableMapping.Layout.LONG) {
            names.add(mapping.yearColumn());
            names.add(mapping.valueColumnOf(indicator));
        }
        String quoted = String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
        return mapping.layout() == TableMapping.Layout.WIDE ? quoted + " and year columns" : quoted;
    }

    private static String where(SourceGrid grid) {
        return grid instanceof SheetGrid ? "sheet \"" + grid.name() + "\": " : "";
    }
}
