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
    // A figure such as "-10.0" or "100%" and the one-character indent that keeps it off the next column.
    private static final int NUMBER_WIDTH = 5;

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final int headerRow;
    private final int[] widths;
    private final int[] headerWidths;
    private final int[] maxWidths;
    private final boolean[] holdsNumbers;
    private final boolean[] holdsText;
    private final int[] wrapWidths;
    private int nextRow;

    SheetTable(Sheet sheet, WorkbookStyles styles, int headerRow, List<String> headers) {
        this.sheet = sheet;
        this.styles = styles;
        this.headerRow = headerRow;
        this.widths = new int[headers.size()];
        this.headerWidths = new int[headers.size()];
        this.maxWidths = new int[headers.size()];
        this.holdsNumbers = new boolean[headers.size()];
        this.holdsText = new boolean[headers.size()];
        this.wrapWidths = new int[headers.size()];
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
            headerWidths[col] = longestWord + 2;
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

    /** How many columns the table has. */
    int columns() {
        return widths.length;
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
        boolean wraps = col < wrapWidths.length && wrapWidths[col] > 0;
        CellStyle shown = wraps ? styles.wrapping(style) : style;
        cell.setCellStyle(looksLikeFormula(fitted) ? styles.quoted(shown) : shown);
        widen(col, fitted.length());
        markText(col);
        if (wraps) {
            // Office programs keep a row's stored height, so a wrapped cell gets the lines it needs.
            float height = wrappedLines(fitted, wrapWidths[col]) * sheet.getDefaultRowHeightInPoints();
            if (height > row.getHeightInPoints()) {
                row.setHeightInPoints(height);
            }
        }
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
        if (col < holdsNumbers.length) {
            holdsNumbers[col] = true;
        }
        return cell;
    }

    /** Freezes the header, filters the table and sets the column widths; call after the last row. */
    void finish() {
        sheet.createFreezePane(0, headerRow + 1);
        int lastRow = Math.max(headerRow, nextRow - 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, widths.length - 1));
        int uprightLength = 0;
        // A streamed sheet has written its header row out by now; its headers keep their style.
        Row header = sheet.getRow(headerRow);
        for (int col = 0; col < widths.length; col++) {
            // A column of numbers under a longer word ("Vulnerability", "Completeness") gets its
            // header turned upright rather than being widened to it: with such columns the Summary
            // printed at about 60 % of its size to fit one page wide. Headers of several words wrap
            // instead, so that the header row stays as tall as the longest single word.
            boolean numbers = header != null && holdsNumbers[col] && !holdsText[col];
            String title = numbers ? header.getCell(col).getStringCellValue() : "";
            boolean upright = numbers && headerWidths[col] > widths[col] + 2 && !title.contains(" ");
            if (numbers) {
                header.getCell(col).setCellStyle(upright ? styles.uprightHeader() : styles.numberHeader());
            }
            if (upright) {
                uprightLength = Math.max(uprightLength, title.length());
            }
            // Fixed estimate from the character count rather than autoSizeColumn, which needs
            // AWT fonts and gives different widths on different machines.
            int content = upright ? widths[col] : Math.max(widths[col], headerWidths[col]);
            int chars = Math.min(maxWidths[col], Math.max(MIN_WIDTH, content + 2));
            sheet.setColumnWidth(col, chars * 256);
        }
        if (uprightLength > 0) {
            // An upright header is not wrapped, so the row must be as tall as the longest one; a
            // character of the bold header font is about 6.5 points long.
            header.setHeightInPoints(Math.max(header.getHeightInPoints(), uprightLength * 6.5f + 6));
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

    /**
     * Keeps a column at most so many characters wide, its longer texts wrapped onto more lines and
     * their rows made as tall as they need: long reasons, lists and sources would otherwise widen the
     * sheet until it prints too small to read on a page.
     */
    void wrapColumn(int col, int chars) {
        if (col < maxWidths.length) {
            maxWidths[col] = Math.min(maxWidths[col], chars);
            wrapWidths[col] = chars;
        }
    }

    /**
     * How many lines a wrapped text takes in a column so many characters wide, broken at spaces as
     * office programs break it. A column's width counts the widest digit, and a text's letters
     * average about 1.15 to the digit (Calibri, or Carlito in LibreOffice), 1.1 taken to be safe; the indent takes two characters. Overestimating leaves a blank
     * line; underestimating would cut text off.
     */
    static int wrappedLines(String text, int widthChars) {
        int perLine = Math.max(1, (int) ((widthChars - 2) * 1.1));
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += paragraphLines(paragraph, perLine);
        }
        return Math.max(1, lines);
    }

    private static int paragraphLines(String paragraph, int perLine) {
        int lines = 1;
        int used = 0;
        for (String word : paragraph.split(" ")) {
            int needed = used == 0 ? word.length() : used + 1 + word.length();
            if (needed <= perLine) {
                used = needed;
            } else {
                // A word longer than a line is broken inside it, over as many lines as it fills.
                lines += used == 0 ? 0 : 1;
                lines += (Math.max(1, word.length()) - 1) / perLine;
                used = (word.length() - 1) % perLine + 1;
            }
        }
        return lines;
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

    private void markText(int col) {
        if (col < holdsText.length) {
            holdsText[col] = true;
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
