package dev.riskengine.generate;

import dev.riskengine.model.IndicatorDefinition;
import dev.riskengine.workbook.layout.HeaderRowWriter;
import dev.riskengine.workbook.layout.WorkbookLayout.Borders;
import dev.riskengine.workbook.layout.WorkbookLayout.Countries;
import dev.riskengine.workbook.layout.WorkbookLayout.Dictionary;
import dev.riskengine.workbook.layout.WorkbookLayout.Indicators;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a generated workbook with POI's streaming writer (SXSSF), which keeps only a window of
 * rows in memory: 100,000 units and several years write in bounded memory. The sheets are the
 * ones {@code validate} and {@code assess} read; an "About" sheet (ignored by the reader) records
 * how the file was made.
 */
final class GridWorkbookWriter {
    private static final int ROWS_IN_MEMORY = 200;

    private final GenerateRequest request;
    private final UnitGrid grid;
    private final SyntheticIndicators indicators;

    GridWorkbookWriter(GenerateRequest request) {
        this.request = request;
        this.grid = new UnitGrid(request.units(), request.seed());
        this.indicators = new SyntheticIndicators(grid, request.seed(), request.rangeShare(), request.blankShare(),
                request.years());
    }

    /** Writes the workbook to {@code zip}, a plain .xlsx whose zip entries still carry the clock time. */
    void write(Path zip) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            writeCountries(workbook.createSheet(Countries.SHEET.name()));
            writeIndicators(workbook.createSheet(Indicators.SHEET.name()));
            writeBorders(workbook.createSheet(Borders.SHEET.name()));
            writeDictionary(workbook.createSheet(Dictionary.SHEET.name()));
            writeAbout(workbook.createSheet("About"));
            Date fixed = Date.from(StableZip.ENTRY_TIME.toInstant(ZoneOffset.UTC));
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(fixed));
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("Country Risk Engine generate");
            try (OutputStream out = Files.newOutputStream(zip)) {
                workbook.write(out);
            }
        } finally {
            workbook.close(); // also removes SXSSF's temporary files
        }
    }

    // Hundreds of thousands of rows: each column's place is looked up once, not per cell.
    private void writeCountries(Sheet sheet) {
        HeaderRowWriter.write(sheet, Countries.SHEET.headers(), null);
        int iso3 = Countries.SHEET.index(Countries.ISO3);
        int name = Countries.SHEET.index(Countries.NAME);
        int region = Countries.SHEET.index(Countries.REGION);
        int population = Countries.SHEET.index(Countries.POPULATION);
        for (int unit = 0; unit < grid.units(); unit++) {
            Row row = sheet.createRow(unit + 1);
            row.createCell(iso3).setCellValue(grid.code(unit));
            row.createCell(name).setCellValue(grid.name(unit));
            row.createCell(region).setCellValue(grid.region(unit));
            row.createCell(population).setCellValue(indicators.population(unit));
        }
    }

    private void writeIndicators(Sheet sheet) {
        HeaderRowWriter.write(sheet, Indicators.headers(SyntheticIndicators.CODES), null);
        int iso3 = Indicators.SHEET.index(Indicators.ISO3);
        int year = Indicators.SHEET.index(Indicators.YEAR);
        int firstCode = Indicators.SHEET.columns().size();
        int rowIndex = 1;
        int firstYear = request.lastYear() - request.years() + 1;
        for (int unit = 0; unit < grid.units(); unit++) {
            for (int y = 0; y < request.years(); y++) {
                Row row = sheet.createRow(rowIndex++);
                row.createCell(iso3).setCellValue(grid.code(unit));
                row.createCell(year).setCellValue(firstYear + y);
                CellValue[] values = indicators.values(unit, y);
                for (int i = 0; i < values.length; i++) {
                    write(row, firstCode + i, values[i]);
                }
            }
        }
    }

    private static void write(Row row, int column, CellValue value) {
        if (value instanceof CellValue.Point point) {
            row.createCell(column).setCellValue(point.value());
        } else if (value instanceof CellValue.Range range) {
            row.createCell(column).setCellValue(number(range.low()) + "-" + number(range.high()));
        }
    }

    /** With thousands separators, as figures are copied from reports: 1,200 or 1,234.5. */
    private static String number(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%,.1f", value);
    }

    private void writeBorders(Sheet sheet) {
        HeaderRowWriter.write(sheet, Borders.SHEET.headers(), null);
        int iso3 = Borders.SHEET.index(Borders.ISO3);
        int neighbour = Borders.SHEET.index(Borders.NEIGHBOUR);
        int length = Borders.SHEET.index(Borders.LENGTH_KM);
        int rowIndex = 1;
        for (int unit = 0; unit < grid.units(); unit++) {
            for (UnitGrid.Border border : grid.bordersFrom(unit)) {
                Row row = sheet.createRow(rowIndex++);
                row.createCell(iso3).setCellValue(grid.code(border.unit()));
                row.createCell(neighbour).setCellValue(grid.code(border.neighbour()));
                row.createCell(length).setCellValue(border.lengthKm());
            }
        }
    }

    private static void writeDictionary(Sheet sheet) {
        HeaderRowWriter.write(sheet, Dictionary.SHEET.headers(), null);
        int rowIndex = 1;
        for (IndicatorDefinition definition : SyntheticIndicators.CODES) {
            Dictionary.row(definition).with(Dictionary.SOURCE, "Synthetic: ./risk generate")
                    .write(sheet.createRow(rowIndex++), Dictionary.SHEET);
        }
    }

    private void writeAbout(Sheet sheet) {
        String[][] lines = {
            {"Generated by", "./risk generate"},
            {"Units", String.valueOf(request.units())},
            {"Grid", grid.rows() + " rows x " + grid.columns() + " columns"},
            {"Years", (request.lastYear() - request.years() + 1) + "-" + request.lastYear()},
            {"Seed", String.valueOf(request.seed())},
            {"Range share", String.valueOf(request.rangeShare())},
            {"Blank share", String.valueOf(request.blankShare())},
            {"Note", "Synthetic data for testing and benchmarks: not real places or figures."},
        };
        for (int i = 0; i < lines.length; i++) {
            Row row = sheet.createRow(i);
            row.createCell(0).setCellValue(lines[i][0]);
            row.createCell(1).setCellValue(lines[i][1]);
        }
    }
}
