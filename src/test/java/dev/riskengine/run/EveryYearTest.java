package dev.riskengine.run;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import dev.riskengine.model.Assessment;
import dev.riskengine.report.json.ScoresJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A run assesses every year of the sample (2014-2016) and reports the latest; --year assesses one. */
class EveryYearTest {

    private static final Path SAMPLE = Path.of("inputs/indicators.xlsx");
    private static final Path RULES = Path.of("rules");

    @TempDir
    Path reports;

    @Test
    void aRunWithoutYearAssessesEveryYearAndReportsTheLatest() throws Exception {
        // when
        RunResult result = new AssessmentRun().execute(new RunRequest(SAMPLE, RULES, reports, null));

        // then
        Assessment assessment = result.assessment();
        assertThat(assessment.year()).isEqualTo(2016);
        assertThat(assessment.otherYears()).extracting(Assessment::year).containsExactly(2014, 2015);
        assertThat(assessment.previousYear()).map(Assessment::year).contains(2015);
        // Each year is its own session: the other years' scores are those of a run asked for that year.
        Assessment only2015 = new AssessmentRun().evaluate(new RunRequest(SAMPLE, RULES, null, 2015)).assessment();
        assertThat(assessment.otherYears().get(1).countries())
                .extracting(c -> c.iso3() + " " + c.score() + " " + c.band() + " " + c.dimensions())
                .containsExactlyElementsOf(only2015.countries().stream()
                        .map(c -> c.iso3() + " " + c.score() + " " + c.band() + " " + c.dimensions()).toList());

        JsonNode scores = ScoresJson.read(result.folder().resolve(ScoresJson.FILE_NAME));
        assertThat(scores.get("year").asInt()).isEqualTo(2016);
        assertThat(scores.get("years")).extracting(JsonNode::asInt).containsExactly(2014, 2015, 2016);
        assertThat(scores.get("otherYears")).extracting(y -> y.get("year").asInt()).containsExactly(2014, 2015);
        assertThat(scores.get("countries")).allSatisfy(country ->
                assertThat(country.at("/changeSincePreviousYear/previousYear").asInt()).isEqualTo(2015));
        assertThat(result.metadata().counts()).containsEntry("years", 3);
    }

    @Test
    void aYearAskedForIsTheOnlyYearAssessed() throws Exception {
        // when
        Assessment assessment = new AssessmentRun().evaluate(new RunRequest(SAMPLE, RULES, null, 2015)).assessment();

        // then
        assertThat(assessment.year()).isEqualTo(2015);
        assertThat(assessment.otherYears()).isEmpty();
        assertThat(assessment.previousYear()).isEmpty();
    }
}
