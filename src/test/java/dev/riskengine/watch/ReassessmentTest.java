package dev.riskengine.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.riskengine.sample.FolderCopy;
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
    void aCopiedRuleFileBreaksAPassWithOneLineNamingBothFiles(@TempDir Path temp) throws Exception {
        Path rules = FolderCopy.copy(RULES, temp.resolve("rules"));
        Files.copy(rules.resolve("exposure.drl"), rules.resolve("exposure copy.drl"));

        Reassessment.Outcome outcome = new Reassessment(rules, SAMPLE, null).run(true, true);

        assertThat(outcome).isInstanceOfSatisfying(Reassessment.Broken.class, broken -> assertThat(broken.problems())
                .containsExactly("rules/exposure copy.drl:14: rule \"Long coastline on smuggling and migration routes\""
                        + " is also defined at rules/exposure.drl:14 (package rules.defaults), and 5 more names are"
                        + " defined in these files too (a copied file?): a name must be unique in its package; rename"
                        + " them or remove the copy"));
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

    @Test
    void aSavedCaseFileRerunsTheCasesAgainstTheRulesAlreadyCompiled(@TempDir Path temp) throws Exception {
        Path rules = FolderCopy.copy(RULES, temp.resolve("rules"));
        Reassessment reassessment = new Reassessment(rules, SAMPLE, null);
        Reassessment.Outcome first = reassessment.run(true, true, true);
        Path scoring = rules.resolve("tests/scoring.yaml");
        Files.writeString(scoring, Files.readString(scoring).replace("LOW: { band: Low, score: 2.2,",
                "LOW: { band: Low, score: 2.5,"));

        Reassessment.Outcome again = reassessment.run(false, true, false);

        assertThat(first).isInstanceOfSatisfying(Reassessment.Assessed.class, before ->
                assertThat(before.tests().failed()).isZero());
        assertThat(again).isInstanceOfSatisfying(Reassessment.Assessed.class, assessed -> {
            assertThat(assessed.tests().failed()).isEqualTo(1);
            assertThat(assessed.evaluation().timingsMillis()).doesNotContainKey("compile");
            assertThat(assessed.evaluation().rules()).isSameAs(((Reassessment.Assessed) first).evaluation().rules());
        });
    }

    @Test
    void aYearNotInTheWorkbookIsSaidAsAssessSaysIt() {
        Reassessment.Outcome outcome = new Reassessment(RULES, SAMPLE, 2020).run(true, true);

        assertThat(outcome).isInstanceOfSatisfying(Reassessment.Broken.class, broken -> {
            assertThat(broken.what()).isEqualTo("nothing to assess");
            assertThat(broken.problems()).containsExactly(
                    "indicators.xlsx: Indicators: no year 2020 (the workbook has 2014, 2015, 2016)");
        });
    }
}
