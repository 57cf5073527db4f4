package dev.riskengine.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A small SIPRI-like workbook built in memory, in the layout of an older edition: sheets
 * "Current USD" and "Share of GDP" after a front page, notes above the header, region rows,
 * footnote marks in names, ". ." for no data, years 2014-2016 as text and as numbers.
 */
final class SipriWorkbook {
    private SipriWorkbook() { }

    static Path write(Path folder) throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Front page").createRow(0).createCell(0).setCellValue("SIPRI Military Expenditure Database");
            Sheet usd = workbook.createSheet("Current USD");
            Sheet share = workbook.createSheet("Share of GDP");
            fill(usd, new Object[][] {
                    {"Algeria", 11863.2345, 10407.3, 10217.08},
                    {"Cote d'Ivoire*", 521.3, ". .", 602.5},
                    {"Atlantis", 1.0, 2.0, 3.0},
                    {"Morocco", 4048.6, 3268.4, 3327.2}});
            fill(share, new Object[][] {
                    {"Algeria", 0.0496, 0.0555, 0.056512},
                    {"Cote d'Ivoire*", 0.0107, ". .", 0.0125},
                    {"Atlantis", 0.01, 0.01, 0.01},
                    {"Morocco", 0.034, 0.0296, 0.0298}});
            Path file = folder.resolve("SIPRI-Milex-old-edition.xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        }
    }

    private static void fill(Sheet sheet, Object[][] countries) {
        sheet.createRow(0).createCell(0).setCellValue("Military expenditure by country");
        sheet.createRow(1).createCell(0).setCellValue("\". .\" = data unavailable.");
        Row header = sheet.createRow(3);
        header.createCell(0).setCellValue("Country");
        header.createCell(1).setCellValue("Notes");
        header.createCell(2).setCellValue(2014);
        header.createCell(3).setCellValue("2015");
        header.createCell(4).setCellValue(2016);
        int r = 4;
        sheet.createRow(r++).createCell(0).setCellValue("Africa");
        sheet.createRow(r++).createCell(0).setCellValue("North Africa");
        for (Object[] country : countries) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue((String) country[0]);
            row.createCell(1).setCellValue("§4");
            for (int c = 1; c < country.length; c++) {
                if (country[c] instanceof Double d) {
                    row.createCell(c + 1).setCellValue(d);
                } else {
                    row.createCell(c + 1).setCellValue((String) country[c]);
                }
            }
        }
        sheet.createRow(r + 1).createCell(0).setCellValue("§ See footnotes.");
    }
}
