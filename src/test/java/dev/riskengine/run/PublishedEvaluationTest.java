package dev.riskengine.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import dev.riskengine.report.json.HistoryJson;
import dev.riskengine.report.json.ScoresJson;
import dev.riskengine.sample.FolderCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing an evaluation the caller already has (watch mode's pass): the run folder is of that
 * evaluation, not of the files as they are by the time it is written.
 */
class PublishedEvaluationTest {

    @TempDir
    Path temp;

    @Test
    void anEvaluationIsPublishedAsItWasMadeEvenAfterItsFilesWereSavedAgain() throws Exception {
        // given: an evaluation, then the analyst saves a broken rule and a half-written workbook
        Path rules = FolderCopy.copy(Path.of("rules"), temp.resolve("rules"));
        Path input = Files.copy(Path.of("inputs/indicators.xlsx"), temp.resolve("indicators.xlsx"));
        Path reports = temp.resolve("reports");
        RunRequest request = new RunRequest(input, rules, reports, null);
        AssessmentRun.Evaluation evaluation = new AssessmentRun().evaluate(request);
        Files.writeString(rules.resolve("exposure.drl"), "rule \"half typed\" when then", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(input, "not a workbook any more");

        // when
        RunResult result = new AssessmentRun().execute(request, evaluation);

        // then: published from the evaluation; reading or compiling again would have failed
        assertThat(result.assessment()).isSameAs(evaluation.assessment());
        JsonNode scores = ScoresJson.read(result.folder().resolve(ScoresJson.FILE_NAME));
        assertThat(scores.get("countries")).extracting(c -> c.get("iso3").asText() + " " + c.get("score").asDouble())
                .containsExactlyElementsOf(evaluation.assessment().countries().stream()
                        .map(c -> c.iso3() + " " + c.score()).toList());
        assertThat(scores.get("years")).extracting(JsonNode::asInt).containsExactly(2014, 2015, 2016);
        assertThat(result.metadata().timingsMillis()).containsKeys("read", "compile", "evaluate", "write");
        assertThat(Files.readString(reports.resolve(HistoryJson.FILE_NAME))).contains(result.metadata().runId());
    }

    @Test
    void aPublishedEvaluationIsComparedWithTheNewestRunBeforeIt() throws Exception {
        Path reports = temp.resolve("reports");
        RunRequest request = new RunRequest(Path.of("inputs/indicators.xlsx"), Path.of("rules"), reports, null);
        RunResult first = new AssessmentRun().execute(request);

        RunResult second = new AssessmentRun().execute(request, new AssessmentRun().evaluate(request));

        assertThat(second.comparison()).isNotNull();
        assertThat(second.comparison().previousRunId()).isEqualTo(first.metadata().runId());
        assertThat(second.comparison().changedCountries()).isEmpty();
        assertThat(second.folder()).isNotEqualTo(first.folder());
    }

}
