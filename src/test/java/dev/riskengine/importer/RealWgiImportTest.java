package dev.riskengine.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.riskengine.model.Indicator;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.workbook.WorkbookReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's governance columns against the Worldwide Governance Indicators, 2020 update, from
 * which `import table` with mappings/wgi.yaml filled them: three figures checked by hand against the
 * file (Estimate and StdErr as stored there, range Estimate ± 1.645 × StdErr, shown to four
 * decimals), and a second import of the published file changing nothing. That one is skipped where
 * the WGI file is not next to the project.
 */
class RealWgiImportTest {
    static final Path WGI = Path.of("..", "shared", "data", "real", "WGI-2020-update-1996-2019.xlsx");

    @TempDir Path folder;

    @Test
    void theSampleHoldsTheWgiFiguresCheckedByHand() throws Exception {
        IndicatorWorkbook sample = new WorkbookReader().read(RealSipriImportTest.SAMPLE);

        // 'Political StabilityNoViolence'!DA72: Estimate -1.097525715827942, DB72: StdErr 0.21260111033916473
        assertRange(sample, "DZA", "political_stability", 2016, -1.0975, -1.4473, -0.7478);
        // 'Political StabilityNoViolence'!CO125: -2.353407144546509, CP125: 0.20011305809020996
        assertRange(sample, "LBY", "political_stability", 2014, -2.3534, -2.6826, -2.0242);
        // 'GovernmentEffectiveness'!DA207: -0.22900255024433136, DB207: 0.17110180854797363
        assertRange(sample, "TUN", "government_effectiveness", 2016, -0.229, -0.5105, 0.0525);
        assertThat(sample.indicators()).filteredOn(i -> i.getCode().equals("political_stability")
                || i.getCode().equals("government_effectiveness")).hasSize(66);
    }

    @Test
    void importingThePublishedFileIntoTheSampleChangesNothing() throws Exception {
        assumeTrue(Files.isRegularFile(WGI), "the WGI workbook is not available here");
        Path copy = Files.copy(RealSipriImportTest.SAMPLE, folder.resolve("indicators.xlsx"));

        ImportResult result = new IndicatorImporter().run(new TableReader(MappingFile.read(Path.of("mappings", "wgi.yaml"))),
                new ImportRequest(WGI, copy, Optional.empty(), false, false));

        assertThat(result.changes()).isEmpty();
        assertThat(result.unchanged()).isEqualTo(66); // 11 countries x 3 years x 2 codes
        assertThat(result.unmatchedNames()).isEmpty();
        assertThat(result.source().unreadable()).isEmpty();
        assertThat(result.source().withoutRange()).isEmpty();
    }

    private static void assertRange(IndicatorWorkbook workbook, String iso3, String code, int year, double value,
                                    double low, double high) {
        Indicator indicator = GovernanceImportTest.indicator(workbook, iso3, code, year);
        assertThat(new double[] {indicator.getValue(), indicator.getLow(), indicator.getHigh()}).as(indicator.getCell())
                .containsExactly(new double[] {value, low, high}, within(1e-9));
    }
}
