package dev.riskengine.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
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

/**
 * Reads a published table (.xlsx or .csv) as its {@link TableMapping} describes: for each mapped
 * indicator, finds the sheet and the header row, then takes every figure of the chosen years,
 * multiplied by the scale. Rows without a country name are skipped; region rows and notes carry
 * no figures and so give none; "no data" tokens stay missing, never 0; footnote marks after a
 * country name ("Libya‡", "Congo, DR*") are dropped.
 */
public final class TableReader implements SourceReader {
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
            return read(name, indicator -> new SheetGrid(sheet(workbook, name, mapping.sheetOf(indicator)), cells), years);
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
        Set<String> sheets = new LinkedHashSet<>();
        TreeSet<Integer> yearsSeen = new TreeSet<>();
        Optional<String> edition = Optional.empty();
        for (TableMapping.MappedIndicator indicator : mapping.indicators()) {
            SourceGrid grid = grids.grid(indicator);
            TableHeader header = TableHeader.locate(grid, mapping, indicator, file);
            if (grid instanceof CsvGrid csv) {
                csv.headerAt(header.row());
            } else {
                sheets.add(grid.name());
            }
            if (edition.isEmpty()) {
                edition = editionLabelled(grid, header.row());
            }
            Figures found = new Figures(grid, header, indicator, years, figures, unreadable, yearsSeen);
            for (int row = header.row() + 1; row <= grid.lastRow(); row++) {
                found.readRow(row);
            }
        }
        return new SourceTable(file, edition(edition, yearsSeen, sheets), figures,
                mapping.country().by() == TableMapping.CountryKind.ISO3, unreadable);
    }

    /** Collects one indicator's figures from its grid. */
    private final class Figures {
        private final SourceGrid grid;
        private final TableHeader header;
        private final TableMapping.MappedIndicator indicator;
        private final Predicate<Integer> years;
        private final List<SourceFigure> figures;
        private final List<String> unreadable;
        private final Set<Integer> yearsSeen;
        private final double scale;

        Figures(SourceGrid grid, TableHeader header, TableMapping.MappedIndicator indicator, Predicate<Integer> years,
                List<SourceFigure> figures, List<String> unreadable, Set<Integer> yearsSeen) {
            this.grid = grid;
            this.header = header;
            this.indicator = indicator;
            this.years = years;
            this.figures = figures;
            this.unreadable = unreadable;
            this.yearsSeen = yearsSeen;
            this.scale = mapping.scaleOf(indicator);
        }

        void readRow(int row) {
            String country = country(grid.text(row, header.countryColumn()));
            if (country.isEmpty() || !selected(row)) {
                return;
            }
            if (mapping.layout() == TableMapping.Layout.WIDE) {
                yearsSeen.addAll(header.yearsByColumn().values());
                header.yearsByColumn().forEach((column, year) -> take(country, row, column, year));
            } else {
                TableHeader.year(grid.text(row, header.yearColumn())).ifPresent(year -> {
                    yearsSeen.add(year);
                    take(country, row, header.valueColumn(), year);
                });
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

        private void take(String country, int row, int column, int year) {
            if (!years.test(year)) {
                return;
            }
            OptionalDouble value = grid.number(row, column);
            if (value.isPresent()) {
                figures.add(new SourceFigure(country, year, indicator.code(), value.getAsDouble() * scale,
                        grid.place(row, column)));
            } else if (grid.unreadable(row, column)) {
                unreadable.add(grid.place(row, column) + " \"" + grid.text(row, column) + "\"");
            }
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

    private Sheet sheet(Workbook workbook, String file, String pattern) throws ImportException {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add("\"" + s.getSheetName() + "\""));
        if (pattern == null) {
            if (workbook.getNumberOfSheets() == 1) {
                return workbook.getSheetAt(0);
            }
            throw new ImportException(file + ": " + workbook.getNumberOfSheets() + " sheets (" + String.join(", ", names)
                    + "); the mapping must name one with sheet:");
        }
        Pattern glob = glob(pattern);
        for (Sheet sheet : workbook) {
            if (glob.matcher(SheetHeader.key(sheet.getSheetName())).matches()) {
                return sheet;
            }
        }
        throw new ImportException(file + ": no sheet like \"" + pattern + "\" (sheets: " + String.join(", ", names)
                + "); expected a table of " + mapping.source());
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
