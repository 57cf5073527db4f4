package dev.riskengine.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.workbook.WorkbookReader;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SIPRI 2025 edition against the shipped sample, whose military figures were taken from it:
 * importing into a copy must change nothing, and into a copy with those columns blanked must
 * give back the sample's figures. Skipped where the SIPRI file is not next to the project.
 */
class RealSipriImportTest {
    static final Path SIPRI = Path.of("..", "shared", "data", "real", "SIPRI-Milex-data-1949-2025.xlsx");
    static final Path SAMPLE = Path.of("inputs", "indicators.xlsx");

    @TempDir Path folder;
    Path copy;

    @BeforeEach
    void copyTheSample() throws Exception {
        assumeTrue(Files.isRegularFile(SIPRI), "the SIPRI workbook is not available here");
        copy = Files.copy(SAMPLE, folder.resolve("indicators.xlsx"));
    }

    @Test
    void importingIntoTheSampleChangesNothing() throws Exception {
        ImportResult result = new IndicatorImporter().run(TableReader.sipri(),
                new ImportRequest(SIPRI, copy, Optional.empty(), false, false));

        assertThat(result.changes()).isEmpty();
        // 11 countries x 3 years x 2 codes, less SIPRI's "..." for Libya 2015-2016 and Niger 2015
        assertThat(result.unchanged()).isEqualTo(60);
        assertThat(result.written()).isFalse();
        assertThat(result.unmatchedNames()).containsExactly("Kosovo");
    }

    @Test
    void importingIntoABlankedCopyGivesBackTheSampleFigures() throws Exception {
        IndicatorWorkbook sample = new WorkbookReader().read(SAMPLE);
        blankMilitaryColumns(copy);

        ImportResult result = new IndicatorImporter().run(TableReader.sipri(),
                new ImportRequest(SIPRI, copy, Optional.of(new YearRange(2014, 2016)), false, false));

        assertThat(result.count(CellChange.Kind.FILL)).isEqualTo(60);
        IndicatorWorkbook imported = new WorkbookReader().read(copy);
        for (var indicator : sample.indicators()) {
            if (indicator.getCode().startsWith("military_spending")) {
                double importedValue = SipriImportTest.value(imported, indicator.getIso3(), indicator.getCode(),
                        indicator.getYear());
                double precision = indicator.getCode().endsWith("usd_m") ? 0.05 : 0.005;
                assertThat(importedValue).as(indicator.getCell()).isCloseTo(indicator.getValue(),
                        org.assertj.core.data.Offset.offset(precision + 1e-9));
            }
        }
        assertThat(imported.missing()).anyMatch(m -> m.iso3().equals("LBY") && m.year() == 2016);
    }

    private static void blankMilitaryColumns(Path file) throws Exception {
        try (Workbook book = AnalystWorkbook.open(file)) {
            Sheet indicators = book.getSheet("Indicators");
            Row header = indicators.getRow(0);
            for (int c = 0; c < header.getLastCellNum(); c++) {
                if (header.getCell(c).getStringCellValue().startsWith("military_spending")) {
                    for (int r = 1; r <= indicators.getLastRowNum(); r++) {
                        if (indicators.getRow(r) != null && indicators.getRow(r).getCell(c) != null) {
                            indicators.getRow(r).getCell(c).setBlank();
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
    }
}
