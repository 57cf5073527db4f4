package dev.riskengine.importer;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import dev.riskengine.text.DecimalComma;

/**
 * Reads a published table (.xlsx or .csv) as its {@link TableMapping} describes: for each mapped
 * indicator, finds the sheet and the header row, then takes every figure of the chosen years,
 * multiplied by the scale, with its range when the mapping names the columns that give one.
 * Rows without a country name are skipped; region rows and notes carry no figures and so give none;
 * "no data" tokens and #N/A stay missing, never 0; footnote marks after a country name ("Libya‡",
 * "Congo, DR*") are dropped; the mapping's aliases give codes to countries the source writes its
 * own way. A value whose range columns are empty is left out and listed, not read as a point.
 */
public final class TableReader implements SourceReader {
    /** "3,215", "1,200,000": digits grouped in threes by commas, read as thousands. */
    private static final Pattern COMMA_GROUPED = Pattern.compile("\\d,\\d{3}(?!\\d)");

    /** Footnote marks sources attach to a name; no country name ends in one. */
    private static final String FOOTNOTE_MARKS = "[\\s*†‡§¶‖#^¹²³\\d]+$";

    private final MappingFile mappingFile;
    private final TableMapping mapping;
    private final SourceCell cells;

    public TableReader(MappingFile mappingFile) {
        this.mappingFile = mappingFile;
        this.mapping = mappingFile.mapping();
        this.cells = mapping.missing().isEmpty() ? new SourceCell() : new SourceCell(new HashSet<>(mapping.missing()));
    }

    /** The reader `import sipri` uses: the shipped SIPRI mapping. */
    public static TableReader sipri() throws ImportException {
        return new TableReader(MappingFile.builtIn(MappingFile.SIPRI));
    }

    @Override
    public List<MappedCode> codes() {
        return mappingFile.codes();
    }

    @Override
    public SourceTable read(Path file, Predicate<Integer> years) throws ImportException {
        String name = String.valueOf(file.getFileName());
        if (isCsv(name)) {
            if (mapping.indicators().stream().anyMatch(i -> mapping.sheetOf(i) != null)) {
                throw new ImportException(name + ": a CSV file has no sheets, but the mapping names one (sheet:)");
            }
            CsvGrid grid = CsvGrid.read(file, mapping.delimiterOrComma(), cells);
            return read(name, indicator -> grid, years);
        }
        try (Workbook workbook = new SourceWorkbookOpener().open(file)) {
            return read(name, indicator -> new SheetGrid(sheet(workbook, name, indicator), cells), years);
        } catch (IOException e) {
            // Opened read-only: closing cannot lose anything.
            throw new ImportException(name + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private interface GridOf {
        SourceGrid grid(TableMapping.MappedIndicator indicator) throws ImportException;
    }

    private SourceTable read(String file, GridOf grids, Predicate<Integer> years) throws ImportException {
        List<SourceFigure> figures = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        List<String> withoutRange = new ArrayList<>();
        Optional<String> decimalComma = Optional.empty();
        Map<SourceFigure, Grouped> commaGrouped = new LinkedHashMap<>();
        Set<String> sheets = new LinkedHashSet<>();
        TreeSet<Integer> yearsSeen = new TreeSet<>();
        Optional<String> edition = Optional.empty();
        for (TableMapping.MappedIndicator indicator : mapping.indicators()) {
            SourceGrid grid = grids.grid(indicator);
            TableHeader header = TableHeader.locate(grid, mappingFile, indicator, file);
            if (grid instanceof CsvGrid csv) {
                csv.headerAt(header.row(), mapping.yearOverSubColumns(indicator) ? header.row() - 1 : -1);
            } else {
                sheets.add(grid.name());
            }
            if (edition.isEmpty()) {
                edition = editionLabelled(grid, header.row());
            }
            Figures found = new Figures(grid, header, indicator, years, yearsSeen, file);
            for (int row = header.row() + 1; row <= grid.lastRow(); row++) {
                found.readRow(row);
            }
            figures.addAll(found.figures);
            unreadable.addAll(found.unreadable);
            withoutRange.addAll(found.withoutRange);
            decimalComma = decimalComma.or(() -> found.decimalComma);
            commaGrouped.putAll(found.commaGrouped);
        }
        // A table that writes 6,38 for 6.38 writes 3,215 for 3.215 too: read as 3215, it would be a
        // thousand times too large and look right. Such figures are left out and listed instead.
        // Otherwise they are read as thousands, and those a decimal comma writes too are listed with that reading.
        List<String> eitherReading = new ArrayList<>();
        for (Map.Entry<SourceFigure, Grouped> grouped : commaGrouped.entrySet()) {
            if (decimalComma.isPresent()) {
                figures.remove(grouped.getKey());
                unreadable.add(grouped.getValue().cell() + " (a thousands separator, or a decimal comma as in "
                        + decimalComma.get() + ")");
            } else if (DecimalComma.mayBeEither(grouped.getValue().text())) {
                eitherReading.add(grouped.getValue().cell() + " read as " + grouped.getValue().readAs());
            }
        }
        return new SourceTable(file, edition(edition, yearsSeen, sheets), figures,
                mapping.country().by() == TableMapping.CountryKind.ISO3, unreadable, withoutRange, eitherReading);
    }

    /**
     * A figure typed with commas grouping digits: its place with its text
     * ({@code mil.csv:3 column "Value" "3,215"}), the text, and the number it was read as.
     */
    private record Grouped(String cell, String text, String readAs) { }

    /** Collects one indicator's figures from its grid. */
    private final class Figures {
        private final SourceGrid grid;
        private final TableHeader header;
        private final TableMapping.MappedIndicator indicator;
        private final Predicate<Integer> years;
        private final Set<Integer> yearsSeen;
        private final String file;
        private final double scale;
        private final TableMapping.RangeColumns range;
        private final List<SourceFigure> figures = new ArrayList<>();
        private final List<String> unreadable = new ArrayList<>();
        private final List<String> withoutRange = new ArrayList<>();
        /** The first text figure written with a decimal comma ("6,38"), with its place. */
        private Optional<String> decimalComma = Optional.empty();
        /** Figures read from text with commas grouping digits in threes ("3,215"), with their place and text. */
        private final Map<SourceFigure, Grouped> commaGrouped = new LinkedHashMap<>();

        Figures(SourceGrid grid, TableHeader header, TableMapping.MappedIndicator indicator, Predicate<Integer> years,
                Set<Integer> yearsSeen, String file) {
            this.grid = grid;
            this.header = header;
            this.indicator = indicator;
            this.years = years;
            this.yearsSeen = yearsSeen;
            this.file = file;
            this.scale = mapping.scaleOf(indicator);
            this.range = mapping.rangeOf(indicator);
        }

        void readRow(int row) throws ImportException {
            String country = country(grid.text(row, header.countryColumn()));
            if (country.isEmpty() || !selected(row)) {
                return;
            }
            Optional<String> past = grid.pastTheHeader(row);
            if (past.isPresent()) {
                // the row's values have moved to the right: none of them is taken
                unreadable.add(past.get() + " past the header's last column (a comma inside a value that is not in"
                        + " quotes, as in 1,200?): the row is left out");
                return;
            }
            String alias = mapping.country().aliasOf(country); // after footnote marks are dropped
            if (mapping.layout() == TableMapping.Layout.WIDE) {
                yearsSeen.addAll(header.yearsByColumn().values());
                for (Map.Entry<Integer, Integer> column : header.yearsByColumn().entrySet()) {
                    take(country, alias, row, column.getKey(), column.getValue());
                }
            } else {
                Optional<Integer> year = TableHeader.year(grid.text(row, header.yearColumn()));
                if (year.isPresent()) {
                    yearsSeen.add(year.get());
                    take(country, alias, row, header.valueColumn(), year.get());
                }
            }
        }

        private boolean selected(int row) {
            for (Map.Entry<Integer, String> filter : header.where().entrySet()) {
                if (!SheetHeader.key(grid.text(row, filter.getKey())).equals(SheetHeader.key(filter.getValue()))) {
                    return false;
                }
            }
            return true;
        }

        private void take(String country, String alias, int row, int column, int year) throws ImportException {
            if (!years.test(year)) {
                return;
            }
            OptionalDouble value = grid.number(row, column);
            String text = grid.text(row, column);
            if (value.isEmpty()) {
                if (grid.unreadable(row, column)) {
                    unreadable.add(grid.place(row, column) + " \"" + text + "\"");
                    if (decimalComma.isEmpty() && DecimalComma.writes(text)) {
                        decimalComma = Optional.of(grid.place(row, column) + " \"" + text + "\"");
                    }
                }
                return;
            }
            double central = value.getAsDouble();
            double low = central;
            double high = central;
            List<Integer> rangeColumns = header.rangeOf(column);
            if (range != null) {
                double[] read = new double[rangeColumns.size()];
                for (int i = 0; i < read.length; i++) {
                    OptionalDouble part = grid.number(row, rangeColumns.get(i));
                    if (part.isEmpty()) {
                        withoutRange.add(grid.place(row, column) + " (" + range.columns().get(i) + " "
                                + grid.place(row, rangeColumns.get(i)) + " is " + describe(row, rangeColumns.get(i)) + ")");
                        return;
                    }
                    read[i] = part.getAsDouble();
                }
                double[] bounds = range.bounds(central, read);
                checkRange(row, column, rangeColumns, central, bounds);
                low = bounds[0];
                high = bounds[1];
            }
            double scaledLow = Math.min(low * scale, high * scale);
            double scaledHigh = Math.max(low * scale, high * scale);
            SourceFigure figure = new SourceFigure(country, alias, year, indicator.code(), central * scale, scaledLow,
                    scaledHigh, grid.place(row, column));
            figures.add(figure);
            if (grid.numberFromText(row, column) && COMMA_GROUPED.matcher(text).find()) {
                commaGrouped.put(figure, new Grouped(grid.place(row, column) + " \"" + text.strip() + "\"",
                        text.strip(), BigDecimal.valueOf(central).stripTrailingZeros().toPlainString()));
            }
        }

        /**
         * A range that does not hold its value, or a negative spread, means the mapping names the
         * wrong columns (the WGI's Lower and Upper bound the percentile Rank, not the Estimate): the
         * import stops rather than write ranges of another column.
         */
        private void checkRange(int row, int column, List<Integer> rangeColumns, double central, double[] bounds)
                throws ImportException {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < rangeColumns.size(); i++) {
                cells.add(range.columns().get(i) + " " + grid.place(row, rangeColumns.get(i)));
            }
            if (!(bounds[0] <= central && central <= bounds[1])) {
                throw new ImportException(file + ": " + grid.place(row, column) + ": the value "
                        + StoredNumber.shown(central) + " lies outside its range " + StoredNumber.shown(bounds[0]) + " to "
                        + StoredNumber.shown(bounds[1]) + " (" + String.join(", ", cells) + "): do those columns give"
                        + " the range of another column? (" + mappingFile.keyOf(indicator, "range") + ")");
            }
        }

        private String describe(int row, int column) {
            String text = grid.text(row, column);
            return text.isEmpty() ? "blank" : "\"" + text + "\"";
        }
    }

    private String country(String raw) {
        return mapping.country().by() == TableMapping.CountryKind.ISO3 ? raw.toUpperCase(Locale.ROOT)
                : raw.replaceAll(FOOTNOTE_MARKS, "").trim();
    }

    /** The neighbour of the mapping's edition label in the rows above the header ("Last Updated Date", "2025-07-01"). */
    private Optional<String> editionLabelled(SourceGrid grid, int headerRow) {
        if (mapping.editionLabel() == null) {
            return Optional.empty();
        }
        String label = SheetHeader.key(mapping.editionLabel());
        for (int row = 0; row < headerRow; row++) {
            for (int column = 0; column < grid.lastColumn(row); column++) {
                if (SheetHeader.key(grid.text(row, column)).equals(label)) {
                    for (int next = column + 1; next <= grid.lastColumn(row); next++) {
                        if (!grid.text(row, next).isEmpty()) {
                            return Optional.of(mapping.editionLabel() + " " + grid.text(row, next));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private String edition(Optional<String> labelled, TreeSet<Integer> years, Set<String> sheets) {
        StringBuilder edition = new StringBuilder(mapping.source());
        labelled.ifPresent(text -> edition.append(", ").append(text));
        if (!years.isEmpty()) {
            edition.append(", years ").append(years.first()).append('-').append(years.last());
        }
        if (!sheets.isEmpty()) {
            edition.append(sheets.size() == 1 ? ", sheet " : ", sheets ")
                    .append(String.join(" and ", sheets.stream().map(s -> "\"" + s + "\"").toList()));
        }
        return edition.toString();
    }

    /**
     * The indicator's sheet: the only sheet of a one-sheet workbook, or the one sheet its pattern
     * matches. A pattern matching two sheets is refused rather than the first taken.
     */
    private Sheet sheet(Workbook workbook, String file, TableMapping.MappedIndicator indicator) throws ImportException {
        String pattern = mapping.sheetOf(indicator);
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add("\"" + s.getSheetName() + "\""));
        if (pattern == null) {
            if (workbook.getNumberOfSheets() == 1) {
                return workbook.getSheetAt(0);
            }
            throw new ImportException(file + ": " + workbook.getNumberOfSheets() + " sheets (" + String.join(", ", names)
                    + "); the mapping must name one with sheet: (" + mappingFile.keyOf(indicator, "code") + ")");
        }
        Pattern glob = glob(pattern);
        List<Sheet> matching = new ArrayList<>();
        for (Sheet sheet : workbook) {
            if (glob.matcher(SheetHeader.key(sheet.getSheetName())).matches()) {
                matching.add(sheet);
            }
        }
        if (matching.size() > 1) {
            throw new ImportException(file + ": " + matching.size() + " sheets match \"" + pattern + "\" ("
                    + String.join(", ", matching.stream().map(s -> "\"" + s.getSheetName() + "\"").toList())
                    + "), expected one; name it more closely (" + mappingFile.keyOf(indicator, "sheet") + ")");
        }
        if (matching.isEmpty()) {
            throw new ImportException(file + ": no sheet like \"" + pattern + "\" (sheets: " + String.join(", ", names)
                    + "); expected a table of " + mapping.source() + " (" + mappingFile.keyOf(indicator, "sheet") + ")");
        }
        return matching.get(0);
    }

    /** A sheet name pattern: {@code *} matches any text; case and surrounding spaces do not matter. */
    static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String part : SheetHeader.key(pattern).split("\\*", -1)) {
            regex.append(Pattern.quote(part)).append(".*");
        }
        regex.setLength(regex.length() - 2);
        return Pattern.compile(regex.toString());
    }

    private static boolean isCsv(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt");
    }
}
