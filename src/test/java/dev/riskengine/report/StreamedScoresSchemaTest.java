package dev.riskengine.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.PastRun;
import dev.riskengine.model.RunComparer;
import dev.riskengine.model.RunComparison;
import dev.riskengine.report.json.JsonSchemas;
import dev.riskengine.report.json.ManifestJson;
import dev.riskengine.report.json.ScoresJson;
import dev.riskengine.report.writer.ReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large run's scores.json, written unit by unit rather than as a tree, names and meets the same schema. */
class StreamedScoresSchemaTest {
    @TempDir Path folder;

    @Test
    void aLargeRunsStreamedScoresJsonValidatesAgainstThePublishedSchema() throws Exception {
        // given: more units than a tree is built for, each compared with a previous run
        Assessment assessment = LargeReportsTest.manyUnits(Listing.LARGE_ABOVE + 10);
        Map<String, PastRun.PastCountry> before = new LinkedHashMap<>();
        for (CountryAssessment c : assessment.countries()) {
            before.put(c.iso3(), new PastRun.PastCountry(c.iso3(), c.country().getName(), c.score() - 1.0, "Very Low", 1,
                    List.of(), c.contributions()));
        }
        RunComparison comparison = new RunComparer().compare(new PastRun("2026-11-18T06-00-00.000Z", 2024, "in",
                Map.of(), before), assessment, "in", Map.of());

        // when
        new ReportWriter().writeAll(assessment, SahelFixture.run(), comparison, folder);

        // then: streamed (a unit per line), with "$schema" first, and valid
        Path scores = folder.resolve(ScoresJson.FILE_NAME);
        List<String> lines = Files.readAllLines(scores);
        assertThat(lines.get(1).strip()).isEqualTo("\"$schema\": \"" + ScoresJson.SCHEMA_ID + "\",");
        assertThat(lines).filteredOn(line -> line.strip().startsWith("{\"iso3\":\"XSG-")).hasSizeGreaterThan(2 * Listing.LARGE_ABOVE);
        assertThat(JsonSchemas.scoresProblems(scores)).isEmpty();
        assertThat(JsonSchemas.manifestProblems(folder.resolve(ManifestJson.FILE_NAME))).isEmpty();
    }
}
