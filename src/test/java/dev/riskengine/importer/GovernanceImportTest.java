package dev.riskengine.importer;

import static dev.riskengine.importer.GovernanceWorkbook.NA;
import static dev.riskengine.importer.GovernanceWorkbook.NA_FORMULA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.riskengine.model.DataIssue;
import dev.riskengine.model.Indicator;
import dev.riskengine.model.IndicatorDefinition;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.workbook.WorkbookReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What `import table` needs for a table such as the World Bank's Worldwide Governance Indicators,
 * as general features of mappings: notes above a header of two rows (a year over its sub-columns),
 * one indicator per sheet, a range from two more columns, aliases for codes that are not ISO 3166,
 * and #N/A as missing. Each mismatch between mapping and file is one located line.
 */
class GovernanceImportTest {
    static final int[] YEARS = {2015, 2016};
    static final Set<String> NEW = Set.of("political_stability", "government_effectiveness");

    @TempDir Path folder;
    Path workbook;
    final IndicatorImporter importer = new IndicatorImporter(
            Clock.fixed(Instant.parse("2026-12-04T09:00:00Z"), ZoneOffset.UTC));

    @BeforeEach
    void analystWorkbook() throws Exception {
        workbook = AnalystWorkbook.write(folder);
    }

    /** Algeria and Morocco's figures for 2015 and 2016 as the WGI give them: Estimate, StdErr, NumSrc, Rank, Lower, Upper. */
    static Object[] algeria() {
        return new Object[] {"Algeria", "DZA", -1.09, 0.2, 7, 11.9, 9.05, 21.43, -1.1, 0.21, 7, 12.38, 8.57, 20.0};
    }

    static Object[] morocco() {
        return new Object[] {"Morocco", "MAR", -0.34, 0.2, 8, 33.81, 21.9, 45.24, -0.31, 0.21, 8, 34.29, 22.86, 47.62};
    }

    static GovernanceWorkbook stability(Object[]... countries) {
        return new GovernanceWorkbook().sheet("Political StabilityNoViolence", YEARS, countries);
    }

    static MappingFile mapping(String yaml) throws ImportException {
        return MappingFile.parse("wgi.yaml", yaml);
    }

    /** A mapping of the stability sheet by Code and Estimate; {@code more} adds keys to the table. */
    static MappingFile stabilityMapping(String more) throws ImportException {
        return mapping("""
                source: Governance indicators
                country: {column: Code, by: iso3}
                value_column: Estimate
                %s
                indicators:
                  - code: political_stability
                    sheet: Political Stability*
                """.formatted(more));
    }

    /** A stability sheet with Algeria only, under two sub-columns per year (in 2015: -1.09 and 0.2). */
    static GovernanceWorkbook algeriaUnder(String first, String second) {
        return new GovernanceWorkbook().sheet("Political StabilityNoViolence", new String[] {first, second}, YEARS,
                new Object[] {"Algeria", "DZA", -1.09, 0.2, -1.1, 0.21});
    }

    /** The same without value_column: a mapping written for a header of one row. */
    static MappingFile oneRowMapping(String more) throws ImportException {
        return mapping("""
                source: Governance indicators
                country: {column: Code, by: iso3}
                %s
                indicators:
                  - code: political_stability
                    sheet: Political Stability*
                """.formatted(more));
    }

    ImportResult run(MappingFile mapping, Path source) throws Exception {
        return importer.run(new TableReader(mapping), new ImportRequest(source, workbook, Optional.empty(), false, false,
                Set.of("political_stability")));
    }

    ImportException refused(MappingFile mapping, Path source) {
        return catchThrowableOfType(() -> run(mapping, source), ImportException.class);
    }

    static Indicator indicator(IndicatorWorkbook read, String iso3, String code, int year) {
        return read.indicators().stream()
                .filter(i -> i.getIso3().equals(iso3) && i.getCode().equals(code) && i.getYear() == year)
                .findFirst().orElseThrow(() -> new AssertionError("no " + code + " for " + iso3 + " " + year));
    }

    @Test
    void aHeaderOfTwoRowsUnderNotesTakesEachYearsValueSubColumn() throws Exception {
        Path source = stability(algeria(), morocco()).write(folder);

        ImportResult result = run(stabilityMapping(""), source);

        IndicatorWorkbook read = new WorkbookReader().read(workbook);
        assertThat(SipriImportTest.value(read, "DZA", "political_stability", 2015)).isEqualTo(-1.09, within(1e-9));
        assertThat(SipriImportTest.value(read, "DZA", "political_stability", 2016)).isEqualTo(-1.1, within(1e-9));
        assertThat(SipriImportTest.value(read, "MAR", "political_stability", 2016)).isEqualTo(-0.31, within(1e-9));
        // the legend rows hold "Estimate" in column A, the years row no "Code": neither is the header
        assertThat(result.changes()).extracting(CellChange::source).containsExactly(
                "'Political StabilityNoViolence'!C16", "'Political StabilityNoViolence'!I16",
                "'Political StabilityNoViolence'!C17", "'Political StabilityNoViolence'!I17");
        assertThat(result.source().edition()).isEqualTo(
                "Governance indicators, years 2015-2016, sheet \"Political StabilityNoViolence\"");
    }

    @Test
    void aYearMergedOverItsSubColumnsHeadsEachOfThem() throws Exception {
        Path source = new GovernanceWorkbook().mergedYears()
                .sheet("Political StabilityNoViolence", new String[] {"Rank", "Estimate", "StdErr"}, YEARS,
                        new Object[] {"Algeria", "DZA", 11.9, -1.09, 0.2, 12.38, -1.1, 0.21})
                .write(folder);

        ImportResult result = run(stabilityMapping("range: {plus_minus: StdErr, factor: 1}"), source);

        // 2016 is written once, over F14:H14 (Rank, Estimate, StdErr): its Estimate is column G
        assertThat(result.changes()).extracting(CellChange::source)
                .containsExactly("'Political StabilityNoViolence'!D16", "'Political StabilityNoViolence'!G16");
        Indicator y2016 = indicator(new WorkbookReader().read(workbook), "DZA", "political_stability", 2016);
        assertThat(y2016.getValue()).isEqualTo(-1.1, within(1e-9));
        assertThat(y2016.getLow()).isEqualTo(-1.31, within(1e-9));
    }

    @Test
    void oneIndicatorPerSheetFillsEachCodeFromItsOwnSheet() throws Exception {
        Path source = stability(algeria())
                .sheet("GovernmentEffectiveness", new String[] {"Rank", "NumSrc", "Estimate", "StdErr"}, YEARS,
                        new Object[] {"Algeria", "DZA", 35.1, 9, -0.52, 0.19, 35.6, 9, -0.54, 0.2})
                .write(folder);
        MappingFile mapping = mapping("""
                source: Governance indicators
                country: {column: Code, by: iso3}
                value_column: Estimate
                indicators:
                  - code: political_stability
                    sheet: Political Stability*
                  - code: government_effectiveness
                    sheet: GovernmentEffectiveness
                """);

        ImportResult result = importer.run(new TableReader(mapping),
                new ImportRequest(source, workbook, Optional.empty(), false, false, NEW));

        IndicatorWorkbook read = new WorkbookReader().read(workbook);
        assertThat(SipriImportTest.value(read, "DZA", "political_stability", 2016)).isEqualTo(-1.1, within(1e-9));
        assertThat(SipriImportTest.value(read, "DZA", "government_effectiveness", 2015)).isEqualTo(-0.52, within(1e-9));
        assertThat(SipriImportTest.value(read, "DZA", "government_effectiveness", 2016)).isEqualTo(-0.54, within(1e-9));
        assertThat(result.source().edition()).endsWith("sheets \"Political StabilityNoViolence\" and \"GovernmentEffectiveness\"");
    }

    @Test
    void aRangeFromAStandardErrorIsTheValuePlusOrMinusFactorTimesIt() throws Exception {
        Path source = stability(algeria()).write(folder);

        ImportResult result = run(stabilityMapping("range: {plus_minus: StdErr, factor: 1.645}"), source);

        Indicator y2016 = indicator(new WorkbookReader().read(workbook), "DZA", "political_stability", 2016);
        assertThat(y2016.getValue()).isEqualTo(-1.1, within(1e-9));
        assertThat(y2016.getLow()).isEqualTo(-1.1 - 1.645 * 0.21, within(1e-4));
        assertThat(y2016.getHigh()).isEqualTo(-1.1 + 1.645 * 0.21, within(1e-4));
        assertThat(result.changes()).extracting(CellChange::describe).contains(
                "Indicators!E4: (blank) -> -1.1 (-1.4455 – -0.7546)");
    }

    @Test
    void aRangeWithThreeDecimalsWrittenByTheImportIsNotTakenForThousandsWhenTheWorkbookIsRead() throws Exception {
        // "1.235 (1.135 – 1.335)" for a code without Min and Max read back with a warning that it
        // was 1235 where a dot groups thousands: the engine's own text, taken for an analyst's slip
        Path source = stability(new Object[] {"Algeria", "DZA", 1.235, 0.1, 7, 11.9, 9.05, 21.43, 1.235, 0.1, 7,
                12.38, 8.57, 20.0}).write(folder);

        run(stabilityMapping("range: {plus_minus: StdErr, factor: 1}"), source);

        IndicatorWorkbook read = new WorkbookReader().read(workbook);
        Indicator y2016 = indicator(read, "DZA", "political_stability", 2016);
        assertThat(List.of(y2016.getValue(), y2016.getLow(), y2016.getHigh())).containsExactly(1.235, 1.135, 1.335);
        assertThat(read.warnings()).extracting(DataIssue::message).noneMatch(m -> m.contains("thousands"));
    }

    @Test
    void theSameRangesImportedAgainChangeNothing() throws Exception {
        Path source = stability(algeria()).write(folder);
        MappingFile mapping = stabilityMapping("range: {plus_minus: StdErr, factor: 1.645}");
        run(mapping, source);

        ImportResult again = run(mapping, source);

        assertThat(again.changes()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(2);
    }

    @Test
    void aRangeFromLowAndHighColumns() throws Exception {
        Path source = stability(algeria()).write(folder);
        MappingFile mapping = mapping("""
                source: Governance indicators
                country: {column: Code, by: iso3}
                value_column: Rank
                range: {low: Lower, high: Upper}
                indicators:
                  - code: political_stability
                    sheet: Political Stability*
                """);

        run(mapping, source);

        Indicator y2015 = indicator(new WorkbookReader().read(workbook), "DZA", "political_stability", 2015);
        assertThat(new double[] {y2015.getValue(), y2015.getLow(), y2015.getHigh()})
                .containsExactly(new double[] {11.9, 9.05, 21.43}, within(1e-9));
    }

    @Test
    void lowerAndUpperTakenForTheEstimatesRangeAreRefusedAtTheFirstCell() throws Exception {
        Path source = stability(algeria()).write(folder);
        byte[] before = Files.readAllBytes(workbook);

        ImportException failure = refused(stabilityMapping("range: {low: Lower, high: Upper}"), source);

        assertThat(failure.lines()).containsExactly("wgi.xlsx: 'Political StabilityNoViolence'!C16: the value -1.09 lies"
                + " outside its range 9.05 to 21.43 (Lower 'Political StabilityNoViolence'!G16, Upper"
                + " 'Political StabilityNoViolence'!H16): do those columns give the range of another column?"
                + " (wgi.yaml:4: range)");
        assertThat(Files.readAllBytes(workbook)).isEqualTo(before);
    }

    @Test
    void aValueWhoseRangeCellIsEmptyIsLeftOutAndListedNotWrittenAsAPoint() throws Exception {
        Object[] noStdErr = algeria();
        noStdErr[9] = "#N/A";
        Path source = stability(noStdErr).write(folder);

        ImportResult result = run(stabilityMapping("range: {plus_minus: StdErr, factor: 1.645}"), source);

        assertThat(result.source().withoutRange()).containsExactly("'Political StabilityNoViolence'!I16 (StdErr"
                + " 'Political StabilityNoViolence'!J16 is \"#N/A\")");
        IndicatorWorkbook read = new WorkbookReader().read(workbook);
        assertThat(read.indicators()).noneMatch(i -> i.getCode().equals("political_stability") && i.getYear() == 2016);
        assertThat(new ImportReportText().lines(result, "indicators.xlsx", false)).contains("a value without its range,"
                + " left out (1): 'Political StabilityNoViolence'!I16 (StdErr 'Political StabilityNoViolence'!J16 is \"#N/A\")");
    }

    @Test
    void aliasesGiveIsoCodesToTheSourcesOwnCodes() throws Exception {
        Object[] moroccoAsMor = morocco();
        moroccoAsMor[1] = "MOR";
        Object[] congo = algeria();
        congo[0] = "Congo, Dem. Rep.";
        congo[1] = "ZAR";
        Object[] kosovo = algeria();
        kosovo[0] = "Kosovo";
        kosovo[1] = "KSV";
        Path source = stability(moroccoAsMor, congo, kosovo).write(folder);

        ImportResult result = run(mapping("""
                source: Governance indicators
                country:
                  column: Code
                  by: iso3
                  aliases: {mor: mar, ZAR: COD}
                value_column: Estimate
                indicators:
                  - code: political_stability
                    sheet: Political Stability*
                """), source);

        assertThat(SipriImportTest.value(new WorkbookReader().read(workbook), "MAR", "political_stability", 2016))
                .isEqualTo(-0.31, within(1e-9));
        assertThat(result.figuresForOtherCountries()).isEqualTo(2); // COD, not in the workbook
        assertThat(result.unmatchedNames()).containsExactly("KSV");
    }

    @Test
    void anAliasToSomethingThatIsNoCountryCodeIsRefusedAtItsLine() {
        assertThat(MappingFileTest.problem("""
                source: Governance indicators
                country:
                  column: Code
                  by: iso3
                  aliases:
                    KSV: XKX
                    ROM: RUO
                indicators: [{code: x}]
                """)).isEqualTo("m.yaml:7: country.aliases.ROM: found \"RUO\", expected an ISO 3166 alpha-3 code"
                        + " such as ROU (or a user-assigned one such as XKX)");
    }

    @Test
    void notAvailableAsTextErrorCellOrFormulaIsMissingNeverZero() throws Exception {
        Path source = stability(
                new Object[] {"Algeria", "DZA", "#N/A", "#N/A", "#N/A", "#N/A", "#N/A", "#N/A", NA, NA, NA, NA, NA, NA},
                new Object[] {"Morocco", "MAR", NA_FORMULA, 0.2, 8, 33.81, 21.9, 45.24, -0.31, 0.21, 8, 34.29, 22.86, 47.62})
                .write(folder);

        ImportResult result = importer.run(new TableReader(mapping("""
                source: Governance indicators
                country: {column: Code, by: iso3}
                value_column: Estimate
                missing: ["n.a."]
                indicators:
                  - code: political_stability
                    sheet: Political Stability*
                """)), new ImportRequest(source, workbook, Optional.empty(), false, false, Set.of("political_stability")));

        assertThat(result.source().unreadable()).isEmpty();
        assertThat(result.source().figures()).extracting(SourceFigure::place)
                .containsExactly("'Political StabilityNoViolence'!I17");
        IndicatorWorkbook read = new WorkbookReader().read(workbook);
        assertThat(read.indicators()).filteredOn(i -> i.getCode().equals("political_stability"))
                .extracting(Indicator::getIso3, Indicator::getYear).containsExactly(org.assertj.core.groups.Tuple.tuple("MAR", 2016));
    }

    @Test
    void aSheetPatternMatchingTwoSheetsIsRefusedAtItsLine() throws Exception {
        Path source = stability(algeria()).sheet("Political Stability (old)", YEARS, algeria()).write(folder);

        assertThat(refused(stabilityMapping(""), source).lines()).containsExactly("wgi.xlsx: 2 sheets match"
                + " \"Political Stability*\" (\"Political StabilityNoViolence\", \"Political Stability (old)\"), expected"
                + " one; name it more closely (wgi.yaml:7: indicators[1].sheet)");
    }

    @Test
    void aYearWithoutItsRangeSubColumnIsRefusedAtTheYearsCell() throws Exception {
        Path source = algeriaUnder("Estimate", "Rank").write(folder);

        assertThat(refused(stabilityMapping("range: {plus_minus: StdErr, factor: 1.645}"), source).lines())
                .containsExactly("wgi.xlsx: 'Political StabilityNoViolence'!C14: the year 2015 has a \"Estimate\" column"
                        + " but no \"StdErr\" column under it (wgi.yaml:4: range)");
    }

    @Test
    void aYearOverSeveralColumnsWithoutValueColumnIsRefusedNotReadFromANeighbour() throws Exception {
        // "Code" on the years' row too: without value_column that row reads as a header of one row
        Path source = algeriaUnder("Estimate", "StdErr").set("Political StabilityNoViolence", "B14", "Code").write(folder);
        MappingFile mapping = oneRowMapping("header_row: 14");

        assertThat(refused(mapping, source).lines()).containsExactly("wgi.xlsx: 'Political StabilityNoViolence'!C14 and"
                + " 'Political StabilityNoViolence'!D14 both hold the year 2015: a header of two rows, a year over"
                + " sub-columns such as Estimate and StdErr? Name the one holding the value with value_column (wgi.yaml)");
    }

    @Test
    void aHeaderOfTwoRowsWithoutValueColumnIsNamedAsSuch() throws Exception {
        Path source = stability(algeria()).write(folder);
        MappingFile mapping = oneRowMapping("");

        assertThat(refused(mapping, source).lines()).containsExactly("wgi.xlsx: sheet \"Political StabilityNoViolence\":"
                + " no header row with \"Code\" and year columns in the first 40 rows; the years are on row 14, above"
                + " \"Code\" on row 15: a header of two rows? Name the sub-column under each year that holds the value"
                + " with value_column (wgi.yaml)");
    }

    @Test
    void aSubColumnTwiceUnderOneYearIsRefused() throws Exception {
        Path source = algeriaUnder("Estimate", "Estimate").write(folder);

        assertThat(refused(stabilityMapping(""), source).lines()).containsExactly("wgi.xlsx: 'Political StabilityNoViolence'!C15"
                + " and 'Political StabilityNoViolence'!D15 are both \"Estimate\" under the year 2015: which one holds the"
                + " figures is not clear; expected one column per year and sub-column (wgi.yaml:3: value_column)");
    }

    @Test
    void aHeaderOfTwoRowsThatIsNotThereIsNamedWithTheMappingLine() throws Exception {
        Path source = stability(algeria()).write(folder);

        assertThat(refused(mapping("""
                source: Governance indicators
                country: {column: Code, by: iso3}
                indicators:
                  - code: political_stability
                    sheet: Political Stability*
                    value_column: Value
                """), source).lines()).containsExactly("wgi.xlsx: sheet \"Political StabilityNoViolence\": no header row"
                + " with \"Code\" and, on the row above, years over \"Value\" columns (wgi.yaml:6: indicators[1].value_column)"
                + " in the first 40 rows");
    }

    @Test
    void aRangeMustBeEitherBoundsOrPlusMinusWithAFactor() {
        assertThat(MappingFileTest.problem("""
                source: Governance indicators
                country: {column: Code, by: iso3}
                value_column: Estimate
                range: {plus_minus: StdErr}
                indicators: [{code: x}]
                """)).startsWith("m.yaml:4: range.factor: expected a number above 0 with plus_minus");
        assertThat(MappingFileTest.problem("""
                source: Governance indicators
                country: {column: Code, by: iso3}
                value_column: Estimate
                range: {low: Lower, plus_minus: StdErr, factor: 1.645}
                indicators: [{code: x}]
                """)).startsWith("m.yaml:4: range: give either low and high");
        assertThat(MappingFileTest.problem("""
                source: Governance indicators
                country: {column: Code, by: iso3}
                indicators:
                  - code: x
                    range: {low: Lower, high: Upper}
                """)).startsWith("m.yaml: indicator x: a range needs value_column");
    }

    @Test
    void theMappingsDictionaryRowIsWrittenForANewCode() throws Exception {
        Path source = stability(algeria()).write(folder);

        run(mapping("""
                source: Governance indicators
                country: {column: Code, by: iso3}
                value_column: Estimate
                indicators:
                  - code: political_stability
                    sheet: Political Stability*
                    dictionary:
                      name: Political stability
                      unit: index, higher is better
                      min: -4
                      max: 4
                      description: WGI Estimate; higher is better
                """), source);

        assertThat(new WorkbookReader().read(workbook).dictionary()).contains(new IndicatorDefinition("political_stability",
                "Political stability", "index, higher is better", -4.0, 4.0, "WGI Estimate; higher is better",
                "Governance indicators"));
    }

    @Test
    void theShippedWgiMappingFillsStabilityAndEffectivenessWithTheir90PercentRangesAndDictionaryRows() throws Exception {
        Object[] kosovo = algeria();
        kosovo[0] = "Kosovo";
        kosovo[1] = "KSV";
        Path source = new GovernanceWorkbook()
                .sheet("VoiceandAccountability", YEARS, new Object[] {"Algeria", "DZA", -0.9, 0.1, 9, 20, 15, 25,
                        -0.9, 0.1, 9, 20, 15, 25})
                .sheet("Political StabilityNoViolence", YEARS, algeria(), kosovo)
                .sheet("GovernmentEffectiveness", YEARS, new Object[] {"Algeria", "DZA", "#N/A", "#N/A", "#N/A",
                        "#N/A", "#N/A", "#N/A", -0.53, 0.18, 9, 35.6, 25.1, 46.2})
                .write(folder);

        ImportResult result = importer.run(new TableReader(MappingFile.read(Path.of("mappings", "wgi.yaml"))),
                new ImportRequest(source, workbook, Optional.empty(), false, false, NEW));

        IndicatorWorkbook read = new WorkbookReader().read(workbook);
        Indicator stability = indicator(read, "DZA", "political_stability", 2016);
        assertThat(new double[] {stability.getValue(), stability.getLow(), stability.getHigh()})
                .containsExactly(new double[] {-1.1, -1.1 - 1.645 * 0.21, -1.1 + 1.645 * 0.21}, within(1e-4));
        Indicator effectiveness = indicator(read, "DZA", "government_effectiveness", 2016);
        assertThat(effectiveness.getLow()).isEqualTo(-0.53 - 1.645 * 0.18, within(1e-4));
        assertThat(read.indicators()).noneMatch(i -> i.getCode().equals("government_effectiveness") && i.getYear() == 2015);
        assertThat(read.dictionary()).filteredOn(d -> NEW.contains(d.code())).allSatisfy(d -> {
            assertThat(d.unit()).isEqualTo("index, higher is better");
            assertThat(d.min()).isEqualTo(-4.0);
            assertThat(d.description()).contains("higher is better");
            assertThat(d.source()).isEqualTo("Worldwide Governance Indicators (World Bank)");
        }).hasSize(2);
        assertThat(result.unmatchedNames()).isEmpty(); // KSV is Kosovo's XKX, not in this workbook
        assertThat(result.figuresForOtherCountries()).isEqualTo(2);
        assertThat(result.source().unreadable()).isEmpty();
        assertThat(result.provenanceRecorded()).isTrue();
    }

    @Test
    void aCsvWithAHeaderOfTwoRowsNamesEachFigureByYearAndSubColumn() throws Exception {
        Path csv = Files.writeString(folder.resolve("governance.csv"), """
                Governance indicators,,,,,
                ,,2015,2015,2016,2016
                Country,Code,Estimate,StdErr,Estimate,StdErr
                Algeria,DZA,-1.09,0.2,-1.1,#N/A
                """);

        ImportResult result = run(mapping("""
                source: Governance indicators
                country: {column: Code, by: iso3}
                value_column: Estimate
                range: {plus_minus: StdErr, factor: 1}
                indicators: [{code: political_stability}]
                """), csv);

        assertThat(result.changes()).extracting(CellChange::source).containsExactly("governance.csv:4 column \"2015 Estimate\"");
        assertThat(result.source().withoutRange()).containsExactly("governance.csv:4 column \"2016 Estimate\""
                + " (StdErr governance.csv:4 column \"2016 StdErr\" is \"#N/A\")");
    }

    @Test
    void aRangeInALongTableComesFromColumnsOfTheSameRow() throws Exception {
        Path csv = Files.writeString(folder.resolve("long.csv"), """
                iso3,year,score,low,high
                DZA,2015,-1.09,-1.42,-0.76
                DZA,2016,-1.1,-1.45,
                """);
        MappingFile mapping = mapping("""
                source: Governance indicators
                country: {column: iso3, by: iso3}
                layout: long
                year_column: year
                value_column: score
                range: {low: low, high: high}
                indicators: [{code: political_stability}]
                """);

        ImportResult result = run(mapping, csv);

        Indicator y2015 = indicator(new WorkbookReader().read(workbook), "DZA", "political_stability", 2015);
        assertThat(new double[] {y2015.getValue(), y2015.getLow(), y2015.getHigh()})
                .containsExactly(new double[] {-1.09, -1.42, -0.76}, within(1e-9));
        assertThat(result.source().withoutRange()).containsExactly("long.csv:3 column \"score\" (high long.csv:3"
                + " column \"high\" is blank)");
    }

    @Test
    void anAliasOfANameMatchesItWithoutItsFootnoteMark() throws Exception {
        Object[] kosovo = algeria();
        kosovo[0] = "Kosovo 3";
        kosovo[1] = "KSV";
        Path source = stability(kosovo).write(folder);

        ImportResult result = run(mapping("""
                source: Governance indicators
                country:
                  column: Country/Territory
                  aliases: {Kosovo: XKX}
                value_column: Estimate
                indicators:
                  - code: political_stability
                    sheet: Political Stability*
                """), source);

        assertThat(result.unmatchedNames()).isEmpty();
        assertThat(result.figuresForOtherCountries()).isEqualTo(2); // XKX, not in this workbook
    }
}
