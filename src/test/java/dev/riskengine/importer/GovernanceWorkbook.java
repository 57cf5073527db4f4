package dev.riskengine.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A small workbook in the layout of the World Bank's Worldwide Governance Indicators, built in
 * memory: an Introduction sheet, then one sheet per indicator with a title, a legend and a long
 * note above a header of two rows (the year over Estimate, StdErr, NumSrc, Rank, Lower, Upper),
 * then one row per country: name, code and six cells per year. A cell given as {@link #NA} is an
 * #N/A error cell, as {@link #NA_FORMULA} the formula =NA() with its saved error; text is text ("#N/A").
 */
final class GovernanceWorkbook {
    static final String[] SUB_COLUMNS = {"Estimate", "StdErr", "NumSrc", "Rank", "Lower", "Upper"};
    static final Object NA = FormulaError.NA;
    static final Object NA_FORMULA = new Object();
    /** The row (0-based) of the years; the sub-columns are on the next one, the countries below. */
    static final int YEAR_ROW = 13;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private boolean mergedYears;

    GovernanceWorkbook() {
        workbook.createSheet("Introduction").createRow(0).createCell(0).setCellValue("Worldwide Governance Indicators");
    }

    /** Each year written once, merged over its six sub-columns, instead of repeated in each. */
    GovernanceWorkbook mergedYears() {
        mergedYears = true;
        return this;
    }

    /** @param countries each: the name, the code, then six cells per year (null leaves a cell out) */
    GovernanceWorkbook sheet(String name, int[] years, Object[]... countries) {
        return sheet(name, SUB_COLUMNS, years, countries);
    }

    /** A sheet whose sub-columns under each year are the given ones, in that order. */
    GovernanceWorkbook sheet(String name, String[] subColumns, int[] years, Object[]... countries) {
        Sheet sheet = workbook.createSheet(name);
        text(sheet, 0, 0, name);
        text(sheet, 1, 0, name + " measures perceptions of governance, 2016 and other years.");
        text(sheet, 3, 0, "Legend");
        for (int i = 0; i < SUB_COLUMNS.length; i++) {
            text(sheet, 4 + i, 0, SUB_COLUMNS[i]);
            text(sheet, 4 + i, 1, "What " + SUB_COLUMNS[i] + " means");
        }
        text(sheet, 11, 0, "The WGI are a research dataset summarizing the views on the quality of governance.");
        Row yearRow = sheet.createRow(YEAR_ROW);
        Row subRow = sheet.createRow(YEAR_ROW + 1);
        subRow.createCell(0).setCellValue("Country/Territory");
        subRow.createCell(1).setCellValue("Code");
        for (int y = 0; y < years.length; y++) {
            int first = 2 + y * subColumns.length;
            for (int s = 0; s < subColumns.length; s++) {
                if (!mergedYears || s == 0) {
                    yearRow.createCell(first + s).setCellValue(years[y]);
                }
                subRow.createCell(first + s).setCellValue(subColumns[s]);
            }
            if (mergedYears) {
                sheet.addMergedRegion(new CellRangeAddress(YEAR_ROW, YEAR_ROW, first, first + subColumns.length - 1));
            }
        }
        for (int r = 0; r < countries.length; r++) {
            Row row = sheet.createRow(YEAR_ROW + 2 + r);
            for (int c = 0; c < countries[r].length; c++) {
                put(row, c, countries[r][c]);
            }
        }
        return this;
    }

    /** One cell of a sheet, e.g. {@code set("GovernmentEffectiveness", "B14", "Code")}. */
    GovernanceWorkbook set(String sheetName, String address, Object value) {
        org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(address);
        Sheet sheet = workbook.getSheet(sheetName);
        Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        put(row, ref.getCol(), value);
        return this;
    }

    Path write(Path folder) throws IOException {
        Path file = folder.resolve("wgi.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
        return file;
    }

    private void put(Row row, int column, Object value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value == NA) {
            cell.setCellErrorValue(FormulaError.NA.getCode());
        } else if (value == NA_FORMULA) {
            cell.setCellFormula("NA()");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private static void text(Sheet sheet, int row, int column, String text) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        r.createCell(column).setCellValue(text);
    }
}
