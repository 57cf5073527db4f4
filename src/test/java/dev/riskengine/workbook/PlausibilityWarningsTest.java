package dev.riskengine.workbook;

import static dev.riskengine.workbook.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.riskengine.model.DataIssue;
import dev.riskengine.model.Indicator;
import dev.riskengine.model.IndicatorWorkbook;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values that read fine but are probably typed wrong give a warning with their cell (issue case
 * 5), read whole and streamed alike; the value itself stays as read.
 */
class PlausibilityWarningsTest {
    @TempDir
    Path folder;

    @Test
    void populationTypedInThousandsAmongCountriesInPeopleWarns() throws Exception {
        // 11500 for Tunisia's 11.5 million passes as a whole number of people, and every
        // per-capita rule then reads a thousand times too many fighters per million.
        Path file = withCountries(
                row("TUN", "Tunisia", "North Africa", 11_500),
                row("LBY", "Libya", "North Africa", 6_900_000),
                row("EGY", "Egypt", "North Africa", 105_000_000),
                row("MLI", "Mali", "Sahel", 22_000_000),
                row("NER", "Niger", "Sahel", 25_000_000),
                row("MRT", "Mauritania", "Sahel", 4_700_000),
                row("TCD", "Chad", "Sahel", 17_000_000));

        IndicatorWorkbook workbook = Reading.valid(file);

        assertThat(workbook.warnings()).containsExactly(DataIssue.warning("TUN", "Countries!D4",
                "11500 is far outside the other countries' populations (their middle half: 6900000 to 37100000): "
                        + "Population is in people, so is it in thousands, or has it a zero too many or too few?"));
    }

    @Test
    void subNationalUnitsPopulationsSpreadOverOrdersOfMagnitudeDoNotWarn() throws Exception {
        Path file = withCountries(
                row("TUN", "Tunisia", "North Africa", 12_200_000),
                row("MLI-01", "Kayes", "Sahel", 2_500_000),
                row("MLI-02", "Koulikoro", "Sahel", 2_900_000),
                row("MLI-03", "Sikasso", "Sahel", 3_000_000),
                row("MLI-04", "Segou", "Sahel", 2_800_000),
                row("MLI-05", "Mopti", "Sahel", 2_600_000),
                row("MLI-06", "Tombouctou", "Sahel", 900_000),
                row("MLI-07", "Gao", "Sahel", 700_000),
                row("MLI-08", "Kidal", "Sahel", 1_500));

        assertThat(Reading.valid(file).warnings()).isEmpty();
    }

    /** The valid workbook's Morocco and Algeria, then the given units, on the Countries sheet. */
    private Path withCountries(Object[]... units) throws Exception {
        Object[][] rows = new Object[units.length + 3][];
        rows[0] = row("ISO3", "Name", "Region", "Population");
        rows[1] = row("MAR", "Morocco", "North Africa", 37_100_000);
        rows[2] = row("DZA", "Algeria", "North Africa", 45_600_000);
        System.arraycopy(units, 0, rows, 3, units.length);
        return TestWorkbook.valid().sheet("Countries", rows).writeTo(folder);
    }

    @Test
    void fractionInUnformattedCellOfPercentColumnAmongPercentagesWarns() throws Exception {
        Path file = TestWorkbook.valid()
                .set("Indicators", "D2", 5.3).set("Indicators", "D3", 0.0565).set("Indicators", "D4", 12)
                .writeTo(folder);

        IndicatorWorkbook workbook = Reading.valid(file);

        assertThat(workbook.warnings()).containsExactly(DataIssue.warning("DZA", "Indicators!D3",
                "0.0565 in the % column government_control_pct, whose other values are percentages (5.3 to 12): "
                        + "read as 0.0565 %; if it is a fraction meaning 5.65 %, type 5.65 or format the cell as %"));
        assertThat(Reading.indicator(workbook, "DZA", "government_control_pct", 2024).getValue()).isEqualTo(0.0565);
    }

    @Test
    void fractionFormattedAsPercentOrFarBelowTheOthersDoesNotWarn() throws Exception {
        Path file = TestWorkbook.valid()
                .set("Indicators", "D2", 0.3).set("Indicators", "D4", 12)
                .formatted("Indicators", "D3", 0.0565, "0.00%").writeTo(folder);

        assertThat(Reading.valid(file).warnings()).isEmpty();
    }

    @Test
    void textWithAmbiguousThousandsSeparatorInCountColumnWarns() throws Exception {
        Path file = TestWorkbook.valid().set("Indicators", "C3", "1.200").writeTo(folder);

        IndicatorWorkbook workbook = Reading.valid(file);

        assertThat(workbook.warnings()).containsExactly(DataIssue.warning("DZA", "Indicators!C3",
                "\"1.200\" in fighters_abroad reads as 1.2, but as 1200 where a dot groups thousands: "
                        + "type 1200 or 1.2 to say which"));
    }

    @Test
    void textWithOneCommaBeforeThreeDigitsWarnsItMayBeADecimalCommaAThousandTimesSmaller() throws Exception {
        // "1,200" was read as 1200 in silence, though a European analyst types it for 1.2
        Path file = TestWorkbook.valid().set("Indicators", "C3", "1,200").writeTo(folder);

        IndicatorWorkbook workbook = Reading.valid(file);

        assertThat(workbook.indicators()).filteredOn(i -> i.getCell().equals("Indicators!C3"))
                .extracting(i -> i.getValue()).containsExactly(1200.0);
        assertThat(workbook.warnings()).containsExactly(DataIssue.warning("DZA", "Indicators!C3",
                "\"1,200\" in fighters_abroad reads as 1200, but as 1.2 where a comma marks decimals: "
                        + "type 1200 or 1.2 to say which"));
    }

    @Test
    void aRangeTypedWithDotsBeforeThreeDigitsWarnsItMeansAThousandTimesMoreWhereADotGroupsThousands() throws Exception {
        // "1.000-2.000" was read as 1-2 in silence, though a European analyst types it for 1000-2000;
        // a range is always text (Excel holds no range as a number), so it is where the slip lands
        Path file = TestWorkbook.valid().set("Indicators", "C3", "1.000-2.000").writeTo(folder);

        IndicatorWorkbook workbook = Reading.valid(file);

        assertThat(workbook.indicators()).filteredOn(i -> i.getCell().equals("Indicators!C3"))
                .extracting(Indicator::getLow, Indicator::getHigh).containsExactly(tuple(1.0, 2.0));
        assertThat(workbook.warnings()).containsExactly(DataIssue.warning("DZA", "Indicators!C3",
                "\"1.000-2.000\" in fighters_abroad reads as 1-2, but as 1000-2000 where a dot groups thousands: "
                        + "type 1000-2000 or 1-2 to say which"));
    }

    @Test
    void aCentralValueWithItsRangeTypedWithDotsWarnsForEveryNumberThatMayGroupThousands() throws Exception {
        Path file = TestWorkbook.valid().set("Indicators", "C3", "1.500 (1.000-2.250)").writeTo(folder);

        IndicatorWorkbook workbook = Reading.valid(file);

        assertThat(workbook.warnings()).containsExactly(DataIssue.warning("DZA", "Indicators!C3",
                "\"1.500 (1.000-2.250)\" in fighters_abroad reads as 1.5 (1-2.25), but as 1500 (1000-2250) where a "
                        + "dot groups thousands: type 1500 (1000-2250) or 1.5 (1-2.25) to say which"));
    }

    @Test
    void aRangeWithCommasGroupingThousandsIsTheDocumentedFormAndDoesNotWarn() throws Exception {
        Path file = TestWorkbook.valid().set("Indicators", "C3", "1,200-1,500").writeTo(folder);

        IndicatorWorkbook workbook = Reading.valid(file);

        assertThat(workbook.indicators()).filteredOn(i -> i.getCell().equals("Indicators!C3"))
                .extracting(Indicator::getLow, Indicator::getHigh).containsExactly(tuple(1200.0, 1500.0));
        assertThat(workbook.warnings()).isEmpty();
    }

    @Test
    void aDotBeforeThreeDigitsDoesNotWarnWhenAThousandTimesMoreIsBeyondTheDictionaryBounds() throws Exception {
        // WGI's -2.543 on a scale of -4 to 4 cannot mean -2543
        Path file = TestWorkbook.valid().set("Indicators", "C3", "4.500").writeTo(folder);
        Path bounded = TestWorkbook.valid().set("Dictionary", "E2", 4000.0).set("Indicators", "C3", "4.500")
                .writeTo(Files.createDirectories(folder.resolve("bounded")));

        assertThat(Reading.valid(file).warnings()).hasSize(1);
        assertThat(Reading.valid(bounded).warnings()).isEmpty();
    }

    @Test
    void aRangeWhoseEndsCannotBeThousandsDoesNotWarn() throws Exception {
        Path file = TestWorkbook.valid().set("Indicators", "C3", "1.5-2.25").set("Indicators", "C4", "1,200,000-1,300,000.5")
                .writeTo(folder);

        assertThat(Reading.valid(file).warnings()).isEmpty();
    }

    @Test
    void textWithCommasThatCanOnlyGroupThousandsDoesNotWarn() throws Exception {
        Path file = TestWorkbook.valid().set("Indicators", "C3", "1,200,000").set("Indicators", "C4", "1,200.5")
                .writeTo(folder);

        assertThat(Reading.valid(file).warnings()).isEmpty();
    }

    @Test
    void aBorderLengthTypedWithADotGroupingThousandsWarnsInsteadOfWeighingTheNeighbourAsOneKilometre() throws Exception {
        // "1.941" for Morocco-Algeria's 1,941 km read silently as 1.941 km, shrinking the neighbour's spillover weight
        Path file = TestWorkbook.valid().set("Borders", "C2", "1.941").writeTo(folder);

        IndicatorWorkbook workbook = Reading.valid(file);

        assertThat(workbook.warnings()).containsExactly(DataIssue.warning("MAR", "Borders!C2",
                "\"1.941\" in Length_km reads as 1.941, but as 1941 where a dot groups thousands: "
                        + "type 1941 or 1.941 to say which"));
    }

    @Test
    void valueFarOutsideTheColumnsOtherValuesWarns() throws Exception {
        Path file = nineYears(1500, 1400, 1600, 1700, 1300, 1550, 3000, 2900, 31000).writeTo(folder);

        assertThat(Reading.valid(file).warnings()).containsExactly(DataIssue.warning("TUN", "Indicators!C10",
                "31000 is far outside the other values of fighters_abroad (their middle half: 1500 to 2900): "
                        + "a typo, such as a zero too many or too few?"));
    }

    @Test
    void valuesSpreadOverOrdersOfMagnitudeAcrossCountriesDoNotWarn() throws Exception {
        Path file = nineYears(1500, 1400, 1600, 17, 18, 16, 3000, 2900, 3100).writeTo(folder);

        assertThat(Reading.valid(file).warnings()).isEmpty();
    }

    @Test
    void wgiEstimateNearZeroAmongNegativeEstimatesDoesNotWarn() throws Exception {
        // On log10|v| 0.01 sat two decades below -1.2 and was flagged; on WGI's scale they are neighbours.
        Path file = nineYearsOfGovernance(-1.2, -0.9, -1.1, -1.3, -0.8, -1.0, -1.4, -1.2, 0.01, -4.0, 4.0)
                .writeTo(folder);

        assertThat(Reading.valid(file).warnings()).isEmpty();
    }

    @Test
    void wgiEstimateWithALostMinusSignWarnsOnTheValueItself() throws Exception {
        Path file = nineYearsOfGovernance(-1.2, -0.9, -1.1, -1.3, -0.8, -1.0, -1.4, -1.2, 2.3, -4.0, 4.0)
                .writeTo(folder);

        assertThat(Reading.valid(file).warnings()).containsExactly(DataIssue.warning("TUN", "Indicators!E10",
                "2.3 is far outside the other values of political_stability (their middle half: -1.2 to -0.9): "
                        + "a typo, such as a lost minus sign or a misplaced decimal point?"));
    }

    @Test
    void signedColumnWithoutDictionaryBoundsIsJudgedOnItsValues() throws Exception {
        // no Min/Max: the negative values alone say the column is a signed index, its quartiles the spread
        Path file = nineYearsOfGovernance(-2.0, -1.5, -1.0, -0.5, -1.8, -0.7, -1.2, -0.3, 0.02, null, null)
                .writeTo(folder);

        assertThat(Reading.valid(file).warnings()).isEmpty();
    }

    /** political_stability of three countries over three years, in rows 2 to 10, and its Dictionary row. */
    private static TestWorkbook nineYearsOfGovernance(double v1, double v2, double v3, double v4, double v5, double v6,
                                                      double v7, double v8, double v9, Double min, Double max) {
        double[] values = {v1, v2, v3, v4, v5, v6, v7, v8, v9};
        String[] countries = {"MAR", "DZA", "TUN"};
        Object[][] rows = new Object[10][];
        rows[0] = row("ISO3", "Year", "fighters_abroad", "government_control_pct", "political_stability");
        for (int i = 0; i < 9; i++) {
            rows[i + 1] = row(countries[i / 3], 2022 + i % 3, 1500, 100, values[i]);
        }
        return TestWorkbook.valid().sheet("Indicators", rows).append("Dictionary", "political_stability",
                "Political stability (WGI)", "index, higher is better", min, max, "WGI Estimate", "World Bank");
    }

    /** fighters_abroad of three countries over three years, in rows 2 to 10. */
    private static TestWorkbook nineYears(double... fighters) {
        String[] countries = {"MAR", "DZA", "TUN"};
        Object[][] rows = new Object[10][];
        rows[0] = row("ISO3", "Year", "fighters_abroad", "government_control_pct");
        for (int i = 0; i < 9; i++) {
            rows[i + 1] = row(countries[i / 3], 2022 + i % 3, fighters[i], 100);
        }
        return TestWorkbook.valid().sheet("Indicators", rows);
    }
}
