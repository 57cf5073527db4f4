package dev.riskengine.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.workbook.WorkbookReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** `import table` with the shipped World Bank mapping on a WDI-style CSV, and with a long table's mapping. */
class TableImportTest {
    static final Path WDI_MAPPING = Path.of("mappings", "worldbank-wdi.yaml");
    /** A long table of military spending in USD millions, one row per country and year. */
    static final String USD_LONG_MAPPING = """
            source: Defence ministries
            country: {column: Country Code, by: iso3}
            layout: long
            year_column: Year
            value_column: Value
            indicators:
              - code: military_spending_usd_m
            """;
    private static final Instant NOW = Instant.parse("2026-11-25T06:19:00Z");

    @TempDir Path folder;
    Path workbook;
    final IndicatorImporter importer = new IndicatorImporter(Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void analystWorkbook() throws Exception {
        workbook = AnalystWorkbook.write(folder);
    }

    /** The layout of the World Bank's per-indicator download, with its byte order mark, preamble and trailing commas. */
    static Path wdiCsv(Path folder) throws Exception {
        String csv = "\uFEFF\"Data Source\",\"World Development Indicators\",\n"
                + "\n"
                + "\"Last Updated Date\",\"2025-07-01\",\n"
                + "\n"
                + "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2013\",\"2014\",\"2015\",\"2016\",\n"
                + "\"Arab World\",\"ARB\",\"Military expenditure (% of GDP)\",\"MS.MIL.XPND.GD.ZS\",\"5.1\",\"5.9\",\"6.2\",\"5.8\",\n"
                + "\"Algeria\",\"DZA\",\"Military expenditure (% of GDP)\",\"MS.MIL.XPND.GD.ZS\",\"4.8\",\"4.9612\",\"5.5527\",\"6.5461\",\n"
                + "\"Cote d'Ivoire\",\"CIV\",\"Military expenditure (% of GDP)\",\"MS.MIL.XPND.GD.ZS\",\"1.2\",\"1.1\",\"..\",\"1.3\",\n"
                + "\"Egypt, Arab Rep.\",\"EGY\",\"Military expenditure (% of GDP)\",\"MS.MIL.XPND.GD.ZS\",\"1.7\",\"1.7\",\"1.7\",\"1.6\",\n"
                + "\"Morocco\",\"MAR\",\"Military expenditure (% of GDP)\",\"MS.MIL.XPND.GD.ZS\",\"3.2\",\"3.4\",\"3.1\",\"n.a.\",\n"
                + "\"Morocco\",\"MAR\",\"Armed forces personnel, total\",\"MS.MIL.TOTL.P1\",\"245800\",\"245800\",\"245800\",\"245800\",\n";
        return Files.writeString(folder.resolve("API_MS.MIL.XPND.GD.ZS_DS2_en_csv_v2.csv"), csv, StandardCharsets.UTF_8);
    }

    @Test
    void theWorldBankMappingFillsAWdiCsvByIso3Code() throws Exception {
        Path csv = wdiCsv(folder);

        ImportResult result = importer.run(new TableReader(MappingFile.read(WDI_MAPPING)),
                new ImportRequest(csv, workbook, Optional.empty(), false, false));

        IndicatorWorkbook read = new WorkbookReader().read(workbook);
        assertThat(SipriImportTest.value(read, "DZA", "military_spending_pct_gdp", 2015)).isEqualTo(5.5527, within(1e-9));
        assertThat(SipriImportTest.value(read, "DZA", "military_spending_pct_gdp", 2016)).isEqualTo(6.5461, within(1e-9));
        assertThat(SipriImportTest.value(read, "CIV", "military_spending_pct_gdp", 2016)).isEqualTo(1.3, within(1e-9));
        // ".." is no data; Algeria 2014 already holds 4.96 %, the same figure rounded; Côte d'Ivoire 2014 holds 2 %
        assertThat(read.missing()).anyMatch(m -> m.iso3().equals("CIV") && m.year() == 2015);
        assertThat(result.unchanged()).isEqualTo(1);
        assertThat(result.changes()).filteredOn(c -> c.kind() == CellChange.Kind.CONFLICT).singleElement()
                .satisfies(c -> assertThat(c.describe()).isEqualTo("Indicators!D5: holds 2 %, source says 1.1 % ("
                        + "API_MS.MIL.XPND.GD.ZS_DS2_en_csv_v2.csv:8 column \"2014\"): left alone, --overwrite replaces it"));
        // the armed forces row is another indicator: not read; 2013 is not a year of the workbook
        assertThat(result.count(CellChange.Kind.FILL)).isEqualTo(5); // DZA 2015-16, CIV 2016, MAR 2014-15 (a new row)
        assertThat(result.unmatchedNames()).containsExactly("ARB");
        assertThat(result.figuresForOtherCountries()).isEqualTo(3);
        assertThat(result.source().unreadable()).containsExactly("API_MS.MIL.XPND.GD.ZS_DS2_en_csv_v2.csv:10 column \"2016\" \"n.a.\"");
        assertThat(result.source().edition())
                .isEqualTo("World Bank World Development Indicators, Last Updated Date 2025-07-01, years 2013-2016");
    }

    @Test
    void aLongTableWithAYearAndAValueColumnPerIndicator() throws Exception {
        Path table = folder.resolve("long.xlsx");
        try (Workbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Data");
            Object[][] rows = {
                    {"Armed forces and budgets, long format"},
                    {},
                    {"iso", "year", "budget (US$ bn)", "note"},
                    {"dza", 2014.0, 11.9, ""},
                    {"DZA", 2015.0, 10.4, ""},
                    {"MAR", 2014.0, "-", "not published"},
                    {"XKX", 2014.0, 0.4, "Kosovo uses a user-assigned code"},
                    {"Total", "", 22.3, ""}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(table)) {
                book.write(out);
            }
        }
        MappingFile mapping = MappingFile.parse("budgets.yaml", """
                source: Ministry budgets
                sheet: data
                country: {column: ISO, by: iso3}
                layout: long
                year_column: Year
                missing: ["-"]
                indicators:
                  - code: military_spending_usd_m
                    value_column: budget (US$ bn)
                    scale: 1000
                """);

        ImportResult result = importer.run(new TableReader(mapping),
                new ImportRequest(table, workbook, Optional.empty(), false, false));

        IndicatorWorkbook read = new WorkbookReader().read(workbook);
        assertThat(SipriImportTest.value(read, "DZA", "military_spending_usd_m", 2014)).isEqualTo(11_900, within(1e-6));
        assertThat(SipriImportTest.value(read, "DZA", "military_spending_usd_m", 2015)).isEqualTo(10_400, within(1e-6));
        assertThat(result.count(CellChange.Kind.FILL)).isEqualTo(2);
        assertThat(result.unmatchedNames()).containsExactly("XKX");
        assertThat(result.changes()).first().extracting(CellChange::source).isEqualTo("Data!C4");
        assertThat(result.source().edition()).isEqualTo("Ministry budgets, years 2014-2015, sheet \"Data\"");
    }

    @Test
    void aGivenHeaderRowThatDoesNotHoldTheColumnsIsNamed() throws Exception {
        Path csv = wdiCsv(folder);
        MappingFile mapping = MappingFile.parse("wdi.yaml", """
                source: WDI
                header_row: 3
                country: {column: Country Code, by: iso3}
                indicators: [{code: military_spending_pct_gdp}]
                """);

        ImportException failure = catchThrowableOfType(() -> importer.run(new TableReader(mapping),
                new ImportRequest(csv, workbook, Optional.empty(), false, true)), ImportException.class);

        assertThat(failure.lines()).containsExactly("API_MS.MIL.XPND.GD.ZS_DS2_en_csv_v2.csv: row 3 (header_row) "
                + "does not hold \"Country Code\" and year columns");
    }

    @Test
    void theShippedSipriMappingIsWhatImportSipriUses() throws Exception {
        Path sipri = SipriWorkbook.write(folder);

        ImportResult viaTable = importer.run(new TableReader(MappingFile.read(Path.of("mappings", MappingFile.SIPRI))),
                new ImportRequest(sipri, workbook, Optional.empty(), false, true));
        ImportResult viaSipri = importer.run(TableReader.sipri(),
                new ImportRequest(sipri, workbook, Optional.empty(), false, true));

        assertThat(viaTable.changes()).isNotEmpty().isEqualTo(viaSipri.changes());
        assertThat(viaTable.source().edition()).isEqualTo(viaSipri.source().edition())
                .isEqualTo("SIPRI Military Expenditure Database, years 2014-2016, sheets \"Current USD\" and \"Share of GDP\"");
    }

    /**
     * A figure like 3,215 in a file that writes decimal commas is left out, not read as 3215: given
     * a semicolon CSV as European spreadsheets save it, 6,38 is 6.38, so 3,215 is 3.215. "0,125"
     * shows it too: it was read as 125 before, so nothing showed that the file writes decimal commas.
     */
    @ParameterizedTest(name = "{0} shows the file writes decimal commas")
    @ValueSource(strings = {"6,38", "0,125"})
    void aFigureLike3Comma215InAFileThatWritesDecimalCommasIsLeftOutNotReadAs3215(String decimalComma) throws Exception {
        Path csv = Files.writeString(folder.resolve("milex.csv"), "Country Code;Year;Value\nDZA;2016;" + decimalComma
                + "\nMAR;2016;3,215\nTUN;2016;2.3\n", StandardCharsets.UTF_8);
        MappingFile mapping = MappingFile.parse("milex.yaml", """
                source: Defence ministries
                country: {column: Country Code, by: iso3}
                layout: long
                year_column: Year
                value_column: Value
                delimiter: ";"
                indicators:
                  - code: military_spending_pct_gdp
                """);

        SourceTable table = new TableReader(mapping).read(csv, year -> true);

        assertThat(table.figures()).extracting(SourceFigure::countryName).containsExactly("TUN");
        assertThat(table.unreadable()).containsExactly("milex.csv:2 column \"Value\" \"" + decimalComma + "\"",
                "milex.csv:3 column \"Value\" \"3,215\" (a thousands separator, or a decimal comma as in"
                        + " milex.csv:2 column \"Value\" \"" + decimalComma + "\")");
    }

    @Test
    void anUnquotedThousandsSeparatorThatSplitsARowLeavesTheRowOutInsteadOfShiftingItsValues() throws Exception {
        // "DZA,10,217,9,500" under "Country Code,2015,2016" read 10 for 2015 and 217 for 2016
        Path csv = Files.writeString(folder.resolve("usd.csv"), "Country Code,2015,2016\nDZA,10,217,9,500\n"
                + "MAR,3215.5,3300\n", StandardCharsets.UTF_8);
        MappingFile mapping = MappingFile.parse("usd.yaml", """
                source: Defence ministries
                country: {column: Country Code, by: iso3}
                layout: wide
                indicators:
                  - code: military_spending_usd_m
                """);

        SourceTable table = new TableReader(mapping).read(csv, year -> true);

        assertThat(table.figures()).extracting(SourceFigure::countryName, SourceFigure::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MAR", 3215.5),
                        org.assertj.core.groups.Tuple.tuple("MAR", 3300.0));
        assertThat(table.unreadable()).containsExactly("usd.csv:2 \"9\" past the header's last column (a comma inside a"
                + " value that is not in quotes, as in 1,200?): the row is left out");
    }

    @Test
    void thousandsSeparatorsInAFileWithoutDecimalCommasAreRead() throws Exception {
        Path csv = Files.writeString(folder.resolve("usd.csv"), "Country Code,Year,Value\nDZA,2016,\"10,217\"\n"
                + "MAR,2016,3215.5\n", StandardCharsets.UTF_8);
        MappingFile mapping = MappingFile.parse("usd.yaml", USD_LONG_MAPPING);

        SourceTable table = new TableReader(mapping).read(csv, year -> true);

        assertThat(table.figures()).extracting(SourceFigure::value).containsExactly(10_217.0, 3215.5);
        assertThat(table.unreadable()).isEmpty();
        // "10,217" is 10.217 where a comma marks decimals: which reading was taken is listed, not silent
        assertThat(table.eitherReading()).containsExactly("usd.csv:2 column \"Value\" \"10,217\" read as 10217");
    }

    @Test
    void aMissingOrBrokenCsvIsOneLineWithItsPlace() throws Exception {
        TableReader reader = new TableReader(MappingFile.read(WDI_MAPPING));
        Path broken = Files.writeString(folder.resolve("broken.csv"), "\"Country Code\",\"2016\"\n\"DZA\",\"6.5\n");

        ImportException missing = catchThrowableOfType(() -> reader.read(folder.resolve("nope.csv"), year -> true),
                ImportException.class);
        ImportException unterminated = catchThrowableOfType(() -> reader.read(broken, year -> true),
                ImportException.class);

        assertThat(missing.lines()).containsExactly("nope.csv: no such file");
        assertThat(unterminated.lines()).singleElement().asString()
                .matches("broken\\.csv:\\d: a table that is not valid CSV \\(Missing closing quote for value\\)");
    }
}
