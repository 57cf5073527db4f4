package dev.riskengine.importer;

import dev.riskengine.workbook.layout.WorkbookLayout.Indicators;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import dev.riskengine.workbook.PublishedCell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * The Indicators sheet of the analyst's workbook as an import writes it: one row per ISO3 and
 * year, one column per indicator code. Only cells of the imported codes are ever created or
 * changed; a missing column is added after the last one, a missing country-year row at the end.
 */
final class IndicatorsSheet {
    private final SheetHeader header;
    private final int iso3Column;
    private final int yearColumn;
    private final Map<String, Integer> rows = new HashMap<>();

    IndicatorsSheet(SheetHeader header) {
        this.header = header;
        this.iso3Column = header.column(Indicators.ISO3).orElseThrow();
        this.yearColumn = header.column(Indicators.YEAR).orElseThrow();
        SourceCell cells = new SourceCell();
        Sheet sheet = header.sheet();
        PublishedCell.Reader reader = new PublishedCell.Reader(sheet.getWorkbook());
        for (int r = header.row() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String iso3 = cells.text(row.getCell(iso3Column)).toUpperCase(java.util.Locale.ROOT);
            cells.number(reader.read(sheet, r, yearColumn)).ifPresent(year -> rows.putIfAbsent(rowKey(iso3, (int) year), row.getRowNum()));
        }
    }

    OptionalInt column(String code) {
        return header.column(code);
    }

    int addColumn(String code) {
        return header.addColumn(code);
    }

    /** The cell for a country, year and code, or null when the row or the cell does not exist yet. */
    Cell cell(String iso3, int year, int column) {
        Integer r = rows.get(rowKey(iso3, year));
        Row row = r == null ? null : sheet().getRow(r);
        return row == null ? null : row.getCell(column);
    }

    /** The cell, creating the row (ISO3 and Year filled) and the cell as needed, styled like its column. */
    Cell createCell(String iso3, int year, int column) {
        Integer r = rows.get(rowKey(iso3, year));
        Row row;
        if (r == null) {
            row = sheet().createRow(sheet().getLastRowNum() + 1);
            row.createCell(iso3Column).setCellValue(iso3);
            row.createCell(yearColumn).setCellValue(year);
            copyStyle(row, iso3Column);
            copyStyle(row, yearColumn);
            rows.put(rowKey(iso3, year), row.getRowNum());
        } else {
            row = sheet().getRow(r);
        }
        Cell cell = row.getCell(column);
        if (cell == null) {
            cell = row.createCell(column);
            copyStyle(row, column);
        }
        return cell;
    }

    /** A data cell's style from the same column, so new cells look like (and are formatted like) their neighbours. */
    CellStyle columnStyle(int column) {
        for (int r = sheet().getLastRowNum(); r > header.row(); r--) {
            Row row = sheet().getRow(r);
            Cell cell = row == null ? null : row.getCell(column);
            if (cell != null && cell.getCellStyle() != null && cell.getCellStyle().getIndex() != 0) {
                return cell.getCellStyle();
            }
        }
        return null;
    }

    private void copyStyle(Row row, int column) {
        CellStyle style = columnStyle(column);
        Cell cell = row.getCell(column);
        if (style != null && cell != null && cell.getCellStyle().getIndex() == 0) {
            cell.setCellStyle(style);
        }
    }

    Sheet sheet() {
        return header.sheet();
    }

    static String address(Cell cell) {
        return new CellReference(cell.getSheet().getSheetName(), cell.getRowIndex(), cell.getColumnIndex(), false, false)
                .formatAsString();
    }

    static String address(Sheet sheet, int row, int column) {
        return new CellReference(sheet.getSheetName(), row, column, false, false).formatAsString();
    }

    private static String rowKey(String iso3, int year) {
        return iso3 + "/" + year;
    }
}
