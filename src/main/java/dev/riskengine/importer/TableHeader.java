package dev.riskengine.importer;

import java.util.ArrayList;
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
 * or the year and value columns of a long one; the columns of any {@code where} filter; and the
 * columns that give each value its range. Sources put titles and notes above the header, so unless
 * the mapping gives its row it is the first row holding all of these.
 *
 * <p>A wide table's header may have two rows, a year over each of its sub-columns (the World
 * Bank's governance indicators: 2016 over Estimate, StdErr, NumSrc, Rank, Lower, Upper, the year
 * repeated or merged over them). The mapping then names the sub-column holding the value
 * ({@code value_column}), and {@link #row} is the lower row. Each value column is found by its
 * sub-column and its own year, never by its distance from another column, and a year heading two
 * value columns is refused: a value is never read from a neighbour's column.
 *
 * @param rangeColumns for each value column, the columns of its range (see {@link TableMapping.RangeColumns#columns})
 */
record TableHeader(int row, int countryColumn, Map<Integer, Integer> yearsByColumn, int yearColumn, int valueColumn,
                   Map<Integer, String> where, Map<Integer, List<Integer>> rangeColumns) {
    static final int SEARCH_ROWS = 40;
    private static final Pattern YEAR = Pattern.compile("((?:18|19|20|21)\\d\\d)(?:\\.0)?(?:\\s*\\[YR\\d{4}\\])?");

    TableHeader {
        yearsByColumn = Collections.unmodifiableMap(new LinkedHashMap<>(yearsByColumn));
        where = Collections.unmodifiableMap(new LinkedHashMap<>(where));
        rangeColumns = Collections.unmodifiableMap(new LinkedHashMap<>(rangeColumns));
    }

    static TableHeader locate(SourceGrid grid, MappingFile mappingFile, TableMapping.MappedIndicator indicator,
                              String file) throws ImportException {
        TableMapping mapping = mappingFile.mapping();
        Finder finder = new Finder(grid, mappingFile, indicator, file);
        if (mapping.headerRow() != null) {
            int row = mapping.headerRow() - 1;
            return finder.at(row).orElseThrow(() -> new ImportException(file + ": " + where(grid)
                    + "row " + mapping.headerRow() + " (header_row) does not hold " + finder.wanted()));
        }
        int last = Math.min(grid.lastRow(), SEARCH_ROWS - 1);
        for (int row = 0; row <= last; row++) {
            Optional<TableHeader> header = finder.at(row);
            if (header.isPresent()) {
                return header.get();
            }
        }
        throw new ImportException(file + ": " + where(grid) + "no header row with " + finder.wanted()
                + " in the first " + SEARCH_ROWS + " rows" + finder.twoRowHint(last));
    }

    /** The range columns of a value column, empty for a point. */
    List<Integer> rangeOf(int column) {
        return rangeColumns.getOrDefault(column, List.of());
    }

    /** Tries each row as the header of one indicator's table. */
    private static final class Finder {
        private final SourceGrid grid;
        private final MappingFile mappingFile;
        private final TableMapping mapping;
        private final TableMapping.MappedIndicator indicator;
        private final String file;
        private final TableMapping.RangeColumns range;

        Finder(SourceGrid grid, MappingFile mappingFile, TableMapping.MappedIndicator indicator, String file) {
            this.grid = grid;
            this.mappingFile = mappingFile;
            this.mapping = mappingFile.mapping();
            this.indicator = indicator;
            this.file = file;
            this.range = mapping.rangeOf(indicator);
        }

        Optional<TableHeader> at(int row) throws ImportException {
            Map<String, Integer> columns = columnsOf(row);
            boolean twoRows = mapping.yearOverSubColumns(indicator);
            Map<String, Integer> above = twoRows && row > 0 ? columnsOf(row - 1) : Map.of();
            Integer country = either(columns, above, mapping.country().column());
            if (country == null || twoRows && row == 0) {
                return Optional.empty();
            }
            Map<Integer, String> where = new LinkedHashMap<>();
            for (Map.Entry<String, String> filter : indicator.where().entrySet()) {
                Integer column = either(columns, above, filter.getKey());
                if (column == null) {
                    return Optional.empty();
                }
                where.put(column, filter.getValue());
            }
            if (twoRows) {
                return subColumns(row, country, where);
            }
            if (mapping.layout() == TableMapping.Layout.WIDE) {
                Map<Integer, Integer> years = yearColumns(row);
                years.remove(country);
                where.keySet().forEach(years::remove);
                return years.isEmpty() ? Optional.empty()
                        : Optional.of(new TableHeader(row, country, years, -1, -1, where, Map.of()));
            }
            Integer year = columns.get(SheetHeader.key(mapping.yearColumn()));
            Integer value = columns.get(SheetHeader.key(mapping.valueColumnOf(indicator)));
            if (year == null || value == null) {
                return Optional.empty();
            }
            Map<Integer, List<Integer>> ranges = new LinkedHashMap<>();
            if (range != null) {
                List<Integer> parts = new ArrayList<>();
                for (String name : range.columns()) {
                    Integer part = columns.get(SheetHeader.key(name));
                    if (part == null) {
                        return Optional.empty();
                    }
                    parts.add(part);
                }
                ranges.put(value, parts);
            }
            return Optional.of(new TableHeader(row, country, Map.of(), year, value, where, ranges));
        }

        /** A one-row header's year columns; a year over two columns means sub-columns the mapping does not name. */
        private Map<Integer, Integer> yearColumns(int row) throws ImportException {
            Map<Integer, Integer> years = new LinkedHashMap<>();
            Map<Integer, Integer> firstColumnOfYear = new LinkedHashMap<>();
            for (int column = 0; column <= grid.lastColumn(row); column++) {
                Optional<Integer> year = year(grid.text(row, column));
                if (year.isPresent()) {
                    Integer first = firstColumnOfYear.putIfAbsent(year.get(), column);
                    if (first != null && columnsOf(row).containsKey(SheetHeader.key(mapping.country().column()))) {
                        throw new ImportException(file + ": " + grid.place(row, first) + " and " + grid.place(row, column)
                                + " both hold the year " + year.get() + ": a header of two rows, a year over"
                                + " sub-columns such as Estimate and StdErr? Name the one holding the value with"
                                + " value_column (" + mappingFile.name() + ")");
                    }
                    years.put(column, year.get());
                }
            }
            return years;
        }

        /** A header of two rows: each year (on the row above) over its value sub-column and its range's sub-columns. */
        private Optional<TableHeader> subColumns(int row, int country, Map<Integer, String> where) throws ImportException {
            String valueName = mapping.valueColumnOf(indicator);
            Map<String, Map<Integer, Integer>> columnByYear = new LinkedHashMap<>();
            List<String> names = new ArrayList<>();
            names.add(valueName);
            if (range != null) {
                names.addAll(range.columns());
            }
            names.forEach(name -> columnByYear.put(SheetHeader.key(name), new LinkedHashMap<>()));
            for (int column = 0; column <= grid.lastColumn(row); column++) {
                Map<Integer, Integer> byYear = columnByYear.get(SheetHeader.key(grid.text(row, column)));
                Optional<Integer> year = year(grid.headerText(row - 1, column));
                if (byYear == null || year.isEmpty() || column == country) {
                    continue;
                }
                Integer first = byYear.putIfAbsent(year.get(), column);
                if (first != null) {
                    throw new ImportException(file + ": " + grid.place(row, first) + " and " + grid.place(row, column)
                            + " are both \"" + grid.text(row, column) + "\" under the year " + year.get()
                            + ": which one holds the figures is not clear; expected one column per year and sub-column ("
                            + mappingFile.keyOf(indicator, "value_column") + ")");
                }
            }
            Map<Integer, Integer> values = columnByYear.get(SheetHeader.key(valueName));
            if (values.isEmpty()) {
                return Optional.empty();
            }
            Map<Integer, Integer> years = new LinkedHashMap<>();
            Map<Integer, List<Integer>> ranges = new LinkedHashMap<>();
            for (Map.Entry<Integer, Integer> value : values.entrySet()) {
                years.put(value.getValue(), value.getKey());
                if (range == null) {
                    continue;
                }
                List<Integer> parts = new ArrayList<>();
                for (String name : range.columns()) {
                    Integer part = columnByYear.get(SheetHeader.key(name)).get(value.getKey());
                    if (part == null) {
                        throw new ImportException(file + ": " + grid.place(row - 1, value.getValue()) + ": the year "
                                + value.getKey() + " has a \"" + grid.text(row, value.getValue()) + "\" column but no \""
                                + name + "\" column under it (" + mappingFile.keyOf(indicator, "range") + ")");
                    }
                    parts.add(part);
                }
                ranges.put(value.getValue(), parts);
            }
            return Optional.of(new TableHeader(row, country, years, -1, -1, where, ranges));
        }

        /** When the years sit on the row above the country column, the table has a header of two rows the mapping does not name. */
        String twoRowHint(int lastRow) {
            if (mapping.layout() != TableMapping.Layout.WIDE || mapping.yearOverSubColumns(indicator)) {
                return "";
            }
            for (int row = 1; row <= lastRow; row++) {
                boolean yearsAbove = false;
                for (int column = 0; column <= grid.lastColumn(row - 1) && !yearsAbove; column++) {
                    yearsAbove = year(grid.headerText(row - 1, column)).isPresent();
                }
                if (yearsAbove && columnsOf(row).containsKey(SheetHeader.key(mapping.country().column()))) {
                    return "; the years are on row " + row + ", above \"" + mapping.country().column() + "\" on row "
                            + (row + 1) + ": a header of two rows? Name the sub-column under each year that holds the"
                            + " value with value_column (" + mappingFile.name() + ")";
                }
            }
            return "";
        }

        private Map<String, Integer> columnsOf(int row) {
            Map<String, Integer> columns = new LinkedHashMap<>();
            for (int column = 0; column <= grid.lastColumn(row); column++) {
                columns.putIfAbsent(SheetHeader.key(grid.text(row, column)), column);
            }
            return columns;
        }

        private static Integer either(Map<String, Integer> columns, Map<String, Integer> above, String name) {
            Integer column = columns.get(SheetHeader.key(name));
            return column != null ? column : above.get(SheetHeader.key(name));
        }

        String wanted() {
            List<String> names = new ArrayList<>();
            names.add(mapping.country().column());
            names.addAll(indicator.where().keySet());
            if (mapping.layout() == TableMapping.Layout.LONG) {
                names.add(mapping.yearColumn());
                names.add(mapping.valueColumnOf(indicator));
                if (range != null) {
                    names.addAll(range.columns());
                }
            }
            String quoted = String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
            if (mapping.yearOverSubColumns(indicator)) {
                return quoted + " and, on the row above, years over \"" + mapping.valueColumnOf(indicator) + "\" columns ("
                        + mappingFile.keyOf(indicator, "value_column") + ")";
            }
            return mapping.layout() == TableMapping.Layout.WIDE ? quoted + " and year columns" : quoted;
        }
    }

    /** A year written as a header or in a year column, or empty. */
    static Optional<Integer> year(String text) {
        Matcher m = YEAR.matcher(text);
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    private static String where(SourceGrid grid) {
        return grid instanceof SheetGrid ? "sheet \"" + grid.name() + "\": " : "";
    }
}
