package dev.riskengine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.riskengine.generate.GenerateRequest;
import dev.riskengine.generate.WorkbookGenerator;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.rules.RuleBase;
import dev.riskengine.rules.RuleCompiler;
import dev.riskengine.rules.ScoreSession;
import dev.riskengine.workbook.WorkbookReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmark's plain-Java evaluator must score exactly as the shipped rules do, or the comparison means nothing. */
class PlainJavaEvaluatorTest {
    @TempDir Path folder;
    private static RuleBase rules;

    @BeforeAll
    static void compile() throws Exception {
        rules = new RuleCompiler().compile(Path.of("rules"));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void givesTheSameScoresAndBandsAsTheShippedRulesOnRandomInputs(long seed) throws Exception {
        // given: a random grid with blanks and ranges (central values are what both evaluate)
        Path file = folder.resolve("grid-" + seed + ".xlsx");
        new WorkbookGenerator().generate(new GenerateRequest(500, 1, 2024, seed, 0.3, 0.1, file));
        IndicatorWorkbook workbook = new WorkbookReader().read(file);

        // when
        List<Object> facts = new ArrayList<>(workbook.indicators());
        facts.addAll(workbook.borders());
        Map<String, ScoreSession.Score> drools = new ScoreSession(rules, "in a test").run(workbook.countries(), facts);
        Map<String, PlainJavaEvaluator.Result> plain = new PlainJavaEvaluator()
                .evaluate(workbook.countries(), workbook.indicators(), workbook.borders());

        // then
        assertThat(plain).hasSameSizeAs(drools);
        drools.forEach((iso3, score) -> {
            assertThat(plain.get(iso3).score()).as(iso3 + " score").isEqualTo(score.value());
            assertThat(plain.get(iso3).band()).as(iso3 + " band").isEqualTo(score.band());
        });
        assertThat(drools.values().stream().map(ScoreSession.Score::band).distinct().count())
                .as("bands reached").isGreaterThanOrEqualTo(3);
    }
}
