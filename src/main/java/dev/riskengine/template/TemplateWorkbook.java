package dev.riskengine.template;

import dev.riskengine.importer.DefaultIndicators;
import dev.riskengine.model.IndicatorDefinition;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a blank indicator workbook: an Instructions sheet, then Countries, Indicators, Borders
 * and Dictionary with their headers, a note on every header, data validation on the numeric
 * columns (the Dictionary's Min and Max for each indicator) and the default Dictionary filled in.
 * The file appears whole or not at all (written next to it, then moved into place).
 */
public final class TemplateWorkbook {
    private static final int NOTE_COLUMNS = 4;
    private static final int NOTE_ROWS = 5;

    /**
     * @throws FileAlreadyExistsException when the file exists and {@code force} is false
     */
    public void write(Path file, boolean force) throws IOException {
        if (!force && Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // Not createTempFile: its owner-only permissions would stay on the workbook after the move.
        Path temp = folder.resolve("." + file.getFileName() + "-" + UUID.randomUUID() + ".tmp");
        try {
            try (Workbook workbook = build(); OutputStream out = Files.newOutputStream(temp)) {
                workbook.write(out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    Workbook build() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        CellStyle header = headerStyle(workbook);
        new InstructionsSheet().write(workbook);
        sheet(workbook, "Countries", TemplateSheets.countries(), header);
        sheet(workbook, "Indicators", TemplateSheets.indicators(), header);
        sheet(workbook, "Borders", TemplateSheets.borders(), header);
        Sheet dictionary = sheet(workbook, "Dictionary", TemplateSheets.dictionary(), header);
        fillDictionary(dictionary, wrapped(workbook));
        workbook.getProperties().getCoreProperties().setTitle("Country Risk Engine indicator workbook");
        return workbook;
    }

    private static Sheet sheet(Workbook workbook, String name, List<TemplateColumn> columns, CellStyle style) {
        Sheet sheet = workbook.createSheet(name);
        Row row = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            TemplateColumn column = columns.get(c);
            Cell cell = row.createCell(c);
            cell.setCellValue(column.header());
            cell.setCellStyle(style);
            note(workbook, cell, column.note());
            sheet.setColumnWidth(c, column.width() * 256);
            CellChecks.apply(sheet, c, column);
        }
        sheet.createFreezePane(0, 1);
        // Printed or exported to PDF: one page wide, the header on every page.
        sheet.getPrintSetup().setLandscape(columns.size() > 5);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
        return sheet;
    }

    private static void fillDictionary(Sheet sheet, CellStyle wrapped) {
        int r = 1;
        for (IndicatorDefinition definition : DefaultIndicators.ALL) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(definition.code());
            row.createCell(1).setCellValue(definition.name());
            row.createCell(2).setCellValue(definition.unit());
            row.createCell(3).setCellValue(definition.min());
            row.createCell(4).setCellValue(definition.max());
            Cell description = row.createCell(5);
            description.setCellValue(definition.description());
            description.setCellStyle(wrapped);
            Cell source = row.createCell(6);
            source.setCellValue(definition.source() == null ? "" : definition.source());
            source.setCellStyle(wrapped);
            // Wrapped text does not grow its row on opening: give the row the lines its longest text needs.
            int lines = Math.max(lines(definition.description(), sheet.getColumnWidth(5) / 256),
                    lines(definition.source(), sheet.getColumnWidth(6) / 256));
            row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
        }
    }

    private static int lines(String text, int characters) {
        return text == null ? 1 : Math.max(1, (int) Math.ceil(text.length() * 1.1 / characters));
    }

    private static void note(Workbook workbook, Cell cell, String text) {
        CreationHelper factory = workbook.getCreationHelper();
        Drawing<?> drawing = cell.getSheet().createDrawingPatriarch();
        ClientAnchor anchor = factory.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex());
        anchor.setCol2(cell.getColumnIndex() + NOTE_COLUMNS);
        anchor.setRow1(cell.getRowIndex() + 1);
        anchor.setRow2(cell.getRowIndex() + 1 + NOTE_ROWS);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(factory.createRichTextString(text));
        comment.setAuthor("Country Risk Engine");
        cell.setCellComment(comment);
    }

    private static CellStyle headerStyle(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private static CellStyle wrapped(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setWrapText(true);
        return style;
    }
}
