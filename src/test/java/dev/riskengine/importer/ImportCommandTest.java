package dev.riskengine.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.riskengine.cli.RiskCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportCommandTest {
    @TempDir Path folder;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int risk(String... args) {
        CommandLine cmd = RiskCommand.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void aDryRunPrintsEachChangeAndExitsZero() throws Exception {
        Path sipri = SipriWorkbook.write(folder);
        Path workbook = AnalystWorkbook.write(folder);

        int code = risk("import", "sipri", sipri.toString(), "--workbook", workbook.toString(), "--dry-run");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("would change: Indicators!E2: (blank) -> 11863.2345")
                .contains("conflict: Indicators!D5: holds 2 %")
                .contains("not matched to any country (1): Atlantis")
                .contains("Dry run, nothing written");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aMissingSourceFileIsInvalidInput() throws Exception {
        Path workbook = AnalystWorkbook.write(folder);

        int code = risk("import", "sipri", folder.resolve("nope.xlsx").toString(), "--workbook", workbook.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("nope.xlsx: no such file" + System.lineSeparator());
    }

    @Test
    void aSourceThatIsNotAWorkbookIsInvalidInputInOneLine() throws Exception {
        Path workbook = AnalystWorkbook.write(folder);
        Path text = Files.writeString(folder.resolve("milex.xlsx"), "not a workbook");

        int code = risk("import", "sipri", text.toString(), "--workbook", workbook.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("milex.xlsx: cannot be opened as an Excel workbook").hasLineCount(1);
    }

    @Test
    void badYearsAreAUsageError() throws Exception {
        Path workbook = AnalystWorkbook.write(folder);

        int code = risk("import", "sipri", "x.xlsx", "--workbook", workbook.toString(), "--years", "2016-2014");

        assertThat(code).isEqualTo(64);
    }

    @Test
    void importTableWithTheWorldBankMappingPrintsItsChanges() throws Exception {
        Path csv = TableImportTest.wdiCsv(folder);
        Path workbook = AnalystWorkbook.write(folder);

        int code = risk("import", "table", csv.toString(), "--mapping", TableImportTest.WDI_MAPPING.toString(),
                "--workbook", workbook.toString(), "--dry-run");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("would change: Indicators!D3: (blank) -> 5.5527 %")
                .contains("not matched to any country (1): ARB")
                .contains("neither a number nor a \"no data\" token, left out (1): "
                        + "API_MS.MIL.XPND.GD.ZS_DS2_en_csv_v2.csv:10 column \"2016\" \"n.a.\"")
                .contains("Dry run, nothing written: indicators.xlsx from API_MS.MIL.XPND.GD.ZS_DS2_en_csv_v2.csv: "
                        + "5 filled, 0 overwritten, 1 conflict left alone, 1 already equal");
    }

    @Test
    void aFigureTypedLike10Comma217IsReadAsThousandsAndTheImportSaysSo() throws Exception {
        // "10,217" is 10.217 where a comma marks decimals: the reading taken was not shown anywhere
        Path csv = Files.writeString(folder.resolve("usd.csv"), "Country Code,Year,Value\nDZA,2016,\"10,217\"\n");
        Path mapping = Files.writeString(folder.resolve("usd.yaml"), TableImportTest.USD_LONG_MAPPING);
        Path workbook = AnalystWorkbook.write(folder);

        int code = risk("import", "table", csv.toString(), "--mapping", mapping.toString(), "--workbook",
                workbook.toString(), "--dry-run");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("a comma before three digits, read as grouping thousands, not as a decimal"
                + " comma (1): usd.csv:2 column \"Value\" \"10,217\" read as 10217");
    }

    @Test
    void aMalformedMappingIsInvalidInputInOneLineAndTheWorkbookIsUntouched() throws Exception {
        Path workbook = AnalystWorkbook.write(folder);
        byte[] before = Files.readAllBytes(workbook);
        Path mapping = Files.writeString(folder.resolve("wdi.yaml"),
                "source: WDI\ncountry: {column: Country Code}\nlayout: sideways\nindicators: [{code: x}]\n");

        int code = risk("import", "table", "any.csv", "--mapping", mapping.toString(), "--workbook", workbook.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("wdi.yaml:3: layout: found \"sideways\", expected one of: wide, long"
                + System.lineSeparator());
        assertThat(Files.readAllBytes(workbook)).isEqualTo(before);
    }

    @Test
    void importTableNeedsItsMapping() {
        assertThat(risk("import", "table", "any.csv")).isEqualTo(64);
        assertThat(err.toString()).contains("Missing required option: '--mapping=MAPPING.yaml'");
    }

    @Test
    void aMisspeltCodeIsInvalidInputInOneLineAndNewCodeAddsItDeliberately() throws Exception {
        Path csv = TableImportTest.wdiCsv(folder);
        Path workbook = AnalystWorkbook.write(folder);
        byte[] before = Files.readAllBytes(workbook);
        Path mapping = Files.writeString(folder.resolve("wdi.yaml"), """
                source: World Bank World Development Indicators
                country: {column: Country Code, by: iso3}
                indicators:
                  - code: military_burden
                    where: {Indicator Code: MS.MIL.XPND.GD.ZS}
                """);

        int refused = risk("import", "table", csv.toString(), "--mapping", mapping.toString(),
                "--workbook", workbook.toString());

        assertThat(refused).isEqualTo(1);
        assertThat(err.toString()).hasLineCount(1).startsWith("wdi.yaml:4: indicators[1].code: \"military_burden\" is not"
                + " in the Dictionary of indicators.xlsx").endsWith("give --new-code military_burden" + System.lineSeparator());
        assertThat(Files.readAllBytes(workbook)).isEqualTo(before);

        int added = risk("import", "table", csv.toString(), "--mapping", mapping.toString(),
                "--workbook", workbook.toString(), "--new-code", "military_burden");

        assertThat(added).as(err.toString()).isZero();
        assertThat(out.toString()).contains("change: Indicators!E2: (blank) -> 4.9612");
    }
}
