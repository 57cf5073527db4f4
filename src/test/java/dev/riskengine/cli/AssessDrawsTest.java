package dev.riskengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code assess --draws N --seed S}: Monte Carlo results in every report format. */
class AssessDrawsTest extends CommandTest {
    @TempDir Path temp;

    private Path onlyRun(Path reports) throws Exception {
        return dev.riskengine.store.PublishedRuns.list(reports).stream().findFirst().orElseThrow();
    }

    @Test
    void everyReportCarriesPercentilesAndBandProbabilities() throws Exception {
        // given
        Path reports = temp.resolve("reports");

        // when
        int code = risk("assess", "--input", "inputs/indicators.xlsx", "--rules", "rules",
                "--reports", reports.toString(), "--draws", "40", "--seed", "17");

        // then
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("40 Monte Carlo draws (seed 17)");
        Path run = onlyRun(reports);

        JsonNode scores = new ObjectMapper().readTree(run.resolve("scores.json").toFile());
        assertThat(scores.at("/simulation/draws").asInt()).isEqualTo(40);
        assertThat(scores.at("/simulation/seed").asLong()).isEqualTo(17);
        JsonNode mali = scores.get("countries").findParents("iso3").stream()
                .filter(c -> c.get("iso3").asText().equals("MLI")).findFirst().orElseThrow();
        JsonNode simulation = mali.get("simulation");
        assertThat(simulation.get("p10").asDouble()).isLessThanOrEqualTo(simulation.get("p50").asDouble());
        assertThat(simulation.get("p50").asDouble()).isLessThanOrEqualTo(simulation.get("p90").asDouble());
        double total = 0;
        for (JsonNode p : simulation.get("bandProbabilities")) {
            total += p.asDouble();
        }
        assertThat(total).isBetween(0.999999, 1.000001);

        try (Workbook workbook = WorkbookFactory.create(run.resolve("summary.xlsx").toFile())) {
            Sheet sheet = workbook.getSheet("Uncertainty");
            assertThat(workbook.getSheetIndex(sheet)).isEqualTo(1);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("P10");
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("P90");
            assertThat(header.getCell(7).getStringCellValue()).startsWith("P(");
            assertThat(sheet.getLastRowNum()).isEqualTo(11);
        }
        assertThat(Files.readString(run.resolve("summary.md"))).contains("## Uncertainty", "| P10 | P50 | P90 |");
        assertThat(Files.readString(run.resolve("report.html"))).contains("<section id=\"uncertainty\">", "<th class=\"num\">P90</th>");
    }

    @Test
    void theSameSeedReproducesTheDistributions() throws Exception {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        risk("assess", "--reports", first.toString(), "--draws", "30", "--seed", "5");
        risk("assess", "--reports", second.toString(), "--draws", "30", "--seed", "5");

        JsonNode a = new ObjectMapper().readTree(onlyRun(first).resolve("scores.json").toFile());
        JsonNode b = new ObjectMapper().readTree(onlyRun(second).resolve("scores.json").toFile());
        assertThat(b.get("countries")).isEqualTo(a.get("countries"));
    }

    @Test
    void noDrawsIsAUsageError() {
        int code = risk("assess", "--reports", temp.resolve("r").toString(), "--draws", "0");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--draws must be from 1 to 100,000");
    }

    @Test
    @Timeout(20)
    void twoBillionDrawsAreRefusedAtParsingWithTheLimitNamed() {
        Path reports = temp.resolve("r");

        int code = risk("assess", "--reports", reports.toString(), "--draws", "2000000000");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith(
                "--draws must be from 1 to 100,000 (the limit), was 2,000,000,000" + System.lineSeparator());
        assertThat(reports).doesNotExist(); // refused before the lock or any folder
    }

    @Test
    void withoutDrawsTheReportsHaveNoSimulation() throws Exception {
        Path reports = temp.resolve("plain");
        risk("assess", "--reports", reports.toString());

        JsonNode scores = new ObjectMapper().readTree(onlyRun(reports).resolve("scores.json").toFile());
        assertThat(scores.has("simulation")).isFalse();
        assertThat(scores.get("countries").get(0).has("simulation")).isFalse();
    }
}
