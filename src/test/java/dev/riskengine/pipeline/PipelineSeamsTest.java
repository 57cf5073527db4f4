package dev.riskengine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.RankSensitivity;
import dev.riskengine.rules.PointsFactors;
import dev.riskengine.rules.RuleBase;
import dev.riskengine.rules.RuleOutcome;
import dev.riskengine.rules.ScoreSession;
import dev.riskengine.uncertainty.DrawProgress;
import dev.riskengine.uncertainty.MonteCarlo;
import dev.riskengine.uncertainty.PointsSensitivity;

/**
 * The two seams of the one pipeline: where compiled rules come from, and which engine evaluates
 * the units. Another source or engine plugs in without any caller changing, and the pipeline
 * sends every evaluation through it, Monte Carlo draws included.
 */
class PipelineSeamsTest {
    private static final Path SAMPLE = Path.of("inputs/indicators.xlsx");
    private static final Path RULES = Path.of("rules");

    /** The local engine, saying what it was asked to evaluate. */
    private static final class RecordingEngine implements AssessmentEngine {
        private final AssessmentEngine local = new LocalDroolsEngine();
        final List<String> asked = Collections.synchronizedList(new ArrayList<>());

        @Override
        public Map<String, RuleOutcome> outcomes(RuleBase rules, UnitFacts facts) {
            asked.add("outcomes");
            return local.outcomes(rules, facts);
        }

        @Override
        public Map<String, ScoreSession.Score> scores(RuleBase rules, UnitFacts facts, String during,
                                                      PointsFactors factors) {
            asked.add(during);
            return local.scores(rules, facts, during, factors);
        }

        @Override
        public boolean usesEveryCore(int units) {
            return local.usesEveryCore(units);
        }
    }

    @Test
    void monteCarloDrawsAreEvaluatedByThePipelinesEngine() throws Exception {
        RecordingEngine engine = new RecordingEngine();

        Pipeline.Evaluated evaluated = new Pipeline(new CompileEachTime(), engine)
                .evaluate(new Pipeline.Request(SAMPLE, RULES, 2016, false, 7, 42), DrawProgress.NONE);

        assertThat(evaluated.assessment().simulation()).isPresent();
        assertThat(engine.asked).filteredOn(MonteCarlo.DURING::equals).hasSize(7);
        assertThat(engine.asked).filteredOn("outcomes"::equals).hasSize(1);
    }

    @Test
    void sensitivityDrawsAreEvaluatedByThePipelinesEngine() throws Exception {
        RecordingEngine engine = new RecordingEngine();
        Pipeline pipeline = new Pipeline(new CompileEachTime(), engine);
        RuleBase rules = pipeline.rules(RULES);

        RankSensitivity sensitivity = pipeline.sensitivity(pipeline.read(SAMPLE), rules, 2016, 0.2, 5, 1,
                DrawProgress.NONE);

        assertThat(sensitivity.draws()).isEqualTo(5);
        assertThat(engine.asked).filteredOn(PointsSensitivity.DURING::equals).hasSize(5);
    }

    @Test
    void aRuleBaseSourcePlugsInAndGivesTheSameAssessmentAsCompilingEachTime() throws Exception {
        RuleBase compiledOnce = new CompileEachTime().rules(RULES);
        List<Path> asked = new ArrayList<>();
        Pipeline cached = new Pipeline(rulesDir -> {
            asked.add(rulesDir);
            return compiledOnce;
        }, new LocalDroolsEngine());
        Pipeline.Request request = new Pipeline.Request(SAMPLE, RULES, null, true, 0, 0);

        Pipeline.Evaluated fromSource = cached.evaluate(request, DrawProgress.NONE);
        Pipeline.Evaluated compiled = new Pipeline().evaluate(request, DrawProgress.NONE);

        assertThat(asked).containsExactly(RULES);
        assertThat(fromSource.rules()).isSameAs(compiledOnce);
        assertThat(scores(fromSource)).isEqualTo(scores(compiled));
    }

    private static List<String> scores(Pipeline.Evaluated evaluated) {
        return evaluated.assessment().allYears().stream().flatMap(year -> year.countries().stream()
                .map((CountryAssessment c) -> year.year() + " " + c.iso3() + " " + c.score() + " " + c.band()))
                .toList();
    }
}
