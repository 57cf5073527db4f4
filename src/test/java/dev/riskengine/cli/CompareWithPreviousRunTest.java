package dev.riskengine.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.riskengine.store.PublishedRuns;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** Every report says what changed since the previous run, and why; {@code --compare-to} picks another run. */
class CompareWithPreviousRunTest {

    @TempDir
    Path temp;

    private Path input;
    private Path rules;
    private Path reports;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void copyTheSample() throws Exception {
        input = Files.copy(Path.of("inputs/indicators.xlsx"), temp.resolve("indicators.xlsx"));
        rules = Files.createDirectories(temp.resolve("rules"));
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        reports = temp.resolve("reports");
    }

    @Test
    void theFirstRunSaysThereIsNothingToCompareWith() throws Exception {
        // when
        int code = assess();

        // then
        assertThat(code).isEqualTo(ExitCodes.OK);
        Path run = runs().get(0);
        JsonNode comparison = scores(run).path("comparison");
        assertThat(comparison.path("version").asInt()).isEqualTo(1);
        assertThat(comparison.path("previousRun").isNull()).isTrue();
        assertThat(comparison.path("note").asText()).isEqualTo("first run: nothing to compare with");
        assertThat(Files.readString(run.resolve("summary.md"))).contains("First run: nothing to compare with.");
        assertThat(Files.readString(run.resolve("report.html"))).contains("First run: nothing to compare with.");
        assertThat(changesSheetTitle(run)).isEqualTo("First run: nothing to compare with.");
        assertThat(out.toString()).contains("First run: nothing to compare with.");
    }

    @Test
    void aChangedCellAndAChangedRuleFileAreNamedInEveryReport() throws Exception {
        // given: a first run, then Tunisia's attacks go from 12 to 150 and a rule file is edited
        assess();
        Path first = runs().get(0);
        String attacksCell = indicatorCell(scores(first), "TUN", "terrorist_attacks");
        setCell(input, attacksCell, 150);
        Path vulnerability = rules.resolve("vulnerability.drl");
        Files.writeString(vulnerability, Files.readString(vulnerability) + "\n// reviewed\n");

        // when
        int code = assess();

        // then
        assertThat(code).isEqualTo(ExitCodes.OK);
        Path second = runs().get(1);
        JsonNode comparison = scores(second).path("comparison");
        assertThat(comparison.path("previousRun").asText()).isEqualTo(first.getFileName().toString());
        assertThat(comparison.path("inputChanged").asBoolean()).isTrue();
        assertThat(comparison.path("ruleFiles")).hasSize(1);
        assertThat(comparison.path("ruleFiles").get(0).path("file").asText()).isEqualTo("vulnerability.drl");
        assertThat(comparison.path("ruleFiles").get(0).path("change").asText()).isEqualTo("changed");
        JsonNode tunisia = country(comparison, "TUN");
        assertThat(tunisia.path("scoreChange").asDouble()).isPositive();
        assertThat(tunisia.path("cells")).hasSize(1);
        assertThat(tunisia.path("cells").get(0).path("cell").asText()).isEqualTo(attacksCell);
        assertThat(tunisia.path("cells").get(0).path("before").path("value").asDouble()).isEqualTo(12);
        assertThat(tunisia.path("cells").get(0).path("after").path("value").asDouble()).isEqualTo(150);
        List<String> changes = new ArrayList<>();
        tunisia.path("contributions").forEach(c -> changes.add(c.path("change").asText() + " " + c.path("dimension").asText()));
        assertThat(changes).contains("appeared THREAT", "disappeared THREAT");
        // a country whose inputs did not change and whose score did not move is not listed as changed
        JsonNode morocco = country(comparison, "MAR");
        assertThat(morocco.path("cells")).isEmpty();
        assertThat(morocco.path("contributions")).isEmpty();

        String markdown = Files.readString(second.resolve("summary.md"));
        assertThat(markdown).contains("## Since the previous run", "Compared with run " + first.getFileName(),
                "vulnerability.drl changed", "terrorist\\_attacks " + attacksCell + ": 12 → 150");
        String html = Files.readString(second.resolve("report.html"));
        assertThat(html).contains("<section id=\"changes\">", "vulnerability.drl changed",
                "<code>terrorist_attacks</code> <span class=\"cells\">" + attacksCell + "</span>: 12 → 150");
        assertThat(changesSheetTitle(second)).startsWith("Compared with run " + first.getFileName());
        assertThat(out.toString()).contains("Compared with run " + first.getFileName());
    }

    @Test
    void compareToPicksAnEarlierRunByNameOrPath() throws Exception {
        // given: three runs
        assess();
        assess();
        assess();
        List<Path> runs = runs();

        // when
        int byName = assess("--compare-to", runs.get(0).getFileName().toString());
        JsonNode comparedByName = scores(runs().get(3)).path("comparison");
        int byPath = assess("--compare-to", runs.get(1).toString());
        JsonNode comparedByPath = scores(runs().get(4)).path("comparison");

        // then
        assertThat(byName).isEqualTo(ExitCodes.OK);
        assertThat(comparedByName.path("previousRun").asText()).isEqualTo(runs.get(0).getFileName().toString());
        assertThat(byPath).isEqualTo(ExitCodes.OK);
        assertThat(comparedByPath.path("previousRun").asText()).isEqualTo(runs.get(1).getFileName().toString());
        assertThat(out.toString()).contains("Band changes since " + runs.get(1).getFileName() + ": none.");
    }

    @Test
    void anUnknownRunIsAUsageErrorAndNothingIsWritten() throws Exception {
        assess();

        int code = assess("--compare-to", "2020-01-01T00-00-00.000Z");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString().strip()).isEqualTo("--compare-to 2020-01-01T00-00-00.000Z: no run folder by that name in "
                + reports + " and no such folder");
        assertThat(runs()).hasSize(1);
    }

    @Test
    void verifyMakesTheComparisonAgainAndSaysWhenItCannot() throws Exception {
        // given: two runs, the second compared with the first
        assess();
        assess();
        List<Path> runs = runs();

        // when / then: the comparison is reproduced too
        assertThat(risk("verify", runs.get(1).toString(), "--input", input.toString(), "--rules", rules.toString()))
                .isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("reproduced from the run's own copies").contains("scores.json identical.").doesNotContain("not checked");

        // when the first run is gone, the rest is still verified and the comparison is said to be unchecked
        Files.walk(runs.get(0)).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        assertThat(risk("verify", runs.get(1).toString(), "--input", input.toString(), "--rules", rules.toString()))
                .isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("comparison with " + runs.get(0).getFileName() + " not checked");
    }

    private int assess(String... more) {
        List<String> args = new ArrayList<>(List.of("assess", "--input", input.toString(), "--rules", rules.toString(),
                "--reports", reports.toString()));
        args.addAll(List.of(more));
        return risk(args.toArray(String[]::new));
    }

    private int risk(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cmd = RiskCommand.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    private List<Path> runs() throws Exception {
        return PublishedRuns.list(reports);
    }

    private static JsonNode scores(Path run) throws Exception {
        return new ObjectMapper().readTree(run.resolve("scores.json").toFile());
    }

    private static JsonNode country(JsonNode comparison, String iso3) {
        for (JsonNode c : comparison.path("countries")) {
            if (c.path("iso3").asText().equals(iso3)) {
                return c;
            }
        }
        throw new AssertionError(iso3 + " not in the comparison");
    }

    private static String indicatorCell(JsonNode scores, String iso3, String code) {
        for (JsonNode c : scores.path("countries")) {
            if (c.path("iso3").asText().equals(iso3)) {
                for (JsonNode i : c.path("indicators")) {
                    if (i.path("code").asText().equals(code)) {
                        return i.path("cell").asText();
                    }
                }
            }
        }
        throw new AssertionError(iso3 + " has no " + code);
    }

    /** Sets a cell such as "Indicators!F10" of a workbook to a number. */
    private static void setCell(Path workbook, String address, double value) throws Exception {
        CellReference ref = new CellReference(address);
        Workbook book;
        try (InputStream in = Files.newInputStream(workbook)) {
            book = WorkbookFactory.create(in);
        }
        try (book) {
            Sheet sheet = book.getSheet(ref.getSheetName());
            sheet.getRow(ref.getRow()).getCell(ref.getCol()).setCellValue(value);
            try (OutputStream os = Files.newOutputStream(workbook)) {
                book.write(os);
            }
        }
    }

    private static String changesSheetTitle(Path run) throws Exception {
        try (InputStream in = Files.newInputStream(run.resolve("summary.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
            return book.getSheet("Changes").getRow(0).getCell(0).getStringCellValue();
        }
    }
}
