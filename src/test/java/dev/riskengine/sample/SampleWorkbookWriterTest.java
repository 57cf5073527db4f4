package dev.riskengine.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The sample writer still writes the shipped inputs/indicators.xlsx. The shipped file is the
 * writer's output with the governance indicators then imported into it by {@code import table}
 * (from a source file that is not in the project), so every cell the writer writes must be in the
 * shipped file at the same place with the same value and type, and what the import added is only
 * its two indicators' columns and rows. A change to the workbook layout or to the shared header
 * writing that would change the sample shows here.
 */
class SampleWorkbookWriterTest {
    private static final List<String> IMPORTED = List.of("political_stability", "government_effectiveness");
    private static final DataFormatter SHOWN = new DataFormatter();

    @Test
    void everyCellTheWriterWritesIsInTheShippedSampleWorkbookWithTheSameValue() throws IOException {
        try (Workbook written = written(); Workbook shipped = shipped()) {
            List<String> differences = new ArrayList<>();
            for (Sheet sheet : written) {
                Sheet shippedSheet = shipped.getSheet(sheet.getSheetName());
                assertThat(shippedSheet).as("sheet %s", sheet.getSheetName()).isNotNull();
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        Row shippedRow = shippedSheet.getRow(row.getRowNum());
                        Cell shippedCell = shippedRow == null ? null : shippedRow.getCell(cell.getColumnIndex());
                        if (shippedCell == null || shippedCell.getCellType() != cell.getCellType()
                                || !SHOWN.formatCellValue(shippedCell).equals(SHOWN.formatCellValue(cell))) {
                            differences.add(sheet.getSheetName() + "!" + cell.getAddress());
                        }
                    }
                }
            }
            assertThat(differences).as("cells the writer writes that the shipped sample has otherwise").isEmpty();
            assertThat(shipped.getNumberOfSheets()).isEqualTo(written.getNumberOfSheets());
        }
    }

    @Test
    void theShippedSampleAddsOnlyTheImportedGovernanceColumnsToTheWritersIndicatorsHeader() throws IOException {
        try (Workbook written = written(); Workbook shipped = shipped()) {
            List<String> writtenHeader = header(written.getSheet("Indicators"));
            List<String> shippedHeader = header(shipped.getSheet("Indicators"));

            assertThat(shippedHeader).startsWith(writtenHeader.toArray(String[]::new));
            assertThat(shippedHeader.subList(writtenHeader.size(), shippedHeader.size()))
                    .isNotEmpty()
                    .allSatisfy(column -> assertThat(IMPORTED).anySatisfy(code -> assertThat(column).startsWith(code)));
        }
    }

    private static List<String> header(Sheet sheet) {
        List<String> header = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> header.add(SHOWN.formatCellValue(cell)));
        return header;
    }

    private static Workbook written() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SampleWorkbookWriter writer = new SampleWorkbookWriter().build()) {
            writer.write(bytes);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static Workbook shipped() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("inputs/indicators.xlsx"))) {
            return new XSSFWorkbook(in);
        }
    }
}
