package dev.riskengine.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.RunComparison;
import dev.riskengine.report.json.JsonSchemas;
import dev.riskengine.report.json.ManifestJson;
import dev.riskengine.report.json.ScoresJson;
import dev.riskengine.report.writer.ReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large run's scores.json, written unit by unit rather than as a tree, names and meets the same schema. */
class StreamedScoresSchemaTest {
    @TempDir Path folder;

    @Test
    void aLargeRunsStreamedScoresJsonValidatesAgainstThePublishedSchema() throws Exception {
        // given: more units than a tree is built for, each compared with a previous run
        Assessment assessment = LargeReportsTest.manyUnits(Listing.LARGE_ABOVE + 10);
        RunComparison comparison = LargeReportsTest.comparedWithALowerRun(assessment);

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
