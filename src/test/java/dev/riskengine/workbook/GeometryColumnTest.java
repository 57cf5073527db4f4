package dev.riskengine.workbook;

import static dev.riskengine.workbook.Reading.onlyProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.riskengine.model.Country;
import dev.riskengine.model.IndicatorWorkbook;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Countries sheet's optional Geometry column: a unit's outline as WKT, read or refused at its cell. */
class GeometryColumnTest {
    @TempDir Path folder;

    @Test
    void aGeometryColumnGivesTheUnitItsOutlineAndABlankCellNone() throws Exception {
        // given
        Path file = TestWorkbook.valid()
                .set("Countries", "E1", "Geometry")
                .set("Countries", "E3", "POLYGON((2 30, 8 30, 8 36, 2 36, 2 30), (4 32, 5 32, 5 33, 4 32))")
                .writeTo(folder);

        // when
        IndicatorWorkbook workbook = Reading.valid(file);

        // then
        Country algeria = country(workbook, "DZA");
        assertThat(algeria.getOutline().rings()).hasSize(2);
        assertThat(algeria.getOutline().rings().get(0).lat()).containsExactly(30, 30, 36, 36, 30);
        assertThat(algeria.getOutline().rings().get(1).outer()).isFalse();
        assertThat(country(workbook, "MAR").getOutline()).isNull();
    }

    @Test
    void aGeometryThatIsNotWktIsRefusedAtItsCell() throws Exception {
        // given: a place described in words where an outline belongs
        Path file = TestWorkbook.valid()
                .set("Countries", "E1", "Geometry")
                .set("Countries", "E3", "around Algiers")
                .writeTo(folder);

        // when
        WorkbookProblem problem = onlyProblem(file);

        // then
        assertThat(problem.address()).isEqualTo("Countries!E3");
        assertThat(problem.found()).contains("around Algiers");
        assertThat(problem.expected()).startsWith("a POLYGON or MULTIPOLYGON in WKT")
                .contains("such as POLYGON((1 14, 4 14, 4 17, 1 17, 1 14))");
    }

    private static Country country(IndicatorWorkbook workbook, String iso3) {
        return workbook.countries().stream().filter(c -> c.getIso3().equals(iso3)).findFirst().orElseThrow();
    }
}
