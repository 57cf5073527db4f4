package dev.riskengine.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.workbook.WorkbookReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A figure of a published table is imported only when it is a number as a reader of the table
 * would read it: text that Java's number parser happens to accept but a person would not ("5,3",
 * "12f", "NaN", "Infinity") and a formula with no saved result are never written as a figure.
 */
class SourceNumberTest {
    private static final Instant NOW = Instant.parse("2026-11-25T06:19:00Z");

    @TempDir Path folder;
    Path workbook;
    final IndicatorImporter importer = new IndicatorImporter(Clock.fixed(NOW, ZoneOffset.UTC));

    MappingFile mapping;

    @BeforeEach
    void analystWorkbook() throws Exception {
        workbook = AnalystWorkbook.write(folder);
        mapping = MappingFile.parse("table.yaml", """
                source: A ministry's table
                country: {column: ISO, by: iso3}
                indicators: [{code: military_spending_pct_gdp}]
                """);
    }

    @Test
    void textThatIsNoNumberToAReaderIsUnreadableNotAFigure() throws Exception {
        Path csv = Files.writeString(folder.resolve("table.csv"), """
                ISO,2014,2015,2016
                DZA,"5,3",12f,NaN
                CIV,Infinity,1e999,0x10
                MAR,3.5, 4.25 ,"5"
                DZA,%s,,
                """.formatted("9".repeat(400)), StandardCharsets.UTF_8);

        ImportResult result = importer.run(new TableReader(mapping), new ImportRequest(csv, workbook, Optional.empty(), true, false));

        assertThat(result.source().unreadable()).containsExactly(
                "table.csv:2 column \"2014\" \"5,3\"", "table.csv:2 column \"2015\" \"12f\"",
                "table.csv:2 column \"2016\" \"NaN\"", "table.csv:3 column \"2014\" \"Infinity\"",
                "table.csv:3 column \"2015\" \"1e999\"", "table.csv:3 column \"2016\" \"0x10\"",
                "table.csv:5 column \"2014\" \"%s\"".formatted("9".repeat(400)));
        IndicatorWorkbook read = new WorkbookReader().read(workbook);
        assertThat(SipriImportTest.value(read, "MAR", "military_spending_pct_gdp", 2014)).isEqualTo(3.5, within(1e-9));
        assertThat(SipriImportTest.value(read, "MAR", "military_spending_pct_gdp", 2015)).isEqualTo(4.25, within(1e-9));
        assertThat(SipriImportTest.value(read, "MAR", "military_spending_pct_gdp", 2016)).isEqualTo(5, within(1e-9));
        assertThat(result.changes()).noneMatch(change -> change.source().startsWith("table.csv:2")
                || change.source().startsWith("table.csv:3"));
    }

    @Test
    void aFormulaWithNoSavedResultIsEvaluatedNotReadAsZero() throws Exception {
        Path table = folder.resolve("table.xlsx");
        try (Workbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Data");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("ISO");
            header.createCell(1).setCellValue("2016");
            Row algeria = sheet.createRow(1);
            algeria.createCell(0).setCellValue("DZA");
            algeria.createCell(1).setCellFormula("6.5+0.25");
            try (OutputStream out = Files.newOutputStream(table)) {
                book.write(out);
            }
        }

        importer.run(new TableReader(mapping), new ImportRequest(table, workbook, Optional.empty(), true, false));

        IndicatorWorkbook read = new WorkbookReader().read(workbook);
        assertThat(SipriImportTest.value(read, "DZA", "military_spending_pct_gdp", 2016)).isEqualTo(6.75, within(1e-9));
    }
}
