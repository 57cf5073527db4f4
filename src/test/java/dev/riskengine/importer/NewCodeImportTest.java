package dev.riskengine.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.riskengine.model.IndicatorDefinition;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.workbook.WorkbookReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A code the workbook does not know is added only when the analyst says so (--new-code); a misspelt one is refused. */
class NewCodeImportTest {
    @TempDir Path folder;
    Path workbook;
    Path csv;
    final IndicatorImporter importer = new IndicatorImporter(
            Clock.fixed(Instant.parse("2026-11-25T06:19:00Z"), ZoneOffset.UTC));

    @BeforeEach
    void files() throws Exception {
        workbook = AnalystWorkbook.write(folder);
        csv = TableImportTest.wdiCsv(folder);
    }

    static MappingFile wdiMappingFilling(String code) throws ImportException {
        return MappingFile.parse("wdi.yaml", """
                source: World Bank World Development Indicators
                country: {column: Country Code, by: iso3}
                indicators:
                  - where: {Indicator Code: MS.MIL.XPND.GD.ZS}
                    code: %s
                """.formatted(code));
    }

    @Test
    void aMisspeltCodeIsRefusedAtItsLineWithTheClosestCodesAndTheWorkbookIsUntouched() throws Exception {
        byte[] before = Files.readAllBytes(workbook);

        ImportException refused = catchThrowableOfType(() -> importer.run(
                new TableReader(wdiMappingFilling("militray_spending_pct_gdp")),
                new ImportRequest(csv, workbook, Optional.empty(), false, false)), ImportException.class);

        assertThat(refused.lines()).containsExactly("wdi.yaml:5: indicators[1].code: \"militray_spending_pct_gdp\""
                + " is not in the Dictionary of indicators.xlsx (did you mean military_spending_pct_gdp or"
                + " military_spending_usd_m?); to add it as a new indicator, give --new-code militray_spending_pct_gdp");
        assertThat(Files.readAllBytes(workbook)).isEqualTo(before);
    }

    @Test
    void aCodeOfTheDefaultSetIsAddedWithoutBeingAskedFor() throws Exception {
        // military_spending_usd_m is not in this workbook's Dictionary, but the shipped rules read it
        ImportResult result = importer.run(new TableReader(wdiMappingFilling("military_spending_usd_m")),
                new ImportRequest(csv, workbook, Optional.empty(), false, true));

        assertThat(result.changes()).isNotEmpty();
    }

    @Test
    void aNewCodeNamedWithNewCodeGetsItsColumnAndDictionaryRow() throws Exception {
        importer.run(new TableReader(wdiMappingFilling("military_burden_pct")),
                new ImportRequest(csv, workbook, Optional.empty(), false, false, Set.of("military_burden_pct")));

        IndicatorWorkbook read = new WorkbookReader().read(workbook);
        assertThat(read.dictionary()).extracting(IndicatorDefinition::code).contains("military_burden_pct");
        assertThat(SipriImportTest.value(read, "DZA", "military_burden_pct", 2016)).isEqualTo(6.5461, within(1e-9));
    }

    @Test
    void aNewCodeTheMappingDoesNotFillIsRefused() throws Exception {
        ImportException refused = catchThrowableOfType(() -> importer.run(
                new TableReader(wdiMappingFilling("military_burden_pct")),
                new ImportRequest(csv, workbook, Optional.empty(), false, true, Set.of("military_burden"))),
                ImportException.class);

        assertThat(refused.lines()).contains(
                "--new-code military_burden: the mapping fills no such code (it fills: military_burden_pct)");
    }
}
