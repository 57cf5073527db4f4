package dev.riskengine.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An analyst's indicator workbook built in memory: Algeria, Côte d'Ivoire and Morocco, 2014-2016
 * (Morocco only 2014), a percent-formatted military_spending_pct_gdp column with Algeria 2014
 * filled and a conflicting Côte d'Ivoire 2014 (2 %), no military_spending_usd_m column yet, a
 * Notes sheet with a formula, and a comment on a header.
 */
final class AnalystWorkbook {
    static final String NOTES_FORMULA = "SUM(B1:B2)";

    private AnalystWorkbook() { }

    static Path write(Path folder) throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
            rows(workbook.createSheet("Countries"), new Object[][] {
                    {"ISO3", "Name", "Region", "Population"},
                    {"DZA", "Algeria", "North Africa", 40_400_000.0},
                    {"CIV", "Côte d'Ivoire", "West Africa", 25_600_000.0},
                    {"MAR", "Morocco", "North Africa", 34_800_000.0}});
            Sheet indicators = workbook.createSheet("Indicators");
            rows(indicators, new Object[][] {
                    {"ISO3", "Year", "government_control_pct", "military_spending_pct_gdp"},
                    {"DZA", 2014.0, 99.0, 0.0496},
                    {"DZA", 2015.0, 99.0, null},
                    {"DZA", 2016.0, 99.0, null},
                    {"CIV", 2014.0, 100.0, 0.02},
                    {"CIV", 2015.0, 100.0, null},
                    {"CIV", 2016.0, 100.0, null},
                    {"MAR", 2014.0, 100.0, null}});
            for (int r = 1; r <= 7; r++) {
                indicators.getRow(r).createCell(3).setCellStyle(percent);
            }
            indicators.getRow(1).getCell(3).setCellValue(0.0496);
            indicators.getRow(4).getCell(3).setCellValue(0.02);
            comment(workbook, indicators.getRow(0).getCell(2), "Share of territory, analyst judgment");
            rows(workbook.createSheet("Borders"), new Object[][] {
                    {"ISO3", "Neighbour", "Length_km"},
                    {"DZA", "MAR", 1900.0}});
            rows(workbook.createSheet("Dictionary"), new Object[][] {
                    {"Code", "Name", "Unit", "Min", "Max", "Description", "Source"},
                    {"government_control_pct", "State control", "%", 0.0, 100.0, "Share of territory", "Analyst"},
                    {"military_spending_pct_gdp", "Military spending", "%", 0.0, 100.0, "Share of GDP", "SIPRI"}});
            Sheet notes = workbook.createSheet("Notes");
            rows(notes, new Object[][] {{"a", 1.0}, {"b", 2.0}});
            notes.createRow(2).createCell(1).setCellFormula(NOTES_FORMULA);
            Path file = folder.resolve("indicators.xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        }
    }

    static Workbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return WorkbookFactory.create(in);
        }
    }

    private static void rows(Sheet sheet, Object[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object value = rows[r][c];
                if (value instanceof String s) {
                    row.createCell(c).setCellValue(s);
                } else if (value instanceof Double d) {
                    row.createCell(c).setCellValue(d);
                }
            }
        }
    }

    private static void comment(Workbook workbook, Cell cell, String text) {
        Drawing<?> drawing = cell.getSheet().createDrawingPatriarch();
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(cell.getColumnIndex());
        anchor.setRow1(cell.getRowIndex());
        anchor.setCol2(cell.getColumnIndex() + 2);
        anchor.setRow2(cell.getRowIndex() + 3);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(workbook.getCreationHelper().createRichTextString(text));
        cell.setCellComment(comment);
    }
}
