package dev.riskengine.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.riskengine.model.Border;
import dev.riskengine.model.Country;
import dev.riskengine.model.Indicator;
import dev.riskengine.model.IndicatorWorkbook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The long form (a folder of CSV tables) read through the workbook's validation: the sample
 * written in long form reads back as the workbook reads, and each value the workbook refuses is
 * refused here too, as one line placed by file, line and column.
 */
class LongFormInputTest {
    private static final Path SAMPLE = Path.of("inputs/indicators.xlsx");

    private static final String COUNTRIES = "iso3,name,region,population\nMAR,Morocco,North Africa,35000000\n"
            + "DZA,Algeria,North Africa,40000000\n";
    private static final String BORDERS = "iso3,neighbour,length_km\nMAR,DZA,1900\n";
    private static final String DICTIONARY = "code,name,unit,min,max,description,source\n"
            + "terrorist_attacks,Attacks,count,0,,,\npolitical_stability,Stability,index,-2.5,2.5,,\n"
            + "government_control_pct,Control,%,0,100,,\n";

    @TempDir Path temp;

    @Test
    void sampleWrittenInLongFormReadsBackAsTheWorkbook() throws Exception {
        IndicatorWorkbook wide = new WorkbookReader().read(SAMPLE);
        Path folder = temp.resolve("sample-long");
        new LongFormWriter().write(wide, folder);

        IndicatorWorkbook longForm = new WorkbookReader().read(folder);

        assertThat(longForm.countries()).extracting(Country::getIso3, Country::getName, Country::getRegion,
                Country::getPopulation).containsExactlyElementsOf(wide.countries().stream()
                .map(c -> org.assertj.core.groups.Tuple.tuple(c.getIso3(), c.getName(), c.getRegion(), c.getPopulation()))
                .toList());
        assertThat(longForm.dictionary()).isEqualTo(wide.dictionary());
        assertThat(values(longForm.indicators())).isEqualTo(values(wide.indicators()));
        assertThat(borders(longForm.borders())).isEqualTo(borders(wide.borders()));
        assertThat(missing(longForm)).isEqualTo(missing(wide));
        assertThat(longForm.provenance()).isEqualTo(wide.provenance());
        assertThat(longForm.warnings()).hasSameSizeAs(wide.warnings());
        assertThat(longForm.indicators()).allSatisfy(i -> assertThat(i.getCell()).matches("indicators\\.csv:\\d+ \\(column value\\)"));
    }

    @Test
    void decimalCommaInLongFormIsRefusedAtItsLineAndColumn() throws IOException {
        Path folder = folder("iso3,year,code,value,low,high\nMAR,2016,terrorist_attacks,3,,\n"
                + "DZA,2016,political_stability,\"2,5\",,\n");

        assertThat(messages(folder)).containsExactly("long: indicators.csv:3 (column value): found \"2,5\", expected a "
                + "number (a dot before decimals), or nothing for a missing value");
    }

    @Test
    void anUnquotedOneThousandTwoHundredSplitIntoTwoValuesIsRefusedNotReadAsOne() throws IOException {
        // "MAR,2016,terrorist_attacks,1,200" under a four-column header read as 1 attack, the 200 under no header
        Path folder = folder("iso3,year,code,value\nMAR,2016,terrorist_attacks,1,200\nDZA,2016,terrorist_attacks,7,,\n");

        assertThat(messages(folder)).containsExactly("long: indicators.csv:2 (column 5): found \"200\" past the header's 4 "
                + "columns (a comma inside a value that is not in quotes, as in 1,200?), expected one value per column of "
                + "the header: put such a value in double quotes (\"1,200\") or write it without the comma (1200)");
    }

    @Test
    void aQuotedDecimalCommaAfterALeadingZeroIsRefusedNotReadAsAThousandTimesTheFigure() throws IOException {
        // "0,125" was read as 125, a number of attacks that looks right
        Path folder = folder("iso3,year,code,value,low,high\nMAR,2016,terrorist_attacks,\"0,125\",,\n");

        assertThat(messages(folder)).containsExactly("long: indicators.csv:2 (column value): found \"0,125\", expected a "
                + "number (a dot before decimals), or nothing for a missing value");
    }

    @Test
    void aQuotedOneThousandTwoHundredWithACommaIsReadAsGroupedAndWarnedAboutAtItsLine() throws Exception {
        Path folder = folder("iso3,year,code,value,low,high\nMAR,2016,terrorist_attacks,\"1,200\",,\n");

        IndicatorWorkbook read = new WorkbookReader().read(folder);

        assertThat(read.indicators()).extracting(Indicator::getValue).containsExactly(1200.0);
        assertThat(read.warnings()).extracting(dev.riskengine.model.DataIssue::message).contains(
                "\"1,200\" in terrorist_attacks reads as 1200, but as 1.2 where a comma marks decimals: type 1200 "
                        + "or 1.2 to say which");
    }

    @Test
    void aQuotedOneThousandWithACommaInTheHighColumnIsWarnedAboutAtItsCellAsInTheValueColumn() throws Exception {
        // the value column's "1,200" was warned about, the same text as a range's end was read in silence
        Path folder = folder("iso3,year,code,value,low,high\nMAR,2016,terrorist_attacks,500,100,\"1,000\"\n");

        IndicatorWorkbook read = new WorkbookReader().read(folder);

        assertThat(read.indicators()).extracting(Indicator::getHigh).containsExactly(1000.0);
        assertThat(read.warnings()).filteredOn(w -> w.message().startsWith("\"1,000\"")).singleElement()
                .satisfies(w -> {
                    assertThat(w.address()).isEqualTo("indicators.csv:2 (column high)");
                    assertThat(w.message()).isEqualTo("\"1,000\" in terrorist_attacks reads as 1000, but as 1 where a "
                            + "comma marks decimals: type 1000 or 1 to say which");
                });
    }

    @Test
    void anUnquotedOneThousandTwoHundredSplitIntoTheLowColumnIsRefusedWithTheCommaHint() throws IOException {
        // "1,200,," under the 6-column header reads 1 as the value and 200 as a low end without a high one
        Path folder = folder("iso3,year,code,value,low,high\nMAR,2016,terrorist_attacks,1,200,,\n");

        assertThat(messages(folder)).containsExactly("long: indicators.csv:2 (column low): found \"200\" without the "
                + "range's other end (a comma inside a value that is not in quotes, as in 1,200?), expected both low "
                + "and high, or neither");
    }

    @Test
    void longFormRowsTheWorkbookWouldRefuseAreEachOneLocatedLine() throws IOException {
        Path folder = folder("iso3,year,code,value,low,high\n"
                + "MAR,2016,terrorist_attacks,3,,\n"
                + "MAR,2016,terror_attacks,3,,\n"             // unknown code
                + "MAR,2016,terrorist_attacks,4,,\n"          // the same unit, year and code again
                + "TUN,2016,terrorist_attacks,4,,\n"          // a unit not in countries.csv
                + "DZA,2016,political_stability,NaN,,\n"      // no finite number
                + "DZA,2016,terrorist_attacks,5,6,9\n"        // low above the value
                + "DZA,2015,terrorist_attacks,5,1,\n"         // low without high
                + "DZA,2014,government_control_pct,120,,\n"   // beyond the Dictionary's bounds
                + "DZA,2061,terrorist_attacks,5,,\n"          // a year to come
                + "MAR,2015,political_stability,1.5e400,,\n"); // beyond a double

        assertThat(messages(folder)).containsExactly(
                "long: indicators.csv:3 (column code): found \"terror_attacks\", expected an indicator code defined in dictionary.csv",
                "long: indicators.csv:4 (column iso3): found MAR 2016 terrorist_attacks a second time (first at "
                        + "indicators.csv:2 (column iso3)), expected one row per unit, year and indicator code",
                "long: indicators.csv:5 (column iso3): found \"TUN\", expected a country listed on countries.csv",
                "long: indicators.csv:6 (column value): found \"NaN\" (not a finite number), expected a number (a dot "
                        + "before decimals), or nothing for a missing value",
                "long: indicators.csv:7 (column low): found \"6\", a low end above the value 5, expected low at most "
                        + "value, value at most high",
                "long: indicators.csv:8 (column low): found \"1\" without the range's other end, expected both low and "
                        + "high, or neither",
                "long: indicators.csv:9 (column value): found \"120\", expected a value from 0 to 100, the Dictionary "
                        + "bounds of government_control_pct",
                "long: indicators.csv:10 (column year): found \"2061\", expected a year no later than "
                        + java.time.Year.now(java.time.ZoneOffset.UTC).getValue()
                        + ": indicators record what has happened, so a later year is probably a typo",
                "long: indicators.csv:11 (column value): found \"1.5e400\" (not a finite number), expected a number "
                        + "(a dot before decimals), or nothing for a missing value");
    }

    @Test
    void folderInputMessagesNameItsFilesWhereTheyUsedToNameSheetsOfAWorkbook() throws IOException {
        Path folder = folder("iso3,year,code,value,low,high\nQQQ,2016,terrorist_attacks,3,,\nMAR,2016,nosuch,3,,\n");

        InvalidWorkbookException invalid = (InvalidWorkbookException) org.assertj.core.api.Assertions.catchThrowable(
                () -> new WorkbookReader().read(folder));

        assertThat(invalid.problems()).extracting(WorkbookProblem::message).containsExactly(
                "long: indicators.csv:2 (column iso3): found \"QQQ\", expected a country listed on countries.csv",
                "long: indicators.csv:3 (column code): found \"nosuch\", expected an indicator code defined in dictionary.csv");
        assertThat(dev.riskengine.run.Failure.of(invalid, true).lines())
                .last().isEqualTo("2 problems in the folder: nothing assessed.");
    }

    @Test
    void borderToAUnitOutsideCountriesCsvWarnsNamingTheFileNotTheCountriesSheet() throws Exception {
        Path folder = folder("iso3,year,code,value,low,high\nMAR,2016,terrorist_attacks,3,,\n");
        Files.writeString(folder.resolve("borders.csv"), BORDERS + "MAR,ESP,14\n");

        IndicatorWorkbook read = new WorkbookReader().read(folder);

        assertThat(read.warnings()).extracting(dev.riskengine.model.DataIssue::message)
                .contains("ESP is not on countries.csv: not assessed, so no spillover from it");
    }

    @Test
    void longFormFolderWithoutATableNamesWhatItHolds() throws IOException {
        Path folder = folder("iso3,year,code,value\n");
        Files.delete(folder.resolve("borders.csv"));

        assertThat(messages(folder)).containsExactly("long: found no borders.csv (files: \"countries.csv\", "
                + "\"dictionary.csv\", \"indicators.csv\"), expected a table borders.csv with the columns iso3, "
                + "neighbour, length_km");
    }

    @Test
    void longFormRangeAndBlankValueReadAsTheWorkbookReadsThem() throws Exception {
        Path folder = folder("iso3,year,code,value,low,high\nMAR,2016,terrorist_attacks,\"1,200\",1000,1.5E3\n"
                + "DZA,2016,terrorist_attacks,,,\n");

        IndicatorWorkbook read = new WorkbookReader().read(folder);

        Indicator attacks = Reading.indicator(read, "MAR", "terrorist_attacks", 2016);
        assertThat(List.of(attacks.getValue(), attacks.getLow(), attacks.getHigh())).containsExactly(1200.0, 1000.0, 1500.0);
        assertThat(read.missing()).extracting(IndicatorWorkbook.MissingValue::iso3, IndicatorWorkbook.MissingValue::cell)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DZA", "indicators.csv:3 (column value)"));
    }

    private Path folder(String indicators) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("long"));
        Files.writeString(folder.resolve("countries.csv"), COUNTRIES);
        Files.writeString(folder.resolve("indicators.csv"), indicators);
        Files.writeString(folder.resolve("borders.csv"), BORDERS);
        Files.writeString(folder.resolve("dictionary.csv"), DICTIONARY);
        return folder;
    }

    private static List<String> messages(Path folder) {
        InvalidWorkbookException invalid = (InvalidWorkbookException) org.assertj.core.api.Assertions.catchThrowable(
                () -> new WorkbookReader().read(folder));
        assertThat(invalid).isNotNull();
        return invalid.problems().stream().map(WorkbookProblem::message).toList();
    }

    private static Set<String> values(List<Indicator> indicators) {
        return indicators.stream().map(i -> i.getIso3() + " " + i.getYear() + " " + i.getCode() + " " + i.getValue()
                + " " + i.getLow() + " " + i.getHigh()).collect(Collectors.toSet());
    }

    private static Set<String> borders(List<Border> borders) {
        return borders.stream().map(b -> b.getIso3() + ">" + b.getNeighbour() + " " + b.getLengthKm())
                .collect(Collectors.toSet());
    }

    private static Set<String> missing(IndicatorWorkbook workbook) {
        return workbook.missing().stream().map(m -> m.iso3() + " " + m.year() + " " + m.code() + " " + (m.cell() == null))
                .collect(Collectors.toSet());
    }
}
