package dev.riskengine.report;

import dev.riskengine.report.console.ConsoleText;
import dev.riskengine.report.html.HtmlReport;
import dev.riskengine.report.html.HtmlText;
import dev.riskengine.report.markdown.SummaryMarkdown;
import dev.riskengine.report.xlsx.ComparisonSheet;
import dev.riskengine.report.xlsx.SummaryWorkbook;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.riskengine.model.Assessment;
import dev.riskengine.model.Country;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.PastRun;
import dev.riskengine.model.RunComparer;
import dev.riskengine.model.RunComparison;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.riskengine.report.json.ScoresJson;
import dev.riskengine.report.writer.ReportWriter;
import dev.riskengine.report.json.ComparisonJson;

/** Runs of thousands of units: summarising report.html, streamed summary.xlsx and scores.json. */
class LargeReportsTest {
    @TempDir Path folder;

    /** The Sahel fixture's three countries repeated as {@code units} grid units, ranked in that order. */
    static Assessment manyUnits(int units) {
        List<CountryAssessment> base = SahelFixture.assessment().countries();
        List<CountryAssessment> all = new ArrayList<>();
        for (int i = 0; i < units; i++) {
            CountryAssessment c = base.get(i % base.size());
            String code = String.format(Locale.ROOT, "XSG-%06d", i + 1);
            Country unit = new Country(code, "Grid cell " + (i + 1), "Block " + (i / 100 + 1), 250_000L);
            all.add(new CountryAssessment(unit, i + 1, c.score(), c.band(), c.bandLevel(), c.scoreLow(), c.scoreHigh(),
                    c.dimensions(), c.completeness(), c.indicators(), c.missingIndicators(), c.contributions()));
        }
        return new Assessment(2024, all, SahelFixture.assessment().dataIssues());
    }

    /** The comparison with a previous run that scored every unit 1.0 lower, in a lower band. */
    static RunComparison comparedWithALowerRun(Assessment assessment) {
        Map<String, PastRun.PastCountry> before = new LinkedHashMap<>();
        for (CountryAssessment c : assessment.countries()) {
            before.put(c.iso3(), new PastRun.PastCountry(c.iso3(), c.country().getName(), c.score() - 1.0, "Very Low", 1,
                    List.of(), c.contributions()));
        }
        return new RunComparer().compare(new PastRun("2026-11-18T06-00-00.000Z", 2024, "in",
                Map.of(), before), assessment, "in", Map.of());
    }

    @Test
    void aLargeRunCountsNoUnitWithInsufficientDataAsAScoreAndStreamsItsReasons() throws Exception {
        // given: 2,500 units, the last 500 of them without enough evidence (a blank template, issue case 3)
        Assessment scored = manyUnits(Listing.LARGE_ABOVE);
        List<CountryAssessment> all = new ArrayList<>(scored.countries());
        CountryAssessment chad = SahelFixture.withInsufficient().countries().get(3);
        for (int i = 0; i < 500; i++) {
            String code = String.format(Locale.ROOT, "XSG-9%05d", i + 1);
            all.add(new CountryAssessment(new Country(code, "Blank cell " + (i + 1), "Block 99", 250_000L),
                    Listing.LARGE_ABOVE + i + 1, Double.NaN, chad.band(), 0, Double.NaN, Double.NaN, chad.dimensions(),
                    chad.completeness(), List.of(), chad.missingIndicators(), List.of(), chad.reliability(),
                    chad.insufficient()));
        }
        Assessment assessment = new Assessment(2024, all, List.of());

        // when
        new ReportWriter().writeAll(assessment, SahelFixture.run(), folder);

        // then: the histogram holds only the 2,000 scored units and says so; the blank units are no "0-1"
        String html = Files.readString(folder.resolve(HtmlReport.FILE_NAME));
        assertThat(html).contains("500 units with insufficient data have no score and are not counted")
                .contains("<title>0-1: 0 units</title>");
        assertThat(Files.readString(folder.resolve(SummaryMarkdown.FILE_NAME)))
                .contains("500 units have insufficient data: no score or rank");
        try (Workbook workbook = WorkbookFactory.create(folder.resolve(SummaryWorkbook.FILE_NAME).toFile())) {
            var last = workbook.getSheet(SummaryWorkbook.SUMMARY).getRow(2_500);
            assertThat(last.getCell(1).getStringCellValue()).isEqualTo("XSG-900500");
            assertThat(last.getCell(4).getStringCellValue()).isEqualTo("Insufficient data");
            assertThat(last.getCell(14).getStringCellValue()).isEqualTo(SahelFixture.CHAD_REASON);
        }
        JsonNode lastUnit = null;
        for (JsonNode unit : new ObjectMapper().readTree(folder.resolve(ScoresJson.FILE_NAME).toFile()).get("countries")) {
            lastUnit = unit;
        }
        assertThat(lastUnit.get("score").isNull()).isTrue();
        assertThat(lastUnit.at("/insufficient/THREAT").asText()).isEqualTo(SahelFixture.CHAD_REASON);
    }

    @Test
    void aVeryLargeRunsContributionsSheetHoldsTheFiringsOfItsHighestRankedUnits() throws Exception {
        // given: more firings than a sheet of 1,001 rows takes
        Assessment assessment = manyUnits(Listing.LARGE_ABOVE + 500);
        int limit = 1_001;
        Path file = folder.resolve(SummaryWorkbook.FILE_NAME);

        // when
        new SummaryWorkbook().write(assessment, SahelFixture.run(), RunComparison.firstRun(), file,
                Listing.of(assessment).withContributionRows(limit));

        // then: whole units from the top, then a row saying where the others are
        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            var sheet = workbook.getSheet(SummaryWorkbook.CONTRIBUTIONS);
            int shownUnits = 0;
            int rows = 0;
            for (CountryAssessment c : assessment.countries()) {
                if (rows + c.contributions().size() > limit) {
                    break;
                }
                rows += c.contributions().size();
                shownUnits++;
            }
            assertThat(sheet.getLastRowNum()).isEqualTo(rows + 1);
            assertThat(sheet.getRow(rows).getCell(1).getStringCellValue()).isEqualTo("Grid cell " + shownUnits);
            assertThat(sheet.getRow(rows + 1).getCell(0).getStringCellValue()).isEqualTo(String.format(Locale.ROOT,
                    "These are the firings of the %,d highest-ranked units of 2,500: the firings of every unit are in scores.json.",
                    shownUnits));
            assertThat(rows).isLessThanOrEqualTo(limit).isGreaterThan(limit - 10);
            assertThat(workbook.getSheet(SummaryWorkbook.SUMMARY).getLastRowNum()).isEqualTo(2_500);
        }
    }

    @Test
    void aLargeRunGetsASummarisingPageAndStreamedFilesWithEveryUnit() throws Exception {
        // given
        Assessment assessment = manyUnits(Listing.LARGE_ABOVE + 500);

        // when
        new ReportWriter().writeAll(assessment, SahelFixture.run(), folder);

        // then
        String html = Files.readString(folder.resolve(HtmlReport.FILE_NAME));
        assertThat(html).contains("Distribution of scores", "The 100 highest-ranked units", "XSG-000100")
                .doesNotContain("XSG-000101").doesNotContain("<section class=\"country\"");
        assertThat(html.length()).isLessThan(200_000);

        try (Workbook workbook = WorkbookFactory.create(folder.resolve(SummaryWorkbook.FILE_NAME).toFile())) {
            assertThat(workbook.getSheet(SummaryWorkbook.SUMMARY).getLastRowNum()).isEqualTo(2_500);
            int firings = assessment.countries().stream().mapToInt(c -> c.contributions().size()).sum();
            assertThat(workbook.getSheet(SummaryWorkbook.CONTRIBUTIONS).getLastRowNum()).isEqualTo(firings);
            assertThat(workbook.getSheet(SummaryWorkbook.SUMMARY).getRow(2500).getCell(1).getStringCellValue())
                    .isEqualTo("XSG-002500");
        }

        JsonNode scores = new ObjectMapper().readTree(folder.resolve(ScoresJson.FILE_NAME).toFile());
        assertThat(scores.get("countries")).hasSize(2_500);
        assertThat(scores.get("countries").get(2_499).get("iso3").asText()).isEqualTo("XSG-002500");
    }

    @Test
    void aLargeRunSaysWhatChangedSinceThePreviousRunInItsPageAndWorkbook() throws Exception {
        // given: the previous run scored every unit 1.0 lower, in a lower band
        Assessment assessment = manyUnits(Listing.LARGE_ABOVE + 500);
        RunComparison comparison = comparedWithALowerRun(assessment);

        // when
        new ReportWriter().writeAll(assessment, SahelFixture.run(), comparison, folder);

        // then: the page says it in one sentence, the workbook unit by unit
        String html = Files.readString(folder.resolve(HtmlReport.FILE_NAME));
        assertThat(html).contains("<h2>Since the previous run</h2>", HtmlText.escape(ComparisonText.headline(comparison)),
                "Every change, unit by unit, is on sheet Changes of summary.xlsx");
        List<String> scoresLines = Files.readAllLines(folder.resolve(ScoresJson.FILE_NAME));
        assertThat(scoresLines).filteredOn(line -> line.contains("\"scoreBefore\"")).hasSize(2_500)
                .allSatisfy(line -> assertThat(line.strip().replaceAll(",$", "")).startsWith("{\"iso3\":").endsWith("]}").contains("\"bandChange\""));
        assertThat(new ObjectMapper().readTree(folder.resolve(ScoresJson.FILE_NAME).toFile()).get("comparison"))
                .isEqualTo(ComparisonJson.tree(comparison));
        String md = Files.readString(folder.resolve(SummaryMarkdown.FILE_NAME));
        assertThat(md).contains("The 100 highest-ranked of 2,500 units; every unit is in summary.xlsx and scores.json.",
                "The first 100 of 2,500 changed units; every change is on sheet Changes of summary.xlsx and in scores.json.")
                .contains("(XSG-000100)").doesNotContain("(XSG-000101)");
        try (Workbook workbook = WorkbookFactory.create(folder.resolve(SummaryWorkbook.FILE_NAME).toFile())) {
            var changes = workbook.getSheet(ComparisonSheet.NAME);
            assertThat(changes.getRow(0).getCell(0).getStringCellValue()).isEqualTo(ComparisonText.headline(comparison));
            assertThat(changes.getRow(2).getCell(0).getStringCellValue()).isEqualTo("XSG-000001");
            assertThat(changes.getRow(2).getCell(2).getStringCellValue()).isEqualTo("score");
            // and sheet Run is the full one, as for a small run
            List<String> items = new ArrayList<>();
            workbook.getSheet(SummaryWorkbook.RUN).forEach(row -> items.add(row.getCell(1).getStringCellValue()));
            assertThat(items).contains("Run id", "Started (UTC)", "Input file", "Input SHA-256");
        }
    }

    @Test
    void theConsoleListsTheTopUnitsOnly() {
        String text = ConsoleText.runSummary(manyUnits(3_000), SahelFixture.run(), folder, 1234);

        assertThat(text).contains("XSG-000020").doesNotContain("XSG-000021").contains("... and 2,980 more units");
    }
}
