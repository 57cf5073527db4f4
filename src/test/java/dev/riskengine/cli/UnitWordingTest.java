package dev.riskengine.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.riskengine.report.Plural;
import dev.riskengine.report.UnitNoun;
import dev.riskengine.store.PublishedRuns;

import static org.assertj.core.api.Assertions.assertThat;

/** Grid cells and sub-national units are "units" in every report, countries stay "countries"; counts agree in number. */
class UnitWordingTest extends CommandTest {

    @TempDir
    Path temp;

    @Test
    void subNationalUnitsAreCalledUnitsInConsoleSummaryMdReportHtmlAndSummaryXlsx() throws Exception {
        // given: a generated workbook of 12 grid cells
        Path workbook = temp.resolve("grid.xlsx");
        assertThat(risk("generate", "--units", "12", "--out", workbook.toString())).isZero();
        Path reports = temp.resolve("reports");

        // when
        int code = risk("assess", "--input", workbook.toString(), "--rules", "rules", "--reports", reports.toString());

        // then
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Assessed 12 units for 2024").doesNotContainIgnoringCase("countries");
        assertThat(out.toString().lines().filter(line -> line.startsWith("Rank "))).singleElement().asString()
                .contains(" Unit ").doesNotContain("Country");
        Path run = PublishedRuns.list(reports).get(0);
        String markdown = Files.readString(run.resolve("summary.md"));
        assertThat(markdown).startsWith("# Risk by unit 2024").contains(" · 12 units").contains("| Rank | Unit | Band |")
                .doesNotContain("countries");
        String html = Files.readString(run.resolve("report.html"));
        assertThat(html).contains("<title>Risk by unit 2024 — ", "12 units assessed", "<h2>Units</h2>", "<th>Unit</th>")
                .doesNotContain("<th>Country</th>", "countries assessed", "by country", "Country risk");
        assertThat(headersOf(run.resolve("summary.xlsx"))).contains("Unit", "Name").doesNotContain("Country");
    }

    @Test
    void countriesStayCountries() throws Exception {
        Path reports = temp.resolve("reports");

        assertThat(risk("assess", "--input", "inputs/indicators.xlsx", "--rules", "rules", "--reports", reports.toString()))
                .isZero();

        assertThat(out.toString()).contains("Assessed 11 countries for ");
        Path run = PublishedRuns.list(reports).get(0);
        assertThat(Files.readString(run.resolve("report.html"))).contains("11 countries assessed", "<h2>Countries</h2>");
        assertThat(headersOf(run.resolve("summary.xlsx"))).contains("Country").doesNotContain("Unit");
    }

    @Test
    void oneOfAThingIsSingular() {
        assertThat(UnitNoun.COUNTRY.count(1)).isEqualTo("1 country");
        assertThat(UnitNoun.UNIT.count(1)).isEqualTo("1 unit");
        assertThat(UnitNoun.UNIT.count(0)).isEqualTo("0 units");
        assertThat(Plural.of(1, "rule", "rules")).isEqualTo("1 rule");
        assertThat(Plural.of(1, "issue", "issues")).isEqualTo("1 issue");
        assertThat(Plural.of(2, "rule", "rules")).isEqualTo("2 rules");
        assertThat(UnitNoun.of(Stream.of("MAR", "TUN"))).isEqualTo(UnitNoun.COUNTRY);
        assertThat(UnitNoun.of(Stream.of("MAR", "MLI-06"))).isEqualTo(UnitNoun.UNIT);
        assertThat(UnitNoun.of(Stream.of("XSG-000001"))).isEqualTo(UnitNoun.UNIT);
    }

    @Test
    void noOutputStringHedgesItsNumberWithS() throws Exception {
        List<String> hedged = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(source);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (!line.startsWith("*") && !line.startsWith("/*") && !line.startsWith("//") && line.matches(".*\"[^\"]*\\w\\(s\\)[^\"]*\".*")) {
                        hedged.add(source + ":" + (i + 1) + ": " + line);
                    }
                }
            }
        }
        assertThat(hedged).isEmpty();
    }

    /** Every header cell of every sheet's first rows. */
    private static List<String> headersOf(Path xlsx) throws Exception {
        List<String> headers = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                for (int r = 0; r <= Math.min(3, sheet.getLastRowNum()); r++) {
                    Row row = sheet.getRow(r);
                    if (row != null) {
                        for (Cell cell : row) {
                            headers.add(cell.toString());
                        }
                    }
                }
            }
        }
        return headers;
    }
}
