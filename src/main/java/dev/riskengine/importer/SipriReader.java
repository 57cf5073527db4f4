package dev.riskengine.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads the SIPRI Military Expenditure Database workbook. Editions differ in sheet names
 * ("Current US$", "Current USD"), in where the header row is, in their "no data" token and in
 * footnote marks, so everything is found by structure: the sheet whose name starts with
 * "Current US", the sheet whose name holds "Share of GDP", the row with "Country" and years;
 * rows without any figure (region headings, notes) are skipped.
 */
public final class SipriReader {
    public static final String USD_CODE = "military_spending_usd_m";
    public static final String PCT_CODE = "military_spending_pct_gdp";
    /** Footnote marks sources attach to a name ("Libya‡", "Congo, DR*"); no country name ends in one. */
    private static final String FOOTNOTE_MARKS = "[\\s*†‡§¶‖#^¹²³\\d]+$";

    private final SourceCell cells = new SourceCell();

    public SourceTable read(Path file, Predicate<Integer> years) throws ImportException {
        String name = String.valueOf(file.getFileName());
        try (Workbook workbook = new SourceWorkbookOpener().open(file)) {
            Sheet usd = sheet(workbook, name, "current us", "Current US$");
            Sheet share = sheet(workbook, name, "share of gdp", "Share of GDP");
            List<SourceFigure> figures = new ArrayList<>();
            YearHeader usdHeader = header(usd, name);
            YearHeader shareHeader = header(share, name);
            figures.addAll(read(usd, usdHeader, USD_CODE, 1.0, years));
            figures.addAll(read(share, shareHeader, PCT_CODE, 100.0, years));
            String edition = "SIPRI Military Expenditure Database, years " + usdHeader.firstYear() + "-"
                    + usdHeader.lastYear() + ", sheets \"" + usd.getSheetName() + "\" and \"" + share.getSheetName() + "\"";
            return new SourceTable(name, edition, figures);
        } catch (IOException e) {
            // Opened read-only: closing cannot lose anything.
            throw new ImportException(name + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static Sheet sheet(Workbook workbook, String file, String keyPart, String example) throws ImportException {
        for (Sheet sheet : workbook) {
            if (CountryNames.key(sheet.getSheetName()).contains(keyPart)) {
                return sheet;
            }
        }
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add("\"" + s.getSheetName() + "\""));
        throw new ImportException(file + ": no sheet like \"" + example + "\" (sheets: " + String.join(", ", names)
                + "); expected the SIPRI Military Expenditure Database workbook");
    }

    private YearHeader header(Sheet sheet, String file) throws ImportException {
        return YearHeader.locate(sheet, "Country", cells).orElseThrow(() -> new ImportException(file + ": sheet \""
                + sheet.getSheetName() + "\": no header row with \"Country\" and year columns in the first "
                + YearHeader.SEARCH_ROWS + " rows"));
    }

    private List<SourceFigure> read(Sheet sheet, YearHeader header, String code, double factor,
                                    Predicate<Integer> years) {
        List<SourceFigure> figures = new ArrayList<>();
        for (int r = header.row() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String country = countryName(cells.text(row.getCell(header.countryColumn())));
            if (country.isEmpty()) {
                continue;
            }
            for (Map.Entry<Integer, Integer> column : header.yearsByColumn().entrySet()) {
                if (!years.test(column.getValue())) {
                    continue;
                }
                Cell cell = row.getCell(column.getKey());
                OptionalDouble value = cells.number(cell);
                if (value.isPresent()) {
                    figures.add(new SourceFigure(country, column.getValue(), code, value.getAsDouble() * factor,
                            place(sheet, r, column.getKey())));
                }
            }
        }
        return figures;
    }

    /** Names of every row that holds a figure or a "no data" token in any year: the source's countries. */
    public Set<String> countryNames(Path file) throws ImportException {
        String name = String.valueOf(file.getFileName());
        Set<String> names = new LinkedHashSet<>();
        try (Workbook workbook = new SourceWorkbookOpener().open(file)) {
            Sheet usd = sheet(workbook, name, "current us", "Current US$");
            YearHeader header = header(usd, name);
            for (int r = header.row() + 1; r <= usd.getLastRowNum(); r++) {
                Row row = usd.getRow(r);
                if (row != null && hasAnyEntry(row, header)) {
                    names.add(countryName(cells.text(row.getCell(header.countryColumn()))));
                }
            }
        } catch (IOException e) {
            throw new ImportException(name + ": cannot be read (" + e.getMessage() + ")");
        }
        names.remove("");
        return names;
    }

    private boolean hasAnyEntry(Row row, YearHeader header) {
        return header.yearsByColumn().keySet().stream().anyMatch(c -> !cells.text(row.getCell(c)).isEmpty());
    }

    static String countryName(String raw) {
        return raw.replaceAll(FOOTNOTE_MARKS, "").trim();
    }

    private static String place(Sheet sheet, int row, int column) {
        return new CellReference(sheet.getSheetName(), row, column, false, false).formatAsString();
    }
}
