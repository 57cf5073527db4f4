package dev.riskengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.riskengine.store.PublishedRuns;

/** {@code risk sensitivity} on the sample: the table, the files it publishes, its seed and its refusals. */
class SensitivityCommandTest extends CommandTest {
    @TempDir Path temp;

    private static Path onlyAnalysis(Path reports) throws Exception {
        try (Stream<Path> folders = Files.list(reports.resolve("sensitivity"))) {
            List<Path> all = folders.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    @Test
    void sensitivityOnTheSamplePrintsRankRangesAndRulesAndPublishesItsFilesBesideTheRuns() throws Exception {
        Path reports = temp.resolve("reports");

        int code = risk("sensitivity", "--reports", reports.toString(), "--draws", "60", "--seed", "3");

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("60 draws (seed 3)", "uniform from 0.80 to 1.20", "P5-P95",
                "Rules whose points move the ranking most");
        Path analysis = onlyAnalysis(reports);
        assertThat(analysis.resolve("sensitivity.html")).content().contains("<h2>Ranks and bands over the draws</h2>",
                "<h2>Rules whose points move the ranking most</h2>");
        assertThat(PublishedRuns.list(reports)).as("not a run: history, --keep and verify never see it").isEmpty();
        JsonNode json = new ObjectMapper().readTree(analysis.resolve("sensitivity.json").toFile());
        assertThat(json.get("draws").asInt()).isEqualTo(60);
        assertThat(json.get("rulesFolder").asText()).isEqualTo("rules");
        assertThat(json.get("spread").asDouble()).isEqualTo(0.2);
        assertThat(json.get("units")).hasSize(11);
        for (JsonNode unit : json.get("units")) {
            assertThat(unit.get("rankP5").asInt()).isLessThanOrEqualTo(unit.get("rankP95").asInt());
        }
        assertThat(json.get("rules").get(0).get("rankShare").asDouble()).isPositive();
    }

    @Test
    void bandSharesInSensitivityJsonKeepTheirFractions() throws Exception {
        Path reports = temp.resolve("reports");
        risk("sensitivity", "--reports", reports.toString(), "--draws", "60", "--seed", "3");

        JsonNode units = new ObjectMapper().readTree(onlyAnalysis(reports).resolve("sensitivity.json").toFile())
                .get("units");
        double fractions = 0;
        for (JsonNode unit : units) {
            double total = 0;
            for (JsonNode share : unit.get("bandProbabilities")) {
                total += share.asDouble();
                fractions += share.asDouble() > 0 && share.asDouble() < 1 ? 1 : 0;
            }
            assertThat(total).as(unit.get("iso3").asText()).isBetween(0.999999, 1.000001);
        }
        assertThat(fractions).as("units whose band differs between draws (Mali's High or Medium)").isPositive();
    }

    @Test
    void theSameSeedGivesTheSameSensitivityJson() throws Exception {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        risk("sensitivity", "--reports", first.toString(), "--draws", "40", "--seed", "9");
        risk("sensitivity", "--reports", second.toString(), "--draws", "40", "--seed", "9");

        JsonNode a = new ObjectMapper().readTree(onlyAnalysis(first).resolve("sensitivity.json").toFile());
        JsonNode b = new ObjectMapper().readTree(onlyAnalysis(second).resolve("sensitivity.json").toFile());
        assertThat(b.get("units")).isEqualTo(a.get("units"));
        assertThat(b.get("rules")).isEqualTo(a.get("rules"));
    }

    @Test
    void aSpreadOutsideZeroToOneIsRefusedInOneLineBeforeAnythingIsRead() {
        for (String spread : List.of("0", "1", "-0.1", "1.5", "NaN")) {
            err.getBuffer().setLength(0);
            Path reports = temp.resolve("r");

            int code = risk("sensitivity", "--reports", reports.toString(), "--spread", spread);

            assertThat(code).as(spread).isEqualTo(ExitCodes.USAGE);
            assertThat(err.toString()).as(spread).startsWith("--spread must be above 0 and below 1 (each rule's "
                    + "factor is uniform from 1 - S to 1 + S), was ");
            assertThat(reports).doesNotExist();
        }
    }

    @Test
    void noDrawsIsRefusedInOneLineBeforeAnythingIsRead() {
        Path reports = temp.resolve("r");

        int code = risk("sensitivity", "--reports", reports.toString(), "--draws", "0");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("--draws must be from 1 to 100,000 (the limit), was 0"
                + System.lineSeparator());
        assertThat(reports).doesNotExist();
    }

    @Test
    void aYearNotInTheWorkbookIsOneLocatedLineAndNothingWritten() {
        Path reports = temp.resolve("r");

        int code = risk("sensitivity", "--reports", reports.toString(), "--year", "1990", "--draws", "5");

        assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString().lines()).singleElement().asString().contains("indicators.xlsx", "1990");
        assertThat(reports).doesNotExist();
    }

    @Test
    void aReportsFolderThatIsAFileIsOneLineWithExitFive() throws Exception {
        Path reports = Files.writeString(temp.resolve("reports"), "not a folder");

        int code = risk("sensitivity", "--reports", reports.toString(), "--draws", "5", "--seed", "1");

        assertThat(code).isEqualTo(ExitCodes.CANNOT_WRITE_REPORTS);
        assertThat(err.toString().lines()).singleElement().asString().startsWith("cannot write reports to ");
        assertThat(reports).hasContent("not a folder");
    }
}
