package dev.riskengine.report.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import java.util.List;

/**
 * One sheet laid out as a table: a header row, data rows below it, a frozen header, an auto
 * filter over the table and column widths fitted to the content. Text always goes in as a string
 * cell; nothing from the inputs is ever written as a formula.
 */
final class SheetTable {

    // Excel's limit per cell; POI throws beyond it.
    private static final int MAX_CELL_TEXT = 32_767;
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;
    private static final int NUMBER_WIDTH = 6;

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final int headerRow;
    private final int[] widths;
    private final int[] maxWidths;
    private int nextRow;

    SheetTable(Sheet sheet, WorkbookStyles styles, int headerRow, List<String> headers) {
        this.sheet = sheet;
        this.styles = styles;
        this.headerRow = headerRow;
        this.widths = new int[headers.size()];
        this.maxWidths = new int[headers.size()];
        java.util.Arrays.fill(maxWidths, MAX_WIDTH);
        Row row = sheet.createRow(headerRow);
        boolean wraps = false;
        for (int col = 0; col < headers.size(); col++) {
            Cell cell = row.createCell(col);
            cell.setCellValue(headers.get(col));
            cell.setCellStyle(styles.header());
            // A header wraps at its spaces, so only its longest word widens the column; the
            // filter drop-down button covers about two characters of the header cell.
            int longestWord = 0;
            for (String word : headers.get(col).split(" ")) {
                longestWord = Math.max(longestWord, word.length());
            }
            wraps |= longestWord < headers.get(col).length();
            widen(col, longestWord + 2);
        }
        if (wraps) {
            row.setHeightInPoints(2 * sheet.getDefaultRowHeightInPoints());
        }
        nextRow = headerRow + 1;
    }

    Sheet sheet() {
        return sheet;
    }

    Row newRow() {
        return sheet.createRow(nextRow++);
    }

    /** The 1-based row number the next {@link #newRow()} gets, as Excel shows it. */
    int nextExcelRow() {
        return nextRow + 1;
    }

    Cell text(Row row, int col, String value) {
        return text(row, col, value, styles.text());
    }

    Cell text(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        if (value == null) {
            cell.setCellStyle(style);
            return cell;
        }
        String fitted = value.length() > MAX_CELL_TEXT ? value.substring(0, MAX_CELL_TEXT - 1) + "…" : value;
        cell.setCellValue(fitted);
        cell.setCellStyle(looksLikeFormula(fitted) ? styles.quoted(style) : style);
        widen(col, fitted.length());
        return cell;
    }

    /** A number, or an empty cell when it is missing or not finite (Excel would show #NUM!). */
    Cell number(Row row, int col, Double value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellStyle(style);
        if (value != null && Double.isFinite(value)) {
            cell.setCellValue(value);
        }
        widen(col, NUMBER_WIDTH);
        return cell;
    }

    /** Freezes the header, filters the table and sets the column widths; call after the last row. */
    void finish() {
        sheet.createFreezePane(0, headerRow + 1);
        int lastRow = Math.max(headerRow, nextRow - 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, widths.length - 1));
        for (int col = 0; col < widths.length; col++) {
            // Fixed estimate from the character count rather than autoSizeColumn, which needs
            // AWT fonts and gives different widths on different machines.
            int chars = Math.min(maxWidths[col], Math.max(MIN_WIDTH, widths[col] + 2));
            sheet.setColumnWidth(col, chars * 256);
        }
        // Printed or exported to PDF, a table reads best on landscape pages one page wide,
        // with the header row repeated on every page.
        printLandscapeOnePageWide(sheet);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }

    /**
     * Landscape, one page wide and as many down as needed, with narrow margins (inches): a wide
     * table printed one page wide keeps a larger, readable type.
     */
    static void printLandscapeOnePageWide(Sheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.5);
        sheet.setMargin(PageMargin.BOTTOM, 0.5);
    }

    /** Keeps a column narrower than its longest text, for a column whose cells wrap. */
    void capWidth(int col, int chars) {
        if (col < maxWidths.length) {
            maxWidths[col] = Math.min(maxWidths[col], chars);
        }
    }

    /** "Sheet!A5" for a hyperlink to column A of an Excel row, quoting the sheet name. */
    String address(int excelRow) {
        return "'" + sheet.getSheetName().replace("'", "''") + "'!" + new CellReference(excelRow - 1, 0).formatAsString();
    }

    private void widen(int col, int chars) {
        if (col < widths.length) {
            widths[col] = Math.max(widths[col], chars);
        }
    }

    private static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@';
    }
}
