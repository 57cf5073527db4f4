package dev.riskengine.workbook;

import static dev.riskengine.workbook.Reading.onlyProblem;
import static dev.riskengine.workbook.Reading.problem;
import static dev.riskengine.workbook.Reading.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test per defect an analyst can put in a workbook: each names the cell, what was there, what was expected. */
class WorkbookDefectsTest {
    private static final String VALUE_EXPECTED = "a number, a range such as 6000-7000, or a blank cell";
    private static final String LISTED_COUNTRY = "a country listed on the Countries sheet";

    @TempDir
    Path folder;

    // ---- sheets and headers

    @Test
    void missingSheet() throws Exception {
        Path file = TestWorkbook.valid().removeSheet("Borders").writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Borders",
                "no sheet \"Borders\" (sheets: \"Countries\", \"Indicators\", \"Dictionary\")",
                "a sheet named \"Borders\""));
    }

    @Test
    void missingDictionarySheetDoesNotBlameEveryIndicatorColumn() throws Exception {
        Path file = TestWorkbook.valid().removeSheet("Dictionary").writeTo(folder);

        assertThat(onlyProblem(file).address()).isEqualTo("Dictionary");
    }

    @Test
    void missingCountriesSheetDoesNotBlameEveryCountry() throws Exception {
        Path file = TestWorkbook.valid().removeSheet("Countries").writeTo(folder);

        assertThat(onlyProblem(file).address()).isEqualTo("Countries");
    }

    @Test
    void sheetPresentTwiceUnderNearlyEqualNames() throws Exception {
        Path file = TestWorkbook.valid().sheet("countries ", TestWorkbook.row("ISO3")).writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Countries",
                "sheets \"Countries\" and \"countries \"", "one sheet named \"Countries\""));
    }

    @Test
    void missingHeader() throws Exception {
        Path file = TestWorkbook.valid().set("Countries", "C1", "Area").writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Countries!1:1",
                "the headers \"ISO3\", \"Name\", \"Area\", \"Population\"", "a header \"Region\""));
    }

    @Test
    void missingYearHeader() throws Exception {
        Path file = TestWorkbook.valid().set("Indicators", "B1", "Yr").writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Indicators!1:1",
                "the headers \"ISO3\", \"Yr\", \"fighters_abroad\", \"government_control_pct\"", "a header \"Year\""));
    }

    @Test
    void emptySheet() throws Exception {
        Path file = TestWorkbook.valid().sheet("Borders").writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Borders", "an empty sheet",
                "a header row with ISO3, Neighbour, Length_km"));
    }

    @Test
    void duplicateHeader() throws Exception {
        Path file = TestWorkbook.valid().set("Countries", "E1", " name").writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Countries!E1",
                "\"name\" a second time (first at Countries!B1)", "each header once"));
    }

    @Test
    void duplicateIndicatorColumn() throws Exception {
        Path file = TestWorkbook.valid().set("Indicators", "E1", "fighters_abroad").set("Indicators", "E2", 7)
                .writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Indicators!E1",
                "\"fighters_abroad\" a second time (first at Indicators!C1)", "each header once"));
    }

    // ---- Countries

    @Test
    void mergedHeaderOverTwoIndicatorColumnsIsALocatedError() throws Exception {
        // given: "fighters_abroad" typed in C1 and merged over C1:D1, the returning fighters in column D
        TestWorkbook book = TestWorkbook.valid().sheet("Indicators",
                TestWorkbook.row("ISO3", "Year", "fighters_abroad", null, "government_control_pct"),
                TestWorkbook.row("MAR", 2024, 1500, 200, 100),
                TestWorkbook.row("DZA", 2024, 170, null, 95),
                TestWorkbook.row("TUN", 2024, 3000, 800, 100));
        book.workbook().getSheet("Indicators").addMergedRegion(new CellRangeAddress(0, 0, 2, 3));
        Path file = book.writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Indicators!C1:D1",
                "the header \"fighters_abroad\" merged over columns C to D, so the 2 values in column D "
                        + "(Indicators!D2:D4) have no indicator code",
                "one header cell per column: unmerge C1:D1 and type each column's indicator code"));
    }

    @Test
    void valuesUnderABlankHeaderHaveNoIndicatorCode() throws Exception {
        Path file = TestWorkbook.valid().set("Indicators", "F3", 42).writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Indicators!F1",
                "a blank header above the value in column F (Indicators!F3)",
                "an indicator code for column F (or no values under a blank header)"));
    }

    @Test
    void duplicateCountry() throws Exception {
        Path file = TestWorkbook.valid().append("Countries", "MAR", "Morocco", "Maghreb").writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Countries!A5",
                "\"MAR\" a second time (first at Countries!A2)", "each country once"));
    }

    @Test
    void iso3NotThreeLetters() throws Exception {
        Path file = TestWorkbook.valid().append("Countries", "Libya", "Libya", "North Africa").writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Countries!A5", "\"Libya\"",
                "a three-letter ISO3 code such as MAR, or a sub-national unit code such as MLI-06"));
    }

    @Test
    void populationInMillions() throws Exception {
        Path file = TestWorkbook.valid().set("Countries", "D2", 37.1).writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Countries!D2", "\"37.1\"",
                "the population in people, not millions, such as 40400000 for 40.4 million"));
    }

    @Test
    void populationNotAWholeNumber() throws Exception {
        Path file = TestWorkbook.valid().set("Countries", "D2", 37_100_000.5).writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Countries!D2", "\"37100000.5\"",
                "a positive whole number of people, such as 40400000"));
    }

    @Test
    void populationNotPositive() throws Exception {
        Path file = TestWorkbook.valid().set("Countries", "D2", -37_100_000).writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Countries!D2", "\"-37100000\"",
                "a positive whole number of people, such as 40400000"));
    }

    @Test
    void populationAsText() throws Exception {
        Path file = TestWorkbook.valid().set("Countries", "D2", "about 37 million").writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Countries!D2", "\"about 37 million\"",
                "a positive whole number of people, such as 40400000"));
    }

    // ---- Indicators

    @Test
    void duplicateCountryYear() throws Exception {
        Path file = TestWorkbook.valid().append("Indicators", "MAR", 2024, 1600, 100).writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Indicators!A5",
                "MAR 2024 a second time (first in row 2, Indicators!A2)", "one row per country and year"));
    }

    @Test
    void unknownCountryInIndicators() throws Exception {
        Path file = TestWorkbook.valid().append("Indicators", "ESP", 2024, 10, 100).writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Indicators!A5", "\"ESP\"", LISTED_COUNTRY));
    }

    @Test
    void blankCountryInIndicators() throws Exception {
        Path file = TestWorkbook.valid().append("Indicators", null, 2024, 10, 100).writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Indicators!A5", "a blank cell",
                "a three-letter ISO3 code such as MAR, or a sub-national unit code such as MLI-06"));
    }

    @Test
    void columnNotInDictionary() throws Exception {
        Path file = TestWorkbook.valid().set("Indicators", "E1", "refugees").set("Indicators", "E2", 5)
                .writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Indicators!E1", "the column \"refugees\"",
                "an indicator code defined on the Dictionary sheet"));
    }

    @Test
    void nonNumericText() throws Exception {
        Path file = TestWorkbook.valid().set("Indicators", "C2", "abc").writeTo(folder);

        WorkbookProblem problem = onlyProblem(file);

        assertThat(problem).isEqualTo(problem("Indicators!C2", "\"abc\"", VALUE_EXPECTED));
        assertThat(problem.message()).isEqualTo("indicators.xlsx: Indicators!C2: found \"abc\", "
                + "expected a number, a range such as 6000-7000, or a blank cell");
    }

    @Test
    void decimalCommaIsNotGuessed() throws Exception {
        Path file = TestWorkbook.valid().set("Indicators", "D2", "5,3").writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Indicators!D2", "\"5,3\"", VALUE_EXPECTED));
    }

    @Test
    void aDecimalCommaAfterALeadingZeroIsRefusedNotReadAsAThousandTimesTheValue() throws Exception {
        // "0,125" typed as text matched thousands grouped by commas and was read as 125
        Path file = TestWorkbook.valid().set("Indicators", "D2", "0,125").writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Indicators!D2", "\"0,125\"", VALUE_EXPECTED));
    }

    @Test
    void booleanValue() throws Exception {
        Path file = TestWorkbook.valid().set("Indicators", "C2", true).writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Indicators!C2", "\"TRUE\"", VALUE_EXPECTED));
    }

    @Test
    void valueAboveMax() throws Exception {
        Path file = TestWorkbook.valid().set("Indicators", "D2", 120).writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Indicators!D2", "\"120\"",
                "a value from 0 to 100, the Dictionary bounds of government_control_pct"));
    }

    @Test
    void valueBelowMin() throws Exception {
        Path file = TestWorkbook.valid().set("Indicators", "C2", -5).writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Indicators!C2", "\"-5\"",
                "a value of at least 0, the Dictionary bounds of fighters_abroad"));
    }

    @Test
    void rangeHighEndAboveMax() throws Exception {
        Path file = TestWorkbook.valid().set("Indicators", "D2", "90-120").writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Indicators!D2", "\"90-120\"",
                "a value from 0 to 100, the Dictionary bounds of government_control_pct"));
    }

    @Test
    void rangeLowEndBelowMin() throws Exception {
        Path file = TestWorkbook.valid().set("Indicators", "C2", "-10-20").writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Indicators!C2", "\"-10-20\"",
                "a value of at least 0, the Dictionary bounds of fighters_abroad"));
    }

    @Test
    void percentFormattedValueAboveMax() throws Exception {
        Path file = TestWorkbook.valid().formatted("Indicators", "D3", 1.2, "0%").writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Indicators!D3", "\"120%\"",
                "a value from 0 to 100, the Dictionary bounds of government_control_pct"));
    }

    @Test
    void lowAboveHigh() throws Exception {
        Path file = TestWorkbook.valid().set("Indicators", "C2", "7000-6000").writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Indicators!C2",
                "\"7000-6000\", a range whose low end is above its high end",
                "a range written low-high, such as 6000-7000"));
    }

    @Test
    void centralValueOutsideItsRange() throws Exception {
        Path file = TestWorkbook.valid().set("Indicators", "C2", "8000 (6000-7000)").writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Indicators!C2",
                "\"8000 (6000-7000)\", a central value outside its range", "a central value between 6000 and 7000"));
    }

    @Test
    void percentTextForIndicatorNotInPercent() throws Exception {
        Path file = TestWorkbook.valid().set("Indicators", "C2", "5%").writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Indicators!C2", "\"5%\"",
                "a number without % (the Dictionary unit of fighters_abroad is \"count\")"));
    }

    @ParameterizedTest(name = "={0} gives {1}")
    @CsvSource(delimiter = ';', value = {
            "1/0; #DIV/0!",
            "NA(); #N/A",
            "INDEX(C3:C4,5); #REF!",
            "SQRT(-1); #NUM!",
            "\"a\"+1; #VALUE!"})
    void formulaErrorSavedInTheFile(String formula, String error) throws Exception {
        Path file = TestWorkbook.valid().evaluatedFormula("Indicators", "C2", formula).writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Indicators!C2",
                "the formula error " + error + " from =" + formula, VALUE_EXPECTED));
    }

    @Test
    void formulaErrorFoundByEvaluation() throws Exception {
        Path file = TestWorkbook.valid().formula("Indicators", "D2", "D3/(D4-100)").writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Indicators!D2",
                "the formula error #DIV/0! from =D3/(D4-100)", VALUE_EXPECTED));
    }

    @Test
    void errorValueTypedIntoACell() throws Exception {
        TestWorkbook book = TestWorkbook.valid();
        book.workbook().getSheet("Indicators").getRow(1).getCell(2).setCellErrorValue(FormulaError.NA.getCode());
        Path file = book.writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Indicators!C2", "the error #N/A", VALUE_EXPECTED));
    }

    @Test
    void formulaThatCannotBeEvaluated() throws Exception {
        Path file = TestWorkbook.valid().formula("Indicators", "C2", "INFO(\"osversion\")").writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Indicators!C2",
                "the formula =INFO(\"osversion\") with no saved result, which could not be evaluated "
                        + "(the function INFO is not supported here)",
                "a formula with its result saved (open and save the workbook in Excel or LibreOffice) or "
                        + VALUE_EXPECTED));
    }

    @Test
    void yearNotAWholeNumber() throws Exception {
        Path file = TestWorkbook.valid().set("Indicators", "B3", 2024.5).writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Indicators!B3", "\"2024.5\"", "a whole year such as 2024"));
    }

    @Test
    void aYearAfterThisOneIsATypoNotTheYearToAssess() throws Exception {
        // 2061 typed for 2016 became the latest year: the run assessed that one row and called every other unit "Insufficient data"
        int thisYear = java.time.Year.now(java.time.ZoneOffset.UTC).getValue();
        Path file = TestWorkbook.valid().set("Indicators", "B3", thisYear + 1).writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Indicators!B3", "\"" + (thisYear + 1) + "\"", "a year no later than "
                + thisYear + ": indicators record what has happened, so a later year is probably a typo"));
    }

    @Test
    void aYearItsFormatRoundsToAWholeYearNamesTheNumberTheCellHolds() throws Exception {
        Path file = TestWorkbook.valid().formatted("Indicators", "B3", 2016.5, "0").writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Indicators!B3", "\"2017\" (the cell holds 2016.5)",
                "a whole year such as 2024"));
    }

    @Test
    void aValueShownWithinItsBoundsButHeldAboveThemNamesTheNumberHeld() throws Exception {
        Path file = TestWorkbook.valid().formatted("Indicators", "D3", 100.4, "0").writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Indicators!D3", "\"100\" (the cell holds 100.4)",
                "a value from 0 to 100, the Dictionary bounds of government_control_pct"));
    }

    @Test
    void yearAsWords() throws Exception {
        Path file = TestWorkbook.valid().set("Indicators", "B3", "FY 2024").writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Indicators!B3", "\"FY 2024\"", "a whole year such as 2024"));
    }

    @Test
    void yearMissing() throws Exception {
        Path file = TestWorkbook.valid().set("Indicators", "B3", null).writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Indicators!B3", "a blank cell", "a whole year such as 2024"));
    }

    // ---- Borders

    @Test
    void unknownCountryInBorders() throws Exception {
        Path file = TestWorkbook.valid().append("Borders", "ESP", "MAR", 16).writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Borders!A4", "\"ESP\"", LISTED_COUNTRY));
    }

    @Test
    void unknownNeighbour() throws Exception {
        Path file = TestWorkbook.valid().append("Borders", "MAR", "XYZ", 5).writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Borders!B4", "\"XYZ\"",
                "an ISO 3166 alpha-3 country code such as ESP"));
    }

    @Test
    void neighbourIsTheCountryItself() throws Exception {
        Path file = TestWorkbook.valid().append("Borders", "MAR", "mar", 5).writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Borders!B4", "\"MAR\", the country itself",
                "a neighbouring country"));
    }

    @Test
    void borderRowsDisagree() throws Exception {
        Path file = TestWorkbook.valid().append("Borders", "DZA", "MAR", 1900).writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Borders!C4", "1900 km here but 1941 km at Borders!C2",
                "the same length from both sides of the MAR-DZA border"));
    }

    @Test
    void borderEnteredTwiceFromTheSameSide() throws Exception {
        Path file = TestWorkbook.valid().append("Borders", "MAR", "DZA", 1941).writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Borders!A4",
                "\"MAR\" to \"DZA\" a second time (first at Borders!A2)", "each border once, or once from each side"));
    }

    @Test
    void borderEnteredAThirdTime() throws Exception {
        Path file = TestWorkbook.valid().append("Borders", "DZA", "MAR", 1941).append("Borders", "DZA", "MAR", 1941)
                .writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Borders!A5",
                "\"DZA\" to \"MAR\" a second time (first at Borders!A4)", "each border once, or once from each side"));
    }

    @Test
    void borderLengthNotPositive() throws Exception {
        Path file = TestWorkbook.valid().set("Borders", "C2", 0).writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Borders!C2", "\"0\"", "a positive length in km"));
    }

    @Test
    void borderLengthMissing() throws Exception {
        Path file = TestWorkbook.valid().set("Borders", "C3", null).writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Borders!C3", "a blank cell", "a positive length in km"));
    }

    // ---- Dictionary

    @Test
    void duplicateDictionaryCode() throws Exception {
        Path file = TestWorkbook.valid()
                .append("Dictionary", "fighters_abroad", "Fighters abroad", "people", 0, null, "", "")
                .writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Dictionary!A4",
                "\"fighters_abroad\" a second time (first at Dictionary!A2)", "each indicator code once"));
    }

    @Test
    void dictionaryCodeNotLowerSnakeCase() throws Exception {
        Path file = TestWorkbook.valid()
                .append("Dictionary", "ReturningFighters", "Returning fighters", "count", 0, null, "", "")
                .writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Dictionary!A4", "\"ReturningFighters\"",
                "an indicator code in lower_snake_case, such as returning_fighters"));
    }

    @Test
    void dictionaryMinAboveMax() throws Exception {
        Path file = TestWorkbook.valid()
                .append("Dictionary", "returning_fighters", "Returning fighters", "count", 10, 5, "", "")
                .writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Dictionary!E4", "a maximum of 5 below the minimum of 10",
                "Max at least Min"));
    }

    @Test
    void dictionaryMaxBelowMinIsOneProblemNotOneForEveryValueOfItsColumn() throws Exception {
        Path file = TestWorkbook.valid()
                .set("Dictionary", "D2", 100_000)
                .set("Dictionary", "E2", 10)
                .writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Dictionary!E2",
                "a maximum of 10 below the minimum of 100000", "Max at least Min"));
    }

    @Test
    void dictionaryBoundNotANumber() throws Exception {
        Path file = TestWorkbook.valid().set("Dictionary", "D2", "none").writeTo(folder);

        assertThat(onlyProblem(file)).isEqualTo(problem("Dictionary!D2", "\"none\"",
                "a number or a blank cell (no bound)"));
    }

    // ---- all together

    @Test
    void collectsSeveralErrorsAtOnce() throws Exception {
        Path file = TestWorkbook.valid()
                .set("Indicators", "C2", "abc")
                .set("Indicators", "D3", 120)
                .append("Countries", "MAR", "Morocco", "Maghreb")
                .append("Borders", "MAR", "XYZ", 5)
                .append("Dictionary", "fighters_abroad", "Fighters abroad", "people", 0, null, "", "")
                .sheet("Notes", TestWorkbook.row("ignored"))
                .writeTo(folder);

        Throwable thrown = catchThrowable(() -> new WorkbookReader().read(file));

        assertThat(problems(file)).containsExactly(
                problem("Dictionary!A4", "\"fighters_abroad\" a second time (first at Dictionary!A2)",
                        "each indicator code once"),
                problem("Countries!A5", "\"MAR\" a second time (first at Countries!A2)", "each country once"),
                problem("Indicators!C2", "\"abc\"", VALUE_EXPECTED),
                problem("Indicators!D3", "\"120\"",
                        "a value from 0 to 100, the Dictionary bounds of government_control_pct"),
                problem("Borders!B4", "\"XYZ\"", "an ISO 3166 alpha-3 country code such as ESP"));
        assertThat(thrown).hasMessage(String.join("\n", problems(file).stream().map(WorkbookProblem::message).toList()));
        assertThat(thrown.getMessage().lines()).hasSize(5).allMatch(line -> line.startsWith("indicators.xlsx: "));
    }
}
