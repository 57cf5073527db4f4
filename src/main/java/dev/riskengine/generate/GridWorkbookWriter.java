package dev.riskengine.generate;

import dev.riskengine.model.IndicatorDefinition;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
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
            writeCountries(workbook.createSheet("Countries"));
            writeIndicators(workbook.createSheet("Indicators"));
            writeBorders(workbook.createSheet("Borders"));
            writeDictionary(workbook.createSheet("Dictionary"));
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

    private void writeCountries(Sheet sheet) {
        header(sheet, "ISO3", "Name", "Region", "Population");
        for (int unit = 0; unit < grid.units(); unit++) {
            Row row = sheet.createRow(unit + 1);
            row.createCell(0).setCellValue(grid.code(unit));
            row.createCell(1).setCellValue(grid.name(unit));
            row.createCell(2).setCellValue(grid.region(unit));
            row.createCell(3).setCellValue(indicators.population(unit));
        }
    }

    private void writeIndicators(Sheet sheet) {
        String[] headers = new String[2 + SyntheticIndicators.CODES.size()];
        headers[0] = "ISO3";
        headers[1] = "Year";
        for (int i = 0; i < SyntheticIndicators.CODES.size(); i++) {
            headers[2 + i] = SyntheticIndicators.CODES.get(i).code();
        }
        header(sheet, headers);
        int rowIndex = 1;
        int firstYear = request.lastYear() - request.years() + 1;
        for (int unit = 0; unit < grid.units(); unit++) {
            for (int y = 0; y < request.years(); y++) {
                Row row = sheet.createRow(rowIndex++);
                row.createCell(0).setCellValue(grid.code(unit));
                row.createCell(1).setCellValue(firstYear + y);
                CellValue[] values = indicators.values(unit, y);
                for (int i = 0; i < values.length; i++) {
                    write(row, 2 + i, values[i]);
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
        header(sheet, "ISO3", "Neighbour", "Length_km");
        int rowIndex = 1;
        for (int unit = 0; unit < grid.units(); unit++) {
            for (UnitGrid.Border border : grid.bordersFrom(unit)) {
                Row row = sheet.createRow(rowIndex++);
                row.createCell(0).setCellValue(grid.code(border.unit()));
                row.createCell(1).setCellValue(grid.code(border.neighbour()));
                row.createCell(2).setCellValue(border.lengthKm());
            }
        }
    }

    private static void writeDictionary(Sheet sheet) {
        header(sheet, "Code", "Name", "Unit", "Min", "Max", "Description", "Source");
        int rowIndex = 1;
        for (IndicatorDefinition definition : SyntheticIndicators.CODES) {
            Row row = sheet.createRow(rowIndex++);
            row.createCell(0).setCellValue(definition.code());
            row.createCell(1).setCellValue(definition.name());
            row.createCell(2).setCellValue(definition.unit());
            setNumber(row, 3, definition.min());
            setNumber(row, 4, definition.max());
            row.createCell(5).setCellValue(definition.description());
            row.createCell(6).setCellValue("Synthetic: ./risk generate");
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

    private static void setNumber(Row row, int column, Double value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static void header(Sheet sheet, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(names[i]);
        }
    }
}
