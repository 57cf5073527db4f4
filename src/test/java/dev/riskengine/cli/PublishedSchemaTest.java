package dev.riskengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.riskengine.report.json.JsonSchemas;
import dev.riskengine.report.json.ManifestJson;
import dev.riskengine.report.json.ScoresJson;
import dev.riskengine.store.PublishedRuns;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scores.json and manifest.json of real runs name their JSON Schema in "$schema" and validate
 * against the schemas the jar ships, checked by a validator library rather than the engine's code.
 */
class PublishedSchemaTest extends CommandTest {
    @TempDir Path temp;

    @Test
    void theSampleRunAndARunWithDrawsValidateAgainstThePublishedSchemas() throws Exception {
        // given: the sample, then the sample again with Monte Carlo draws (and a comparison with the first run)
        Path reports = temp.resolve("reports");
        assertThat(risk("assess", "--input", "inputs/indicators.xlsx", "--rules", "rules", "--reports", reports.toString()))
                .as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(risk("assess", "--input", "inputs/indicators.xlsx", "--rules", "rules", "--reports", reports.toString(),
                "--draws", "30", "--seed", "5")).as(err.toString()).isEqualTo(ExitCodes.OK);

        // when
        List<Path> runs = PublishedRuns.list(reports);

        // then
        assertThat(runs).hasSize(2);
        for (Path run : runs) {
            JsonNode scores = new ObjectMapper().readTree(run.resolve(ScoresJson.FILE_NAME).toFile());
            JsonNode manifest = new ObjectMapper().readTree(run.resolve(ManifestJson.FILE_NAME).toFile());
            assertThat(scores.get("$schema").asText()).isEqualTo(ScoresJson.SCHEMA_ID);
            assertThat(manifest.get("$schema").asText()).isEqualTo(ManifestJson.SCHEMA_ID);
            assertThat(JsonSchemas.scoresProblems(run.resolve(ScoresJson.FILE_NAME))).isEmpty();
            assertThat(JsonSchemas.manifestProblems(run.resolve(ManifestJson.FILE_NAME))).isEmpty();
        }
        // what the schema checked: one of the runs drew samples and compared itself with the other
        assertThat(runs).anySatisfy(run -> {
            JsonNode scores = new ObjectMapper().readTree(run.resolve(ScoresJson.FILE_NAME).toFile());
            assertThat(scores.at("/countries/0/simulation/bandProbabilities").size()).isPositive();
            assertThat(scores.at("/comparison/previousRun").asText()).isNotEmpty();
        });
    }

    @Test
    void aScoresJsonOrManifestThatBreaksItsSchemaIsCaughtByTheValidator() throws Exception {
        // given: a real run, then its files edited as a careless script might
        Path reports = temp.resolve("reports");
        assertThat(risk("assess", "--input", "inputs/indicators.xlsx", "--rules", "rules", "--reports", reports.toString()))
                .as(err.toString()).isEqualTo(ExitCodes.OK);
        Path run = PublishedRuns.list(reports).get(0);
        ObjectMapper json = new ObjectMapper();
        ObjectNode scores = (ObjectNode) json.readTree(run.resolve(ScoresJson.FILE_NAME).toFile());
        ((ObjectNode) scores.get("countries").get(0)).put("score", "high");
        Path badScores = temp.resolve("scores.json");
        json.writeValue(badScores.toFile(), scores);
        ObjectNode manifest = (ObjectNode) json.readTree(run.resolve(ManifestJson.FILE_NAME).toFile());
        ((ObjectNode) manifest.get("reports")).put(ScoresJson.FILE_NAME, "not a digest");
        manifest.remove("inputSha256");
        Path badManifest = temp.resolve("manifest.json");
        json.writeValue(badManifest.toFile(), manifest);

        // when
        List<String> scoresProblems = JsonSchemas.scoresProblems(badScores);
        List<String> manifestProblems = JsonSchemas.manifestProblems(badManifest);

        // then: each violation is named where it is
        assertThat(scoresProblems).anySatisfy(problem -> assertThat(problem).startsWith("/countries/0/score"));
        assertThat(manifestProblems).anySatisfy(problem -> assertThat(problem).startsWith("/reports/scores.json"));
        assertThat(manifestProblems).anySatisfy(problem -> assertThat(problem).contains("inputSha256"));
    }
}
