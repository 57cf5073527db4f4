package dev.riskengine.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Lays out Drools spreadsheet decision tables so that an analyst can read and tune them in Excel
 * or LibreOffice: a title and an explanation on top, then per table the Drools rows (keywords,
 * fact pattern, rule code) in small grey print, a row that says in words what each column means,
 * and the rule rows, with the cells meant for tuning in yellow. Column A labels the rows; the
 * tables start in column B. Every cell of every used row exists, also inside merged ranges,
 * because Drools' parser requires it.
 */
final class DecisionTableWriter implements AutoCloseable {

    /** One column of a rule table: the Drools keyword, the fact pattern (merged with equal neighbours), the code, and the words. */
    record Column(String keyword, String pattern, String code, String meaning, int widthChars, boolean tunable) { }

    /**
     * A rule table: its title, columns and rows (a null cell is blank; a Number is written as a
     * number). {@code mergedColumn}, when not -1, is a column whose first value holds for every row
     * (one merged cell, e.g. a stage that must not differ between rows).
     */
    record Table(String name, List<Column> columns, List<List<Object>> rows, int mergedColumn) { }

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final Sheet sheet;
    private final CellStyle title;
    private final CellStyle intro;
    private final CellStyle technical;
    private final CellStyle tableTitle;
    private final CellStyle meaning;
    private final CellStyle value;
    private final CellStyle tunable;
    private final CellStyle tunableOneDecimal;
    private final CellStyle label;
    private int nextRow;
    private final int width;

    DecisionTableWriter(String sheetName, String titleText, String introText, String ruleSet, String imports, int width) {
        this.sheet = wb.createSheet(sheetName);
        this.width = width;
        title = style(font(true, 14, IndexedColors.BLACK), null, false);
        intro = style(font(false, 10, IndexedColors.BLACK), null, true);
        technical = style(font(false, 8, IndexedColors.GREY_50_PERCENT), IndexedColors.GREY_25_PERCENT, true);
        tableTitle = style(font(true, 12, IndexedColors.DARK_BLUE), null, false);
        meaning = style(font(true, 10, IndexedColors.BLACK), IndexedColors.PALE_BLUE, true);
        value = style(font(false, 10, IndexedColors.BLACK), IndexedColors.WHITE, true);
        tunable = style(font(true, 10, IndexedColors.BLACK), IndexedColors.LIGHT_YELLOW, true);
        tunableOneDecimal = style(font(true, 10, IndexedColors.BLACK), IndexedColors.LIGHT_YELLOW, true);
        tunableOneDecimal.setDataFormat(wb.createDataFormat().getFormat("0.0"));
        label = style(font(false, 8, IndexedColors.GREY_50_PERCENT), null, true);

        Row titleRow = row(titleText, title);
        titleRow.setHeightInPoints(22);
        Row introRow = row(introText, intro);
        sheet.addMergedRegion(new CellRangeAddress(introRow.getRowNum(), introRow.getRowNum(), 0, width - 1));
        introRow.setHeightInPoints(15f * Math.max(2, introText.length() / 150 + 1));
        nextRow++;
        technicalRow("RuleSet", ruleSet);
        technicalRow("Import", imports);
        nextRow++;
        sheet.setColumnWidth(0, 18 * 256);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
    }

    DecisionTableWriter table(Table table) {
        Row heading = blankRow();
        cell(heading, 0, "Table", label);
        cell(heading, 1, "RuleTable " + table.name(), tableTitle);

        Row keywords = blankRow();
        Row patterns = blankRow();
        Row codes = blankRow();
        Row meanings = blankRow();
        cell(keywords, 0, "Drools keyword", label);
        cell(patterns, 0, "Fact pattern", label);
        cell(codes, 0, "Rule code", label);
        cell(meanings, 0, "What the column means", label);
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            int c = i + 1;
            sheet.setColumnWidth(c, column.widthChars() * 256);
            cell(keywords, c, column.keyword(), technical);
            boolean continuesPattern = i > 0 && !column.pattern().isEmpty()
                    && column.pattern().equals(columns.get(i - 1).pattern());
            cell(patterns, c, continuesPattern ? "" : column.pattern(), technical);
            cell(codes, c, column.code(), technical);
            cell(meanings, c, column.meaning(), meaning);
        }
        mergeEqualPatterns(patterns.getRowNum(), columns);
        codes.setHeightInPoints(34);
        meanings.setHeightInPoints(13f * (1 + columns.stream().mapToInt(c -> c.meaning().length() / Math.max(8, c.widthChars())).max().orElse(1)));

        int firstDataRow = nextRow;
        for (List<Object> values : table.rows()) {
            Row row = blankRow();
            int lines = 1;
            for (int i = 0; i < columns.size(); i++) {
                Object v = i < values.size() ? values.get(i) : null;
                boolean merged = table.mergedColumn() == i && row.getRowNum() > firstDataRow;
                // a Double is shown with one decimal (a score such as 2.0), an Integer as a whole number
                CellStyle style = !columns.get(i).tunable() ? value : v instanceof Double ? tunableOneDecimal : tunable;
                cell(row, i + 1, merged ? null : v, style);
                if (v instanceof String s) {
                    lines = Math.max(lines, s.length() / Math.max(8, columns.get(i).widthChars()) + 1);
                }
            }
            row.setHeightInPoints(14f * lines);
        }
        if (table.mergedColumn() >= 0 && table.rows().size() > 1) {
            int column = table.mergedColumn() + 1;
            sheet.addMergedRegion(new CellRangeAddress(firstDataRow, nextRow - 1, column, column));
        }
        nextRow++; // a blank row ends a rule table
        return this;
    }

    void write(Path out) throws IOException {
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (OutputStream os = Files.newOutputStream(out)) {
            wb.write(os);
        }
    }

    @Override
    public void close() throws IOException {
        wb.close();
    }

    private void mergeEqualPatterns(int rowIndex, List<Column> columns) {
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String pattern = columns.get(i).pattern();
            if (pattern.isEmpty()) {
                continue;
            }
            int end = i;
            while (end + 1 < columns.size() && columns.get(end + 1).pattern().equals(pattern)) {
                end++;
            }
            if (end > i) {
                ranges.add(new int[] {i + 1, end + 1});
            }
            i = end;
        }
        ranges.forEach(r -> sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, r[0], r[1])));
    }

    private void technicalRow(String keyword, String text) {
        Row row = blankRow();
        cell(row, 0, keyword, technical);
        cell(row, 1, text, technical);
    }

    private Row row(String text, CellStyle style) {
        Row row = blankRow();
        cell(row, 0, text, style);
        return row;
    }

    /** A row whose every cell exists (Drools' parser needs them, also inside merged ranges). */
    private Row blankRow() {
        Row row = sheet.createRow(nextRow++);
        for (int c = 0; c < width; c++) {
            row.createCell(c).setCellValue("");
        }
        return row;
    }

    private static Cell cell(Row row, int column, Object v, CellStyle style) {
        Cell cell = row.getCell(column);
        if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(v == null ? "" : v.toString());
        }
        cell.setCellStyle(style);
        return cell;
    }

    private Font font(boolean bold, int points, IndexedColors colour) {
        Font font = wb.createFont();
        font.setBold(bold);
        font.setFontHeightInPoints((short) points);
        font.setColor(colour.getIndex());
        return font;
    }

    private CellStyle style(Font font, IndexedColors fill, boolean wrap) {
        CellStyle style = wb.createCellStyle();
        style.setFont(font);
        style.setWrapText(wrap);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (fill != null) {
            style.setFillForegroundColor(fill.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setBottomBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
            style.setTopBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
            style.setLeftBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
            style.setRightBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
        }
        return style;
    }
}
