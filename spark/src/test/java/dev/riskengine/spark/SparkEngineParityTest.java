package dev.riskengine.spark;

import static dev.riskengine.spark.SparkTestKit.RULES;
import static dev.riskengine.spark.SparkTestKit.SAMPLE;
import static dev.riskengine.spark.SparkTestKit.localSpark;
import static dev.riskengine.spark.SparkTestKit.shippedRulesWithAFailingRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.riskengine.generate.GenerateRequest;
import dev.riskengine.generate.WorkbookGenerator;
import dev.riskengine.model.Assessment;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.model.Simulation;
import dev.riskengine.pipeline.CompileEachTime;
import dev.riskengine.pipeline.Pipeline;
import dev.riskengine.pipeline.UnitFacts;
import dev.riskengine.rules.RuleBase;
import dev.riskengine.rules.RuleExecutionException;
import dev.riskengine.uncertainty.DrawProgress;

/**
 * Issue 16: the rules on Spark (local[2], one session for the class) give what the local engine
 * gives, unit for unit: score, band, range, dimensions, contributions with their provenance, rank.
 */
class SparkEngineParityTest {
    private static JavaSparkContext spark;

    @TempDir Path temp;

    @BeforeAll
    static void startSpark() {
        spark = localSpark("parity");
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void sampleGivesTheLocalEnginesScoresBandsDimensionsAndContributions() throws Exception {
        assertSameAssessment(SAMPLE, new SparkEngine(spark));
    }

    @Test
    void unitWhoseNeighbourIsAssessedInAnotherPartitionSeesItAsInOneSession() throws Exception {
        // One unit per batch: every neighbour a rule reads (spillover) is assessed in another partition.
        assertSameAssessment(SAMPLE, new SparkEngine(spark, 1));
    }

    @Test
    void generatedTenThousandUnitWorkbookGivesTheLocalEnginesAssessment() throws Exception {
        Path grid = temp.resolve("grid.xlsx");
        new WorkbookGenerator().generate(new GenerateRequest(10_000, 1, 2024, 7, 0.3, 0.05, grid));
        assertSameAssessment(grid, new SparkEngine(spark));
    }

    @Test
    void allDrawsRunInOneSparkJobAndGiveTheLocalEnginesSimulation() throws Exception {
        // batches of 3 units: every batch's draws run in its own task, most neighbours in other partitions
        assertSameSimulation(SAMPLE, new SparkEngine(spark, 3), 60);
    }

    @Test
    void drawsOfAGeneratedGridSpreadOverPartitionsGiveTheLocalEnginesSimulation() throws Exception {
        Path grid = temp.resolve("grid-draws.xlsx");
        new WorkbookGenerator().generate(new GenerateRequest(400, 1, 2024, 11, 0.4, 0.05, grid));
        assertSameSimulation(grid, new SparkEngine(spark, 50), 20);
    }

    private static void assertSameSimulation(Path input, SparkEngine engine, int draws) throws Exception {
        Pipeline local = new Pipeline();
        IndicatorWorkbook workbook = local.read(input);
        RuleBase rules = local.rules(RULES);
        int year = Pipeline.year(input, null, workbook);
        Simulation expected = local.simulate(workbook, rules, year, draws, 7L, DrawProgress.NONE);
        assertThat(expected.byIso3()).isNotEmpty();
        assertThat(expected.byIso3().values()).as("some unit's score moves between draws")
                .anySatisfy(unit -> assertThat(unit.p90()).isGreaterThan(unit.p10()));

        String group = "draws-" + input.getFileName();
        spark.setJobGroup(group, "the draws of " + input.getFileName(), false);
        Simulation onSpark = new Pipeline(new CompileEachTime(), engine).simulate(workbook, rules, year, draws, 7L,
                DrawProgress.NONE);
        spark.clearJobGroup();

        assertThat(spark.statusTracker().getJobIdsForGroup(group)).as("Spark jobs for %d draws", draws).hasSize(1);
        assertThat(onSpark).isEqualTo(expected);
    }

    @Test
    void ruleErrorOnAnExecutorIsTheLocalEnginesLocatedError() throws Exception {
        Path rules = shippedRulesWithAFailingRule(temp);
        Pipeline local = new Pipeline();
        IndicatorWorkbook workbook = local.read(SAMPLE);
        RuleBase compiled = local.rules(rules);
        int year = Pipeline.year(SAMPLE, null, workbook);
        String localMessage = null;
        try {
            local.assess(workbook, compiled, year, false);
        } catch (RuleExecutionException e) {
            localMessage = e.getMessage();
        }
        assertThat(localMessage).startsWith("rules/codes.drl:4: rule \"Codes with a long suffix\"");

        Pipeline onSpark = new Pipeline(new CompileEachTime(), new SparkEngine(spark));
        assertThatThrownBy(() -> onSpark.assess(workbook, compiled, year, false))
                .isExactlyInstanceOf(RuleExecutionException.class)
                .hasMessage(localMessage);
    }

    @Test
    void emptyInputGivesNoOutcomesAndStartsNoJob() throws Exception {
        RuleBase rules = new Pipeline().rules(RULES);
        UnitFacts none = new UnitFacts(List.of(), List.of(), List.of(), List.of());

        assertThat(new SparkEngine(spark).outcomes(rules, none)).isEmpty();
    }

    private static void assertSameAssessment(Path input, SparkEngine engine) throws Exception {
        Pipeline local = new Pipeline();
        IndicatorWorkbook workbook = local.read(input);
        RuleBase rules = local.rules(RULES);
        int year = Pipeline.year(input, null, workbook);

        Assessment expected = local.assess(workbook, rules, year, false);
        Assessment onSpark = new Pipeline(new CompileEachTime(), engine).assess(workbook, rules, year, false);

        assertThat(onSpark.countries()).hasSize(workbook.countries().size());
        assertThat(onSpark.countries()).isEqualTo(expected.countries());
        assertThat(onSpark).isEqualTo(expected);
    }

}
