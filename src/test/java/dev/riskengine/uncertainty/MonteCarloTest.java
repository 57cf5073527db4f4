package dev.riskengine.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.riskengine.generate.GenerateRequest;
import dev.riskengine.generate.WorkbookGenerator;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.model.ScoreDistribution;
import dev.riskengine.model.Simulation;
import dev.riskengine.rules.EvidenceFacts;
import dev.riskengine.rules.RuleBase;
import dev.riskengine.rules.RuleCompiler;
import dev.riskengine.workbook.WorkbookReader;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonteCarloTest {
    private static RuleBase rules;
    private static IndicatorWorkbook workbook;

    @BeforeAll
    static void compileAndGenerate(@TempDir Path folder) throws Exception {
        rules = new RuleCompiler().compile(Path.of("rules"));
        // Wide ranges on many cells, so that draws really differ.
        Path file = folder.resolve("grid.xlsx");
        new WorkbookGenerator().generate(new GenerateRequest(60, 1, 2024, 3, 0.6, 0.0, file));
        workbook = new WorkbookReader().read(file);
    }

    private static Simulation simulate(int threads, int draws, long seed) {
        return new MonteCarlo(rules, threads, DrawProgress.NONE)
                .run(workbook.countries(), workbook.indicators(), workbook.borders(), draws, seed);
    }

    @Test
    void theSameSeedGivesTheSameDistributionsOnOneThreadOrTwo() {
        Simulation oneThread = simulate(1, 120, 99);
        Simulation twoThreads = simulate(2, 120, 99);
        Simulation twoThreadsAgain = simulate(2, 120, 99);

        assertThat(twoThreads).isEqualTo(oneThread);
        assertThat(twoThreadsAgain).isEqualTo(oneThread);
    }

    @Test
    void aUnitWithInsufficientDataHasNoDistributionAndTheOthersStillDraw() {
        // given: the first unit without any indicator, with the evidence facts an assessment inserts
        String blank = workbook.countries().get(0).getIso3();
        var indicators = workbook.indicators().stream().filter(i -> !i.getIso3().equals(blank)).toList();
        var evidence = EvidenceFacts.of(rules.dimensionInputs(), null, 2024, workbook.countries(), indicators);

        Simulation simulation = new MonteCarlo(rules, 2, DrawProgress.NONE)
                .run(workbook.countries(), indicators, workbook.borders(), evidence, 40, 3);

        assertThat(simulation.of(blank)).as("no score in any draw, so no distribution").isEmpty();
        assertThat(simulation.bands()).doesNotContain("Insufficient data");
        assertThat(simulation.byIso3()).hasSizeGreaterThan(40);
    }

    @Test
    void anotherSeedGivesOtherDraws() {
        assertThat(simulate(2, 120, 100).byIso3()).isNotEqualTo(simulate(2, 120, 99).byIso3());
    }

    @Test
    void bandProbabilitiesAddUpToOneAndPercentilesAreOrdered() {
        Simulation simulation = simulate(2, 200, 7);

        assertThat(simulation.draws()).isEqualTo(200);
        assertThat(simulation.byIso3()).hasSize(60);
        int uncertain = 0;
        for (ScoreDistribution d : simulation.byIso3().values()) {
            assertThat(d.bandProbabilities().values().stream().mapToDouble(Double::doubleValue).sum())
                    .isCloseTo(1.0, within(1e-9));
            assertThat(d.bandProbabilities().values()).allSatisfy(p -> assertThat(p * 200).isCloseTo(Math.rint(p * 200), within(1e-9)));
            assertThat(d.p10()).isLessThanOrEqualTo(d.p50());
            assertThat(d.p50()).isLessThanOrEqualTo(d.p90());
            assertThat(d.p10()).isBetween(0.0, 10.0);
            uncertain += d.p90() > d.p10() ? 1 : 0;
        }
        assertThat(uncertain).as("units whose score varies over the draws").isPositive();
        assertThat(simulation.bands()).isSubsetOf("Very Low", "Low", "Medium", "High", "Very High");
    }

    @Test
    void progressIsToldOfEveryDraw() {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger drawn = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        DrawProgress counting = new DrawProgress() {
            @Override public void started(int draws) { started.set(draws); }
            @Override public void drawn() { drawn.incrementAndGet(); }
            @Override public void finished() { finished.incrementAndGet(); }
        };

        new MonteCarlo(rules, 2, counting).run(workbook.countries(), workbook.indicators(), workbook.borders(), 30, 1);

        assertThat(started.get()).isEqualTo(30);
        assertThat(drawn.get()).isEqualTo(30);
        assertThat(finished.get()).isEqualTo(1);
    }
}
