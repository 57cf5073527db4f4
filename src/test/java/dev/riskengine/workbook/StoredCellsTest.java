package dev.riskengine.workbook;

import static dev.riskengine.workbook.Reading.problem;
import static dev.riskengine.workbook.Reading.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.model.IndicatorWorkbook.MissingValue;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cells as other programs than Excel store them (openpyxl, pandas, R, hand-made XML): an empty
 * saved formula result, an empty number, NaN and infinities. Each reads the same whole and
 * streamed, and none reads as a number it does not hold.
 */
class StoredCellsTest {
    private static final String VALUE_EXPECTED = IndicatorValueParser.EXPECTED;

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<c r=\"C2\"><f>2+3</f><v></v></c>", "<c r=\"C2\"><f>2+3</f><v/></c>",
            "<c r=\"C2\" t=\"n\"><f>2+3</f><v></v></c>"})
    void formulaWithEmptyCachedResultIsEvaluatedNotZero(String xml) throws Exception {
        Path file = TestWorkbook.valid().rawCell("Indicators", "C2", xml).writeTo(folder);

        IndicatorWorkbook workbook = new WorkbookReader(CellWalk.IN_MEMORY).read(file);

        assertThat(Reading.indicator(workbook, "MAR", "fighters_abroad", 2024).getValue()).isEqualTo(5);
    }

    @Test
    void formulaWithEmptyCachedResultIsALocatedErrorWhenStreamed() throws Exception {
        Path file = TestWorkbook.valid().rawCell("Indicators", "C2", "<c r=\"C2\"><f>2+3</f><v></v></c>")
                .writeTo(folder);

        Throwable thrown = catchThrowable(() -> new WorkbookReader(CellWalk.STREAMING).read(file));

        assertThat(((InvalidWorkbookException) thrown).problems()).containsExactly(problem("Indicators!C2",
                "the formula =2+3 with no saved result, which could not be evaluated ("
                        + StreamingSheetHandler.NOT_EVALUATED + ")", IndicatorValueParser.SAVED_FORMULA_EXPECTED));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NaN", "INF", "-INF", "Infinity", "-Infinity"})
    void numericCellHoldingNanIsALocatedErrorInIndicators(String stored) throws Exception {
        Path file = TestWorkbook.valid()
                .rawCell("Indicators", "C3", "<c r=\"C3\" t=\"n\"><v>" + stored + "</v></c>").writeTo(folder);

        assertThat(problems(file)).containsExactly(problem("Indicators!C3",
                "\"" + stored + "\" (not a finite number)", VALUE_EXPECTED));
    }

    @Test
    void numericCellHoldingNanIsALocatedErrorInBorders() throws Exception {
        Path file = TestWorkbook.valid().rawCell("Borders", "C3", "<c r=\"C3\" t=\"n\"><v>NaN</v></c>").writeTo(folder);

        assertThat(problems(file)).containsExactly(problem("Borders!C3",
                "\"NaN\" (not a finite number)", "a positive length in km"));
    }

    @Test
    void numericCellHoldingNanIsALocatedErrorForAYearAndAPopulation() throws Exception {
        Path file = TestWorkbook.valid()
                .rawCell("Indicators", "B4", "<c r=\"B4\" t=\"n\"><v>NaN</v></c>")
                .rawCell("Countries", "D2", "<c r=\"D2\"><v>INF</v></c>").writeTo(folder);

        assertThat(problems(file)).containsExactly(
                problem("Countries!D2", "\"INF\" (not a finite number)", "a positive whole number of people, such as 40400000"),
                problem("Indicators!B4", "\"NaN\" (not a finite number)", "a whole year such as 2024"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<c r=\"D3\" t=\"n\"><v/></c>", "<c r=\"D3\" t=\"n\"><v></v></c>", "<c r=\"D3\"><v> </v></c>"})
    void emptyNumericValueIsBlankWholeAndStreamed(String xml) throws Exception {
        Path file = TestWorkbook.valid().rawCell("Indicators", "D3", xml).writeTo(folder);

        IndicatorWorkbook workbook = Reading.valid(file); // whole and streamed, which must agree

        assertThat(workbook.indicators()).noneMatch(i -> i.getIso3().equals("DZA")
                && i.getCode().equals("government_control_pct"));
        assertThat(workbook.missing()).containsExactly(
                new MissingValue("DZA", "government_control_pct", 2024, "Indicators!D3"));
    }
}
