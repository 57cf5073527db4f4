package dev.riskengine.importer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A header row of the analyst's workbook, matched the way the engine reads it: sheet and header
 * names case-insensitive, surrounding spaces ignored, the row searched among the top rows.
 */
final class SheetHeader {
    static final int SEARCH_ROWS = 10;

    private final Sheet sheet;
    private final int row;
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private int lastColumn = -1;

    private SheetHeader(Sheet sheet, int row) {
        this.sheet = sheet;
        this.row = row;
        Row header = sheet.getRow(row);
        if (header != null) {
            for (Cell cell : header) {
                String key = key(new SourceCell().text(cell));
                if (!key.isEmpty()) {
                    columns.putIfAbsent(key, cell.getColumnIndex());
                    lastColumn = Math.max(lastColumn, cell.getColumnIndex());
                }
            }
        }
    }

    static Optional<Sheet> sheet(Workbook workbook, String name) {
        for (Sheet sheet : workbook) {
            if (key(sheet.getSheetName()).equals(key(name))) {
                return Optional.of(sheet);
            }
        }
        return Optional.empty();
    }

    /** The header row holding {@code firstHeader} among the top rows. */
    static Optional<SheetHeader> locate(Sheet sheet, String firstHeader) {
        int last = Math.min(sheet.getLastRowNum(), SEARCH_ROWS - 1);
        for (int r = 0; r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell cell : row) {
                if (key(new SourceCell().text(cell)).equals(key(firstHeader))) {
                    return Optional.of(new SheetHeader(sheet, r));
                }
            }
        }
        return Optional.empty();
    }

    /** A header row written at the top of an empty sheet. */
    static SheetHeader create(Sheet sheet, String... names) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < names.length; c++) {
            row.createCell(c).setCellValue(names[c]);
        }
        return new SheetHeader(sheet, 0);
    }

    OptionalInt column(String name) {
        Integer column = columns.get(key(name));
        return column == null ? OptionalInt.empty() : OptionalInt.of(column);
    }

    /** Adds a header after the last one, copying the style of the header before it. */
    int addColumn(String name) {
        Row header = sheet.getRow(row);
        int column = lastColumn + 1;
        Cell cell = header.createCell(column);
        cell.setCellValue(name);
        Cell previous = lastColumn >= 0 ? header.getCell(lastColumn) : null;
        if (previous != null) {
            cell.setCellStyle(previous.getCellStyle());
            sheet.setColumnWidth(column, sheet.getColumnWidth(lastColumn));
        }
        columns.put(key(name), column);
        lastColumn = column;
        return column;
    }

    Sheet sheet() {
        return sheet;
    }

    int row() {
        return row;
    }

    static String key(String name) {
        return name == null ? "" : name.replaceAll("[\\p{Z}\\s]+", " ").trim().toLowerCase(java.util.Locale.ROOT);
    }
}
