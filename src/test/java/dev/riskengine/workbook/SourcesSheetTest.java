package dev.riskengine.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.model.Provenance;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional Sources sheet gives the provenance of indicator columns, and never an error. */
class SourcesSheetTest {
    @TempDir Path folder;

    Path workbook(Object[][] sources) throws Exception {
        try (Workbook book = new XSSFWorkbook()) {
            rows(book.createSheet("Countries"), new Object[][] {{"ISO3", "Name", "Region"}, {"MLI", "Mali", "Sahel"}});
            rows(book.createSheet("Indicators"), new Object[][] {
                    {"ISO3", "Year", "coastline_km", "military_spending_usd_m"}, {"MLI", 2016.0, 0.0, 480.0}});
            rows(book.createSheet("Borders"), new Object[][] {{"ISO3", "Neighbour", "Length_km"}});
            rows(book.createSheet("Dictionary"), new Object[][] {
                    {"Code", "Name", "Unit", "Min", "Max", "Description", "Source"},
                    {"coastline_km", "Coastline", "km", 0.0, 1e6, "", ""},
                    {"military_spending_usd_m", "Military spending", "US$ m", 0.0, 1e6, "", ""}});
            if (sources != null) {
                rows(book.createSheet("Sources"), sources);
            }
            Path file = folder.resolve("w.xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
            return file;
        }
    }

    @Test
    void columnSourcesAndImportsOfIndicatorColumnsInDictionaryOrder() throws Exception {
        Path file = workbook(new Object[][] {
                {"Kind", "Sheet", "Column", "Reasoning or note", "Source", "File", "Edition", "Imported (UTC)"},
                {"Column source", "Indicators", "military_spending_usd_m", "", "SIPRI, sheet Current US$"},
                {"Column source", "Countries", "Population", "", "UN"},
                {"Judgment", "Indicators", "coastline_km", "why", "Analyst"},
                {"Import", "Indicators", "military_spending_usd_m", "22 filled", "milex.xlsx (SIPRI 2025)", "milex.xlsx",
                        "SIPRI 2025", "2026-11-25T06:19:00Z"},
                {"Column source", "Indicators", "coastline_km", "", "CIA World Factbook"},
                {"Column source", "Indicators", "not_in_the_dictionary", "", "?"}});

        IndicatorWorkbook read = new WorkbookReader().read(file);

        assertThat(read.provenance()).containsExactly(
                new Provenance("coastline_km", "CIA World Factbook", null, null, null),
                new Provenance("military_spending_usd_m", "SIPRI, sheet Current US$", null, null, null),
                new Provenance("military_spending_usd_m", "milex.xlsx (SIPRI 2025)", "milex.xlsx", "SIPRI 2025",
                        "2026-11-25T06:19:00Z"));
    }

    @Test
    void aSourcesSheetOfFreeNotesOrNoneGivesNoProvenanceAndNoProblem() throws Exception {
        assertThat(new WorkbookReader().read(workbook(null)).provenance()).isEmpty();
        assertThat(new WorkbookReader().read(workbook(new Object[][] {{"My notes"}, {"SIPRI for military spending"}}))
                .provenance()).isEmpty();
    }

    private static void rows(Sheet sheet, Object[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] instanceof String s) {
                    row.createCell(c).setCellValue(s);
                } else if (rows[r][c] instanceof Double d) {
                    row.createCell(c).setCellValue(d);
                }
            }
        }
    }
}
