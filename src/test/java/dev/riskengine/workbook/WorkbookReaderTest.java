package dev.riskengine.workbook;

import static dev.riskengine.workbook.Reading.indicator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.riskengine.model.Border;
import dev.riskengine.model.Country;
import dev.riskengine.model.DataIssue;
import dev.riskengine.model.Indicator;
import dev.riskengine.model.IndicatorDefinition;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.model.IndicatorWorkbook.MissingValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a valid workbook reads as: the facts the rules receive. */
class WorkbookReaderTest {
    @TempDir
    Path folder;

    @Test
    void validWorkbookReadsEverySheet() throws Exception {
        // given
        Path file = TestWorkbook.valid().writeTo(folder);
        // when
        IndicatorWorkbook workbook = Reading.valid(file);
        // then
        assertThat(workbook.source()).isEqualTo(file);
        assertThat(workbook.countries())
                .extracting(Country::getIso3, Country::getName, Country::getRegion, Country::getPopulation,
                        Country::getPopulationCell)
                .containsExactly(tuple("MAR", "Morocco", "North Africa", 37_100_000L, "Countries!D2"),
                        tuple("DZA", "Algeria", "North Africa", 45_600_000L, "Countries!D3"),
                        tuple("TUN", "Tunisia", "North Africa", 12_200_000L, "Countries!D4"));
        assertThat(workbook.dictionary()).containsExactly(
                new IndicatorDefinition("fighters_abroad", "Fighters abroad", "count", 0.0, null,
                        "Citizens who joined jihadist groups abroad", "ICSR"),
                new IndicatorDefinition("government_control_pct", "Government control", "%", 0.0, 100.0,
                        "Share of territory under effective state control", "Analyst estimate"));
        assertThat(workbook.indicators())
                .extracting(Indicator::getIso3, Indicator::getCode, Indicator::getYear, Indicator::getValue,
                        Indicator::getCell)
                .containsExactly(tuple("MAR", "fighters_abroad", 2024, 1500.0, "Indicators!C2"),
                        tuple("MAR", "government_control_pct", 2024, 100.0, "Indicators!D2"),
                        tuple("DZA", "fighters_abroad", 2024, 170.0, "Indicators!C3"),
                        tuple("DZA", "government_control_pct", 2024, 95.0, "Indicators!D3"),
                        tuple("TUN", "fighters_abroad", 2024, 3000.0, "Indicators!C4"),
                        tuple("TUN", "government_control_pct", 2024, 100.0, "Indicators!D4"));
        assertThat(workbook.missing()).isEmpty();
        assertThat(workbook.warnings()).isEmpty();
        assertThat(workbook.latestYear()).contains(2024);
    }

    @Test
    void borderEnteredOnceGivesOneFactPerDirection() throws Exception {
        IndicatorWorkbook workbook = Reading.valid(TestWorkbook.valid().writeTo(folder));

        assertThat(workbook.borders())
                .extracting(Border::getIso3, Border::getNeighbour, Border::getLengthKm, Border::getCell)
                .containsExactly(tuple("MAR", "DZA", 1941.0, "Borders!C2"),
                        tuple("DZA", "MAR", 1941.0, "Borders!C2"),
                        tuple("DZA", "TUN", 1034.0, "Borders!C3"),
                        tuple("TUN", "DZA", 1034.0, "Borders!C3"));
    }

    @Test
    void borderEnteredFromBothSidesKeepsEachSidesCell() throws Exception {
        Path file = TestWorkbook.valid().append("Borders", "DZA", "MAR", 1941).writeTo(folder);

        IndicatorWorkbook workbook = Reading.valid(file);

        assertThat(workbook.borders())
                .extracting(Border::getIso3, Border::getNeighbour, Border::getCell)
                .containsExactly(tuple("MAR", "DZA", "Borders!C2"), tuple("DZA", "MAR", "Borders!C4"),
                        tuple("DZA", "TUN", "Borders!C3"), tuple("TUN", "DZA", "Borders!C3"));
    }

    @Test
    void neighbourOutsideCountriesIsAWarningAndGetsNoFactOfItsOwn() throws Exception {
        Path file = TestWorkbook.valid().append("Borders", "MAR", "ESP", 16).writeTo(folder);

        IndicatorWorkbook workbook = Reading.valid(file);

        assertThat(workbook.borders()).extracting(Border::getIso3, Border::getNeighbour)
                .contains(tuple("MAR", "ESP"))
                .doesNotContain(tuple("ESP", "MAR"));
        assertThat(workbook.warnings()).containsExactly(DataIssue.warning("MAR", "Borders!B4",
                "ESP is not on the Countries sheet: not assessed, so no spillover from it"));
    }

    @Test
    void neighbourOnCountriesButUnknownToIsoIsAccepted() throws Exception {
        Path file = TestWorkbook.valid()
                .append("Countries", "XKX", "Kosovo", "Balkans", 1_600_000)
                .append("Borders", "DZA", "XKX", 1).writeTo(folder);

        assertThat(Reading.valid(file).borders()).extracting(Border::getIso3, Border::getNeighbour)
                .contains(tuple("DZA", "XKX"), tuple("XKX", "DZA"));
    }

    @Test
    void blankCellIsMissingNotZero() throws Exception {
        Path file = TestWorkbook.valid().set("Indicators", "C3", null).writeTo(folder);

        IndicatorWorkbook workbook = Reading.valid(file);

        assertThat(workbook.missing()).containsExactly(new MissingValue("DZA", "fighters_abroad", 2024, "Indicators!C3"));
        assertThat(workbook.indicators()).noneMatch(i -> i.getIso3().equals("DZA") && i.getCode().equals("fighters_abroad"));
    }

    @Test
    void cellHoldingOnlySpacesIsMissing() throws Exception {
        Path file = TestWorkbook.valid().set("Indicators", "D4", " \u00A0  ").writeTo(folder);

        assertThat(Reading.valid(file).missing())
                .containsExactly(new MissingValue("TUN", "government_control_pct", 2024, "Indicators!D4"));
    }

    @Test
    void countryWithoutRowForAYearIsMissingThatYear() throws Exception {
        Path file = TestWorkbook.valid().append("Indicators", "MAR", 2023, 1400, 100).writeTo(folder);

        IndicatorWorkbook workbook = Reading.valid(file);

        assertThat(workbook.missingOf(2023)).containsExactly(
                new MissingValue("DZA", "fighters_abroad", 2023, null),
                new MissingValue("DZA", "government_control_pct", 2023, null),
                new MissingValue("TUN", "fighters_abroad", 2023, null),
                new MissingValue("TUN", "government_control_pct", 2023, null));
        assertThat(workbook.missingOf(2024)).isEmpty();
        assertThat(workbook.years()).containsExactly(2023, 2024);
    }

    @Test
    void sheetAndHeaderNamesIgnoreCaseAndSpaces() throws Exception {
        Path file = TestWorkbook.valid()
                .set("Countries", "A1", "  iso3 ")
                .set("Borders", "C1", "LENGTH_KM")
                .set("Dictionary", "E1", "\u00A0max")
                .set("Dictionary", "A1", "  code   ")
                .set("Indicators", "C1", " Fighters_Abroad ")
                .renameSheet("Countries", " countries ")
                .renameSheet("Indicators", "INDICATORS")
                .renameSheet("Dictionary", "dictionary")
                .writeTo(folder);

        IndicatorWorkbook workbook = Reading.valid(file);

        assertThat(workbook.countries()).hasSize(3);
        assertThat(indicator(workbook, "MAR", "fighters_abroad", 2024).getCell()).isEqualTo("INDICATORS!C2");
        assertThat(workbook.borders()).hasSize(4);
    }

    @Test
    void otherSheetsAreIgnored() throws Exception {
        Path file = TestWorkbook.valid()
                .sheet("Notes", TestWorkbook.row("anything", "#not a number"), TestWorkbook.row(1, 2))
                .writeTo(folder);

        assertThat(Reading.valid(file).indicators()).hasSize(6);
    }

    @Test
    void emptyRowsAreSkipped() throws Exception {
        Path file = TestWorkbook.valid()
                .append("Indicators", "  ", null, " ")
                .append("Indicators", "MAR", 2023, 1400, 100)
                .set("Countries", "A6", "ESP").set("Countries", "A5", "  ").set("Countries", "A6", null)
                .writeTo(folder);

        IndicatorWorkbook workbook = Reading.valid(file);

        assertThat(indicator(workbook, "MAR", "fighters_abroad", 2023).getCell()).isEqualTo("Indicators!C6");
        assertThat(workbook.countries()).hasSize(3);
    }

    @Test
    void headerRowBelowATitle() throws Exception {
        Path file = TestWorkbook.valid()
                .sheet("Borders",
                        TestWorkbook.row("Land borders, CIA World Factbook"),
                        TestWorkbook.row(),
                        TestWorkbook.row("ISO3", "Neighbour", "Length_km"),
                        TestWorkbook.row("MAR", "DZA", 1941))
                .writeTo(folder);

        assertThat(Reading.valid(file).borders()).extracting(Border::getCell).containsOnly("Borders!C4");
    }

    @Test
    void populationMayBeLeftOut() throws Exception {
        Path file = TestWorkbook.valid().set("Countries", "D3", null).writeTo(folder);

        assertThat(Reading.valid(file).countries()).extracting(Country::getPopulation)
                .containsExactly(37_100_000L, null, 12_200_000L);
    }

    @Test
    void populationColumnIsOptional() throws Exception {
        Path file = TestWorkbook.valid()
                .set("Countries", "D1", null).set("Countries", "D2", null)
                .set("Countries", "D3", null).set("Countries", "D4", null)
                .writeTo(folder);

        assertThat(Reading.valid(file).countries()).extracting(Country::getPopulation, Country::getPopulationCell)
                .containsOnly(tuple(null, null));
    }

    @Test
    void populationWithThousandsSeparators() throws Exception {
        Path file = TestWorkbook.valid().set("Countries", "D2", "37,100,000").writeTo(folder);

        assertThat(Reading.valid(file).countries().get(0).getPopulation()).isEqualTo(37_100_000L);
    }

    @Test
    void iso3IsUpperCased() throws Exception {
        Path file = TestWorkbook.valid()
                .set("Countries", "A2", "mar").set("Indicators", "A2", "Mar").set("Borders", "A2", "mar")
                .writeTo(folder);

        IndicatorWorkbook workbook = Reading.valid(file);

        assertThat(workbook.countries().get(0).getIso3()).isEqualTo("MAR");
        assertThat(indicator(workbook, "MAR", "fighters_abroad", 2024).getValue()).isEqualTo(1500.0);
        assertThat(workbook.borders().get(0).getIso3()).isEqualTo("MAR");
    }

    @Test
    void dictionaryCodeWithoutColumnIsAWarning() throws Exception {
        Path file = TestWorkbook.valid()
                .append("Dictionary", "returning_fighters", "Returning fighters", "count", 0, null, "", "")
                .writeTo(folder);

        assertThat(Reading.valid(file).warnings()).containsExactly(DataIssue.warning(null, "Dictionary!A4",
                "the Dictionary defines returning_fighters but the Indicators sheet has no column for it"));
    }

    @Test
    void percentFormattedCellForIndicatorNotInPercentIsReadAsStoredWithAWarning() throws Exception {
        Path file = TestWorkbook.valid().formatted("Indicators", "C2", 0.5, "0%").writeTo(folder);

        IndicatorWorkbook workbook = Reading.valid(file);

        assertThat(indicator(workbook, "MAR", "fighters_abroad", 2024).getValue()).isEqualTo(0.5);
        assertThat(workbook.warnings()).containsExactly(DataIssue.warning("MAR", "Indicators!C2",
                "the cell shows 50% but the Dictionary unit of fighters_abroad is not %; read as 0.5"));
    }

    @Test
    void xlsWorkbookOpens() throws Exception {
        Path file = TestWorkbook.validXls().formatted("Indicators", "D3", 0.95, "0%").writeTo(folder);

        IndicatorWorkbook workbook = Reading.valid(file);

        assertThat(file.getFileName().toString()).endsWith(".xls");
        assertThat(workbook.indicators()).hasSize(6);
        assertThat(indicator(workbook, "DZA", "government_control_pct", 2024).getValue()).isEqualTo(95.0);
    }
    @Test
    void aHiddenIndicatorsSheetIsReadWithAWarningThatSaysSoWhicheverWayTheWorkbookIsWalked() throws Exception {
        // a reworked copy beside a hidden original: the tab one sees was not the one assessed, in silence
        for (CellWalk walk : List.of(CellWalk.IN_MEMORY, CellWalk.STREAMING)) {
            Path file = TestWorkbook.valid().hide("Indicators").writeTo(Files.createDirectories(folder.resolve(walk.name())));

            IndicatorWorkbook workbook = new WorkbookReader(walk).read(file);

            assertThat(workbook.indicators()).as(walk.name()).isNotEmpty();
            assertThat(workbook.warnings()).as(walk.name()).contains(DataIssue.warning(null, "Indicators",
                    "sheet \"Indicators\" is hidden in the workbook, and its cells are read all the same: unhide it to"
                            + " see what is assessed"));
        }
    }

    @Test
    void aHiddenSheetOfAnXlsWorkbookIsWarnedAboutToo() throws Exception {
        Path file = TestWorkbook.validXls().hide("Borders").writeTo(folder);

        assertThat(new WorkbookReader().read(file).warnings()).extracting(DataIssue::address).contains("Borders");
    }

    @Test
    void aHiddenSheetTheEngineDoesNotReadGivesNoWarning() throws Exception {
        Path file = TestWorkbook.valid().sheet("Notes", TestWorkbook.row("a")).hide("Notes").writeTo(folder);

        assertThat(new WorkbookReader().read(file).warnings()).isEmpty();
    }
}
