package dev.riskengine.importer;

import dev.riskengine.workbook.layout.HeaderRowWriter;
import dev.riskengine.workbook.layout.LayoutColumn;
import dev.riskengine.workbook.layout.SheetLayout;
import dev.riskengine.workbook.layout.WorkbookLayout;
import java.util.LinkedHashMap;
import java.util.List;
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
        int last = Math.min(sheet.getLastRowNum(), WorkbookLayout.HEADER_SEARCH_ROWS - 1);
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

    /** The header row of a standard sheet: the one holding its first column's header among the top rows. */
    static Optional<SheetHeader> locate(Sheet sheet, SheetLayout layout) {
        return locate(sheet, layout.columns().get(0).header());
    }

    /** A header row written at the top of an empty sheet. */
    static SheetHeader create(Sheet sheet, List<String> names) {
        HeaderRowWriter.write(sheet, names, null);
        return new SheetHeader(sheet, 0);
    }

    /** Where this header row has a standard column, if anywhere. */
    OptionalInt column(LayoutColumn column) {
        return column(column.header());
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
