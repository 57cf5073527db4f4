package dev.riskengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.riskengine.sample.FolderCopy;

/** `risk backtest` on the sample workbook, and on copies of it with cells blanked for each failure. */
class BacktestCommandTest extends CommandTest {
    private static final Path SAMPLE = Path.of("inputs/indicators.xlsx");

    @TempDir Path temp;

    @Test
    void backtestOnTheSamplePrintsEachYearAndPooledAndPublishesJsonAndHtml() throws IOException {
        Path reports = temp.resolve("reports");

        int exit = risk("backtest", "--reports", reports.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("2014→2015      11     0     0   0.75   0.80  0.52    n/a",
                "2015→2016      11     0     0   0.84   0.80  0.80    n/a", "pooled         22     0     0   0.74");
        Path folder = onlyBacktest(reports);
        JsonNode json = new ObjectMapper().readTree(folder.resolve("backtest.json").toFile());
        JsonNode years = json.get("rules").get(0).get("years");
        assertThat(years).hasSize(2);
        assertThat(years.get(0).get("spearman").asDouble()).isBetween(0.745, 0.755);
        assertThat(years.get(0).get("brier").isNull()).as("no draws, no Brier score").isTrue();
        assertThat(Files.readString(folder.resolve("backtest.html"))).contains("<td>pooled</td><td>Units</td><td>22</td><td>22</td><td>+0</td></tr>");
        assertThat(Files.readString(folder.resolve("backtest.json"))).doesNotContain("NaN");
    }

    @Test
    void persistenceRanksByTheOutcomeAtYTheYardstickTheRulesAreReadAgainst() throws IOException {
        // Spearman of the sample's attacks at Y against Y + 1, computed by hand: 0.87, 0.92, pooled 0.83
        Path reports = temp.resolve("reports");

        int exit = risk("backtest", "--reports", reports.toString());

        assertThat(exit).as(err.toString()).isZero();
        String persistence = out.toString().substring(out.toString().indexOf("Persistence:"));
        assertThat(persistence).contains("2014→2015      11     0     0   0.87", "2015→2016      11     0     0   0.92",
                "pooled         22     0     0   0.83");
        assertThat(out.toString()).containsPattern("Metric\\s+rules\\s+persistence\\s+Difference\\s+rho\\s+0\\.74\\s+0\\.83\\s+\\+0\\.09");
        JsonNode json = new ObjectMapper().readTree(onlyBacktest(reports).resolve("backtest.json").toFile());
        assertThat(json.get("persistence").get("pooled").get("spearman").asDouble()).isBetween(0.825, 0.835);
    }

    @Test
    void drawsGiveABrierScoreBetweenZeroAndOne() throws IOException {
        Path reports = temp.resolve("reports");

        int exit = risk("backtest", "--reports", reports.toString(), "--draws", "50", "--seed", "3");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode pooled = new ObjectMapper().readTree(onlyBacktest(reports).resolve("backtest.json").toFile())
                .get("rules").get(0).get("pooled");
        assertThat(pooled.get("brier").asDouble()).isBetween(0.0, 1.0);
        String rulesTable = out.toString().substring(out.toString().indexOf("Rules rules"), out.toString().indexOf("Persistence:"));
        assertThat(rulesTable).doesNotContain(" n/a");
    }

    @Test
    void twoRulesFoldersAreComparedSideBySideOnTheSameData() throws IOException {
        Path copy = FolderCopy.copy(Path.of("rules"), temp.resolve("candidate"));

        int exit = risk("backtest", "--reports", temp.resolve("reports").toString(), "--rules", "rules",
                "--rules", copy.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Rules rules", "Rules " + copy);
        assertThat(out.toString().split("pooled ", -1)).as("a pooled row for each folder and for persistence").hasSize(4);
        assertThat(out.toString()).containsPattern("Side by side, pooled\\s+Metric\\s+rules\\s+…\\S+\\s+persistence\\s+Δ …\\S+"
                + "\\s+Δ persistence\\s+rho\\s+0\\.74\\s+0\\.74\\s+0\\.83\\s+\\+0\\.00\\s+\\+0\\.09");
    }

    @Test
    void theConsolesSideBySideTableHasTheDifferenceColumnBacktestHtmlHas() throws IOException {
        // given a candidate without exposure.drl: other scores, so a difference that is not +0.00
        Path copy = FolderCopy.copy(Path.of("rules"), temp.resolve("candidate"));
        Files.delete(copy.resolve("exposure.drl"));
        Files.delete(copy.resolve("tests").resolve("exposure.yaml"));

        int exit = risk("backtest", "--reports", temp.resolve("reports").toString(), "--rules", "rules",
                "--rules", copy.toString());

        assertThat(exit).as(err.toString()).isZero();
        java.util.regex.Matcher rho = java.util.regex.Pattern.compile(
                "Metric\\s+rules\\s+\\S+\\s+persistence\\s+Δ \\S+\\s+Δ persistence\\s+rho\\s+(\\S+)\\s+(\\S+)\\s+\\S+\\s+(\\S+)")
                .matcher(out.toString());
        assertThat(rho.find()).as(out.toString()).isTrue();
        double difference = Double.parseDouble(rho.group(2)) - Double.parseDouble(rho.group(1));
        assertThat(rho.group(3)).isEqualTo(String.format(java.util.Locale.ROOT, "%+.2f", difference)).isNotEqualTo("+0.00");
        assertThat(out.toString()).contains("Difference: each later column's number minus the first folder's (rules).");
    }

    @Test
    void twoRulesFoldersShowSideBySideInOneHtmlTableWithTheDifference() throws IOException {
        Path copy = FolderCopy.copy(Path.of("rules"), temp.resolve("candidate"));
        Path reports = temp.resolve("reports");

        int exit = risk("backtest", "--reports", reports.toString(), "--rules", "rules", "--rules", copy.toString());

        assertThat(exit).as(err.toString()).isZero();
        String html = Files.readString(onlyBacktest(reports).resolve("backtest.html"));
        assertThat(html.split("<table", -1)).as("one table for both folders").hasSize(2);
        assertThat(html).contains("<th>rules</th>", "<th>" + copy + "</th>", "<th>persistence</th>", "<th>Difference " + copy
                + "</th>", "<th>Difference persistence</th>");
        assertThat(html).contains("<td>pooled</td><td>rho</td><td>0.74</td><td>0.74</td><td>0.83</td><td>+0.00</td><td>+0.09</td>");
    }

    @Test
    void aHighBandTheRulesDoNotGiveNamesTheRulesFolderAndItsBands() {
        int exit = risk("backtest", "--reports", temp.resolve("reports").toString(), "--high-band", "Hihg");

        assertThat(exit).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString().strip()).startsWith("rules: the rules give no band \"Hihg\" (--high-band); their bands are [")
                .endsWith("did you mean \"High\"?");
        assertThat(out.toString()).isEmpty();
        assertThat(temp.resolve("reports")).doesNotExist();
    }

    @Test
    void outcomeCodeNotInTheWorkbookIsOneLocatedLineWithACloseName() {
        int exit = risk("backtest", "--reports", temp.resolve("reports").toString(), "--outcome", "terorist_attacks");

        assertThat(exit).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString().strip()).isEqualTo("inputs/indicators.xlsx: outcome indicator \"terorist_attacks\" "
                + "is not in the workbook's Dictionary or Indicators; did you mean \"terrorist_attacks\"?");
        assertThat(temp.resolve("reports")).doesNotExist();
    }

    @Test
    void leadBeyondTheLastYearSaysNoPairOfYearsAndPrintsNoTable() {
        int exit = risk("backtest", "--reports", temp.resolve("reports").toString(), "--lead", "3");

        assertThat(exit).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("no pair of years for --lead 3").doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
        assertThat(temp.resolve("reports")).doesNotExist();
    }

    @Test
    void fewerThanThreeUnitsWithAnOutcomeIsAnErrorNotATable() throws IOException {
        Path workbook = sampleWith(temp.resolve("two.xlsx"), "terrorist_attacks", "keep only DZA MLI");

        int exit = risk("backtest", "--input", workbook.toString(), "--reports", temp.resolve("reports").toString());

        assertThat(exit).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains(workbook + ": fewer than 3 units have both a score and an outcome");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void unitsWithoutAnOutcomeAreLeftOutAndCountedNeverReadAsZero() throws IOException {
        Path workbook = sampleWith(temp.resolve("blank.xlsx"), "terrorist_attacks", "blank MLI 2016");

        int exit = risk("backtest", "--input", workbook.toString(), "--reports", temp.resolve("reports").toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("2015→2016      10     0     1", "2014→2015      11     0     0");
    }

    @Test
    void unitsWithInsufficientDataAreExcludedAndCounted() throws IOException {
        Path workbook = sampleWith(temp.resolve("thin.xlsx"), "coastline_km", "blank MLI 2014");

        int exit = risk("backtest", "--input", workbook.toString(), "--reports", temp.resolve("reports").toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("2014→2015      10     1     0", "pooled         21     1     0");
    }

    @Test
    void outcomesFromAnotherWorkbook() throws IOException {
        Path outcomes = sampleWith(temp.resolve("outcomes.xlsx"), "terrorist_attacks", "blank MLI 2016");

        int exit = risk("backtest", "--outcomes", outcomes.toString(), "--reports", temp.resolve("reports").toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("(" + outcomes + ")", "2015→2016      10     0     1");
    }

    private static Path onlyBacktest(Path reports) throws IOException {
        try (Stream<Path> folders = Files.list(reports.resolve("backtests"))) {
            List<Path> published = folders.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
            assertThat(published).hasSize(1);
            return published.get(0);
        }
    }

    /**
     * A copy of the sample with one indicator blanked: "blank ISO YEAR" blanks one cell, "keep only
     * A B" blanks it for every other unit in every year.
     */
    private static Path sampleWith(Path file, String code, String edit) throws IOException {
        String[] words = edit.split(" ");
        try (InputStream in = Files.newInputStream(SAMPLE); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("Indicators");
            int column = -1;
            for (Cell cell : sheet.getRow(0)) {
                if (cell.getStringCellValue().equals(code)) {
                    column = cell.getColumnIndex();
                }
            }
            assertThat(column).as(code).isNotNegative();
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String iso3 = row.getCell(0).getStringCellValue();
                int year = (int) row.getCell(1).getNumericCellValue();
                boolean blank = words[0].equals("blank") ? iso3.equals(words[1]) && year == Integer.parseInt(words[2])
                        : !List.of(words).subList(2, words.length).contains(iso3);
                if (blank && row.getCell(column) != null) {
                    row.removeCell(row.getCell(column));
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        return file;
    }
}
