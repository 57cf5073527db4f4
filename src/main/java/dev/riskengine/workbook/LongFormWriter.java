package dev.riskengine.workbook;

import dev.riskengine.model.Border;
import dev.riskengine.model.Country;
import dev.riskengine.model.Indicator;
import dev.riskengine.model.IndicatorDefinition;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.model.IndicatorWorkbook.MissingValue;
import dev.riskengine.model.Provenance;
import dev.riskengine.workbook.layout.LayoutColumn;
import dev.riskengine.workbook.layout.SheetLayout;
import dev.riskengine.workbook.layout.WorkbookLayout;
import dev.riskengine.workbook.layout.WorkbookLayout.LongForm;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a workbook's data in the long form {@link LongFormReader} reads, as CSV: the inverse of
 * reading, so that the folder read back assesses as the workbook does. Indicators go one row per
 * unit, year and code, in year, unit and Dictionary order; a blank cell of the workbook is a row
 * with a blank value (missing, as the cell was), a unit without a row for a year has none here
 * either. A border is written once per pair. Numbers are written as short as reads back to the
 * same double, with a dot before decimals and no grouping.
 */
public final class LongFormWriter {

    /** The files written, in the order written. */
    public record Written(List<Path> files, int indicatorRows) { }

    public Written write(IndicatorWorkbook workbook, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        files.add(countries(workbook, folder));
        Path indicators = table(folder, LongForm.INDICATORS);
        int rows = indicators(workbook, indicators);
        files.add(indicators);
        files.add(borders(workbook, folder));
        files.add(dictionary(workbook, folder));
        if (!workbook.provenance().isEmpty()) {
            files.add(sources(workbook, folder));
        }
        return new Written(List.copyOf(files), rows);
    }

    private static Path table(Path folder, SheetLayout sheet) {
        return folder.resolve(LongForm.tableName(sheet) + LongFormTables.CSV);
    }

    private static Path countries(IndicatorWorkbook workbook, Path folder) throws IOException {
        Path file = table(folder, WorkbookLayout.Countries.SHEET);
        try (Writer out = open(file, WorkbookLayout.Countries.SHEET)) {
            for (Country country : workbook.countries()) {
                line(out, country.getIso3(), country.getName(), country.getRegion(),
                        country.getPopulation() == null ? null : String.valueOf(country.getPopulation()),
                        country.getOutline() == null ? null : country.getOutline().toWkt());
            }
        }
        return file;
    }

    private static int indicators(IndicatorWorkbook workbook, Path file) throws IOException {
        record Key(String iso3, int year, String code) { }
        Map<Key, Indicator> values = new HashMap<>();
        workbook.indicators().forEach(i -> values.put(new Key(i.getIso3(), i.getYear(), i.getCode()), i));
        Set<Key> blank = new HashSet<>();
        for (MissingValue missing : workbook.missing()) {
            if (missing.cell() != null) { // a blank cell; a unit with no row for the year has no row here either
                blank.add(new Key(missing.iso3(), missing.year(), missing.code()));
            }
        }
        int rows = 0;
        try (Writer out = open(file, LongForm.INDICATORS)) {
            for (int year : workbook.years()) {
                for (Country country : workbook.countries()) {
                    for (IndicatorDefinition definition : workbook.dictionary()) {
                        Key key = new Key(country.getIso3(), year, definition.code());
                        Indicator value = values.get(key);
                        if (value != null) {
                            boolean ranged = value.isRange();
                            line(out, key.iso3(), String.valueOf(year), key.code(), number(value.getValue()),
                                    ranged ? number(value.getLow()) : null, ranged ? number(value.getHigh()) : null);
                            rows++;
                        } else if (blank.contains(key)) {
                            line(out, key.iso3(), String.valueOf(year), key.code(), null, null, null);
                            rows++;
                        }
                    }
                }
            }
        }
        return rows;
    }

    /** Each pair once: the direction read first, or the only one kept for a neighbour that is not assessed. */
    private static Path borders(IndicatorWorkbook workbook, Path folder) throws IOException {
        Path file = table(folder, WorkbookLayout.Borders.SHEET);
        Set<String> written = new HashSet<>();
        try (Writer out = open(file, WorkbookLayout.Borders.SHEET)) {
            for (Border border : workbook.borders()) {
                String pair = border.getIso3().compareTo(border.getNeighbour()) < 0
                        ? border.getIso3() + " " + border.getNeighbour() : border.getNeighbour() + " " + border.getIso3();
                if (written.add(pair)) {
                    line(out, border.getIso3(), border.getNeighbour(), number(border.getLengthKm()));
                }
            }
        }
        return file;
    }

    private static Path dictionary(IndicatorWorkbook workbook, Path folder) throws IOException {
        Path file = table(folder, WorkbookLayout.Dictionary.SHEET);
        try (Writer out = open(file, WorkbookLayout.Dictionary.SHEET)) {
            for (IndicatorDefinition d : workbook.dictionary()) {
                line(out, d.code(), d.name(), d.unit(), d.min() == null ? null : number(d.min()),
                        d.max() == null ? null : number(d.max()), d.description(), d.source());
            }
        }
        return file;
    }

    /** The Sources rows the reports carry: a column's source, or an import with its file, edition and time. */
    private static Path sources(IndicatorWorkbook workbook, Path folder) throws IOException {
        Path file = table(folder, WorkbookLayout.Sources.SHEET);
        List<LayoutColumn> columns = List.of(WorkbookLayout.Sources.KIND, WorkbookLayout.Sources.COLUMN,
                WorkbookLayout.Sources.SOURCE, WorkbookLayout.Sources.FILE, WorkbookLayout.Sources.EDITION,
                WorkbookLayout.Sources.IMPORTED);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            line(out, columns.stream().map(LayoutColumn::header).map(LongFormWriter::lowerCase).toArray(String[]::new));
            for (Provenance p : workbook.provenance()) {
                boolean imported = p.file() != null || p.edition() != null || p.importedAt() != null;
                line(out, imported ? WorkbookLayout.Sources.KIND_IMPORT : WorkbookLayout.Sources.KIND_COLUMN_SOURCE,
                        p.code(), p.source(), p.file(), p.edition(), p.importedAt());
            }
        }
        return file;
    }

    /** The file with the table's header line: the sheet's headers in lower case, as Spark users name columns. */
    private static Writer open(Path file, SheetLayout sheet) throws IOException {
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        line(out, sheet.headers().stream().map(LongFormWriter::lowerCase).toArray(String[]::new));
        return out;
    }

    private static String lowerCase(String header) {
        return header.toLowerCase(Locale.ROOT);
    }

    private static void line(Writer out, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(fields[i]));
        }
        out.write('\n');
    }

    /** A field as CSV has it: quoted when it holds a comma, a quote, a line break or edge spaces. */
    static String quoted(String field) {
        if (field == null) {
            return "";
        }
        boolean plain = !field.isEmpty() && field.strip().equals(field)
                && field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? field : "\"" + field.replace("\"", "\"\"") + "\"";
    }

    /** The shortest digits that read back to the same double, plain: 6500, 0.053, -1.8919. */
    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
