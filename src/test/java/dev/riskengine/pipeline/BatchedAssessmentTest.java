package dev.riskengine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.riskengine.generate.GenerateRequest;
import dev.riskengine.generate.WorkbookGenerator;
import dev.riskengine.model.Assessment;
import dev.riskengine.model.Border;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.model.Simulation;
import dev.riskengine.rules.PointsFactors;
import dev.riskengine.rules.RuleOutcome;
import dev.riskengine.rules.ScoreSession;
import dev.riskengine.uncertainty.DrawProgress;
import dev.riskengine.rules.RuleBase;
import dev.riskengine.rules.RuleCompiler;
import dev.riskengine.workbook.WorkbookReader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Assessing a large workbook batch by batch must give exactly what one session over everything gives. */
class BatchedAssessmentTest {
    @TempDir Path folder;

    @Test
    void batchesWithTheirHaloGiveTheSameAssessmentAsOneSession() throws Exception {
        // given: 1,200 grid units with hotspots (so spillover crosses batch edges), ranges and blanks
        IndicatorWorkbook workbook = grid(1_200, 4, 0.3);
        RuleBase rules = new RuleCompiler().compile(Path.of("rules"));

        // when
        Assessment whole = new Assessor(rules, Integer.MAX_VALUE).assess(workbook, 2024);
        Assessment batched = new Assessor(rules, 150).assess(workbook, 2024);

        // then
        assertThat(describe(batched)).isEqualTo(describe(whole));
        assertThat(whole.countries().stream().flatMap(c -> c.contributions().stream())
                .filter(c -> c.rule().startsWith("Spillover")).count()).as("spillovers").isGreaterThan(50);
    }

    /** A generated grid of 1,000 units (seed 2). */
    private IndicatorWorkbook grid() throws Exception {
        return grid(1_000, 2, 0.2);
    }

    /** A generated grid of one year, 2024, with this share of its cells as ranges and 5 % blank. */
    private IndicatorWorkbook grid(int units, long seed, double rangeShare) throws Exception {
        Path file = folder.resolve("grid-" + units + "-" + seed + ".xlsx");
        new WorkbookGenerator().generate(new GenerateRequest(units, 1, 2024, seed, rangeShare, 0.05, file));
        return new WorkbookReader().read(file);
    }

    @Test
    void drawsRunBatchByBatchGiveTheSimulationOfDrawsRunOneAfterTheOther() throws Exception {
        // given: 600 grid units with many ranges, in batches of 100 (spillover across batch edges)
        IndicatorWorkbook workbook = grid(600, 9, 0.4);
        RuleBase rules = new RuleCompiler().compile(Path.of("rules"));
        UnitFacts facts = Assessor.factsOf(rules, workbook, 2024);
        LocalDroolsEngine engine = new LocalDroolsEngine(100);
        // the draw-by-draw way, each draw's units scored by the engine: AssessmentEngine's own default
        AssessmentEngine drawByDraw = new AssessmentEngine() {
            @Override public Map<String, RuleOutcome> outcomes(RuleBase r, UnitFacts f) { return engine.outcomes(r, f); }
            @Override public Map<String, ScoreSession.Score> scores(RuleBase r, UnitFacts f, String during, PointsFactors p) {
                return engine.scores(r, f, during, p);
            }
            @Override public boolean usesEveryCore(int units) { return engine.usesEveryCore(units); }
        };

        Simulation expected = drawByDraw.simulate(rules, facts, 25, 3L, DrawProgress.NONE);
        Simulation batchByBatch = engine.simulate(rules, facts, 25, 3L, DrawProgress.NONE);

        assertThat(expected.byIso3()).hasSizeGreaterThan(500);
        assertThat(expected.byIso3().values()).anySatisfy(unit -> assertThat(unit.p90()).isGreaterThan(unit.p10()));
        assertThat(batchByBatch).isEqualTo(expected);
        // a small year is one batch, cut into runs of draws for the cores: the same simulation too
        UnitFacts sample = Assessor.factsOf(rules, new WorkbookReader().read(Path.of("inputs/indicators.xlsx")), 2015);
        assertThat(new LocalDroolsEngine().simulate(rules, sample, 101, 5L, DrawProgress.NONE))
                .isEqualTo(drawByDraw.simulate(rules, sample, 101, 5L, DrawProgress.NONE));
    }

    @Test
    void everyUnitIsInExactlyOneBatchAndTheHaloHoldsItsNeighbours() throws Exception {
        IndicatorWorkbook workbook = grid();

        List<UnitBatches.Batch> batches = UnitBatches.of(workbook.countries(), workbook.borders(), 128, 1);

        Set<String> seen = new HashSet<>();
        batches.forEach(b -> b.assessed().forEach(iso3 -> assertThat(seen.add(iso3)).as(iso3).isTrue()));
        assertThat(seen).hasSize(1_000);
        for (UnitBatches.Batch batch : batches) {
            Set<String> reachable = new HashSet<>(batch.assessed());
            reachable.addAll(batch.halo());
            for (Border border : workbook.borders()) {
                if (batch.assessed().contains(border.getIso3())) {
                    assertThat(reachable).contains(border.getNeighbour());
                }
            }
            assertThat(batch.halo()).doesNotContainAnyElementsOf(batch.assessed());
        }
    }

    @Test
    void batchesAreCompactPatchesSoTheHaloStaysASmallShare() throws Exception {
        // given: a 1,000-unit grid cut into batches of 128 with a halo two borders deep
        IndicatorWorkbook workbook = grid();

        // when
        List<UnitBatches.Batch> batches = UnitBatches.of(workbook.countries(), workbook.borders(), 128, 2);

        // then: every batch but the last is full, and the halos add well under two thirds of the
        // units (thin breadth-first stripes, as batches were first cut, added almost all of them again)
        assertThat(batches).hasSize(8);
        batches.subList(0, 7).forEach(b -> assertThat(b.assessed()).hasSize(128));
        long halo = batches.stream().mapToLong(b -> b.halo().size()).sum();
        assertThat(halo).as("halo units").isLessThan(650);
    }

    @Test
    void theYearsOfASmallWorkbookAssessedAtOnceEqualTheYearsOneAfterTheOther() throws Exception {
        IndicatorWorkbook workbook = new WorkbookReader().read(Path.of("inputs/indicators.xlsx"));
        Assessor assessor = new Assessor(new RuleCompiler().compile(Path.of("rules")));
        List<Integer> years = List.of(2016, 2014, 2015);

        List<Assessment> atOnce = assessor.assess(workbook, years);

        assertThat(atOnce).extracting(Assessment::year).containsExactly(2016, 2014, 2015);
        for (int i = 0; i < years.size(); i++) {
            assertThat(describe(atOnce.get(i))).isEqualTo(describe(assessor.assess(workbook, years.get(i))));
        }
    }

    private static String describe(Assessment assessment) {
        StringBuilder text = new StringBuilder();
        for (CountryAssessment c : assessment.countries()) {
            text.append(c.rank()).append(' ').append(c.iso3()).append(' ').append(c.score()).append(' ')
                    .append(c.band()).append(' ').append(c.scoreLow()).append('-').append(c.scoreHigh()).append(' ')
                    .append(c.dimensions()).append(' ').append(c.completeness()).append(' ')
                    .append(c.missingIndicators()).append('\n');
            c.contributions().forEach(r -> text.append("  ").append(r).append('\n'));
        }
        assessment.dataIssues().forEach(i -> text.append(i).append('\n'));
        return text.toString();
    }
}
