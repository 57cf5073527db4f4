package dev.riskengine.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.riskengine.model.Assessment;

/** A pass hands over what it evaluated, so --write-reports publishes that pass instead of making another. */
class ReassessmentTest {
    private static final Path RULES = Path.of("rules");
    private static final Path SAMPLE = Path.of("inputs/indicators.xlsx");

    @Test
    void aPassForReportsAssessesEveryYearAsAssessDoesAndHandsOverItsEvaluation() {
        Reassessment.Outcome outcome = new Reassessment(RULES, SAMPLE, null, true).run(true, true);

        assertThat(outcome).isInstanceOfSatisfying(Reassessment.Assessed.class, assessed -> {
            assertThat(assessed.evaluation().assessment()).isSameAs(assessed.assessment());
            assertThat(assessed.assessment().year()).isEqualTo(2016);
            assertThat(assessed.assessment().otherYears()).extracting(Assessment::year).containsExactly(2014, 2015);
            assertThat(assessed.evaluation().rules().ruleCount()).isEqualTo(assessed.rules());
            assertThat(assessed.evaluation().timingsMillis()).containsKeys("compile", "read", "evaluate");
        });
    }

    @Test
    void aPassOnlyShownAssessesTheOneYearAndReusesWhatNoChangeTouched() {
        Reassessment reassessment = new Reassessment(RULES, SAMPLE, null);
        reassessment.run(true, true);

        Reassessment.Outcome again = reassessment.run(false, false);

        assertThat(again).isInstanceOfSatisfying(Reassessment.Assessed.class, assessed -> {
            assertThat(assessed.assessment().otherYears()).isEmpty();
            assertThat(assessed.evaluation().timingsMillis()).containsOnlyKeys("evaluate");
        });
    }
}
