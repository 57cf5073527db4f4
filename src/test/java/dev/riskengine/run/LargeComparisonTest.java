package dev.riskengine.run;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import dev.riskengine.generate.GenerateRequest;
import dev.riskengine.generate.WorkbookGenerator;
import dev.riskengine.report.Listing;
import dev.riskengine.report.json.JsonSchemas;
import dev.riskengine.report.json.ScoresJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A large run compared with the one before it: what changed is listed, what did not is counted (issue 15). */
class LargeComparisonTest {
    private static final int UNITS = Listing.LARGE_ABOVE + 10;

    @TempDir
    Path folder;

    @Test
    void aLargeSecondRunOnTheSameWorkbookCountsItsUnchangedUnitsInsteadOfListingThem() throws Exception {
        // given: a first run of a generated workbook of more units than a small run has
        Path workbook = folder.resolve("grid.xlsx");
        new WorkbookGenerator().generate(new GenerateRequest(UNITS, 1, 2024, 1, 0.2, 0.05, workbook));
        Path reports = folder.resolve("reports");
        RunResult first = runOn(workbook, reports);

        // when: the same workbook again, compared with the first run
        RunResult second = runOn(workbook, reports);

        // then: no unit listed one by one, every one counted unchanged, and the file still meets its schema
        Path scores = second.folder().resolve(ScoresJson.FILE_NAME);
        JsonNode comparison = ScoresJson.read(scores).path("comparison");
        assertThat(comparison.path("previousRun").asText()).isEqualTo(first.folder().getFileName().toString());
        assertThat(comparison.path("countries")).isEmpty();
        assertThat(comparison.path("unchanged").asInt()).isEqualTo(UNITS);
        assertThat(JsonSchemas.scoresProblems(scores)).isEmpty();
        assertThat(second.consoleText(0)).contains(": 0 of " + UNITS + " units changed; input workbook unchanged; rule files unchanged.");
        // and verify, which makes the comparison again, finds the run reproduced
        RunVerification.Outcome verified = new RunVerification().verify(second.folder(), null, null);
        assertThat(verified.differences()).isEmpty();
        assertThat(verified.identical()).isTrue();
    }

    private static RunResult runOn(Path workbook, Path reports) throws Exception {
        return new AssessmentRun().execute(new RunRequest(workbook, ChildRun.RULES, reports, null));
    }
}
