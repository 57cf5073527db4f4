package dev.riskengine.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.riskengine.generate.GenerateRequest;
import dev.riskengine.generate.WorkbookGenerator;
import dev.riskengine.model.Border;
import dev.riskengine.model.Country;
import dev.riskengine.model.Indicator;
import dev.riskengine.model.IndicatorWorkbook;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shortcuts the streaming walk takes for every cell give what POI's general code gives. */
class StreamingCellTest {
    @TempDir Path folder;

    @Test
    void everyColumnOfACellReferenceIsReadAsPoiReadsIt() {
        for (int column = 0; column <= 16_383; column++) { // A to XFD, Excel's last column
            String reference = CellReference.convertNumToColString(column) + (column % 1000 + 1);

            assertThat(CellLocation.column(reference)).as(reference).isEqualTo(column);
        }
    }

    @Test
    void unusualReferencesAreLeftToPoi() {
        assertThat(CellLocation.column("$C$7")).isEqualTo(2);
        assertThat(CellLocation.column("c7")).isEqualTo(new CellReference("c7").getCol());
    }

    @Test
    void aNumberIsShownOnlyWhenAskedAndThenAsExcelShowsIt() {
        DataFormatter formatter = new DataFormatter();
        CellNumberFormat general = new CellNumberFormat((short) 0, null, formatter);
        CellNumberFormat percent = new CellNumberFormat((short) 0xa, "0.00%", formatter);

        assertThat(general.isPercent()).isFalse();
        assertThat(general.show(1234.5)).isEqualTo(formatter.formatRawCellContents(1234.5, 0, "General"));
        assertThat(general.show(2024.0)).isEqualTo("2024");
        assertThat(percent.isPercent()).isTrue();
        assertThat(percent.show(0.053)).isEqualTo("5.30%");
        assertThat(new CellContent.Numeric(new CellLocation("Indicators", 1, 3), 0.053, percent).found())
                .isEqualTo("\"5.30%\"");
    }

    @Test
    void aUnitCodeOrRegionIsOneStringWhereverTheStreamedWorkbookRepeatsIt() throws Exception {
        // given: inline strings, so every cell's text is read as a new string
        Path file = folder.resolve("grid.xlsx");
        new WorkbookGenerator().generate(new GenerateRequest(500, 1, 2024, 3, 0.2, 0.05, file));

        // when
        IndicatorWorkbook workbook = new WorkbookReader(CellWalk.STREAMING).read(file);

        // then: indicators and borders hold the Countries sheet's own string of each code
        Map<String, Country> countries = workbook.countries().stream()
                .collect(Collectors.toMap(Country::getIso3, Function.identity()));
        for (Indicator indicator : workbook.indicators()) {
            assertThat(indicator.getIso3()).isSameAs(countries.get(indicator.getIso3()).getIso3());
        }
        for (Border border : workbook.borders()) {
            assertThat(border.getIso3()).isSameAs(countries.get(border.getIso3()).getIso3());
            assertThat(border.getNeighbour()).isSameAs(countries.get(border.getNeighbour()).getIso3());
        }
        assertThat(workbook.indicators()).isNotEmpty();
        assertThat(workbook.borders()).isNotEmpty();
        // and a region is one string for all its units
        Map<String, String> regions = new HashMap<>();
        for (Country country : workbook.countries()) {
            assertThat(country.getRegion()).isSameAs(regions.computeIfAbsent(country.getRegion(), first -> first));
        }
        assertThat(regions.size()).isLessThan(workbook.countries().size());
    }
}
