package dev.riskengine.template;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** The first sheet of a blank workbook: how to fill it in and check it. The engine ignores it. */
final class InstructionsSheet {
    static final String NAME = "Instructions";

    private static final int CHARACTERS_PER_LINE = 100;
    private static final float LINE_POINTS = 15f;

    private static final List<String> LINES = List.of(
            "Country Risk Engine: indicator workbook",
            "",
            "1. Countries: one row per country to assess: ISO3 code (e.g. MLI), Name, Region, and Population "
                    + "in people (optional).",
            "2. Indicators: one row per country and year: ISO3, Year, then one value per indicator column. "
                    + "A cell may hold a number, a formula, a range such as 6000-7000 (its midpoint is used) "
                    + "or 6500 (6000-7000), or nothing.",
            "   A blank cell is missing data, never 0: the country's completeness drops and the rules have less "
                    + "evidence. Type 0 only when the true figure is 0.",
            "3. Borders: one row per pair of neighbouring countries with the border length in km. A neighbour "
                    + "outside Countries is allowed (it is not assessed).",
            "4. Dictionary: defines every Indicators column: code, name, unit, Min and Max (values outside "
                    + "them are errors), description and source.",
            "   To add an indicator: add a column to Indicators and a row here with the same code; rule authors "
                    + "then add rules for it in rules/.",
            "",
            "Each header has a note explaining its column (hover over it). Numeric columns reject values "
                    + "outside their bounds as you type.",
            "Sheet and header names are matched ignoring case and spaces. Other sheets (like this one, notes, "
                    + "sources, charts) are ignored.",
            "",
            "Check the workbook:     ./risk validate --input this-file.xlsx",
            "Assess it:              ./risk assess --input this-file.xlsx",
            "Fill military spending: ./risk import sipri SIPRI-Milex-data-1949-2025.xlsx --workbook this-file.xlsx "
                    + "--years 2014-2016",
            "Fill from another table: ./risk import table FILE --mapping MAPPING.yaml --workbook this-file.xlsx");

    void write(Workbook workbook) {
        Sheet sheet = workbook.createSheet(NAME);
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        CellStyle title = workbook.createCellStyle();
        title.setFont(titleFont);
        CellStyle wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        for (int r = 0; r < LINES.size(); r++) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(LINES.get(r));
            row.getCell(0).setCellStyle(r == 0 ? title : wrapped);
            // Neither POI nor LibreOffice grows a row for wrapped text on opening: give it its lines.
            int lines = Math.max(1, (LINES.get(r).length() + CHARACTERS_PER_LINE - 1) / CHARACTERS_PER_LINE);
            row.setHeightInPoints(r == 0 ? 24 : lines * LINE_POINTS);
        }
        sheet.setColumnWidth(0, (CHARACTERS_PER_LINE + 8) * 256);
        sheet.getPrintSetup().setLandscape(true);
    }
}
