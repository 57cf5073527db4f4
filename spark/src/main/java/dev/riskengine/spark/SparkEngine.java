package dev.riskengine.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.JavaSparkContext;

import dev.riskengine.model.Country;
import dev.riskengine.model.Simulation;
import dev.riskengine.pipeline.AssessmentEngine;
import dev.riskengine.pipeline.BatchSessions;
import dev.riskengine.pipeline.BatchedRuleRun;
import dev.riskengine.pipeline.DrawnBatches;
import dev.riskengine.pipeline.UnitBatches;
import dev.riskengine.pipeline.UnitFacts;
import dev.riskengine.rules.PointsFactors;
import dev.riskengine.rules.RuleBase;
import dev.riskengine.rules.RuleOutcome;
import dev.riskengine.rules.RuleSession;
import dev.riskengine.rules.ScoreSession;
import dev.riskengine.uncertainty.DrawProgress;
import dev.riskengine.uncertainty.DrawnBatch;
import dev.riskengine.uncertainty.MonteCarlo;
import dev.riskengine.uncertainty.UnitDraws;

/**
 * The engine on Spark: the units are split into the same batches as the local engine's (compact
 * patches, each with its halo of neighbours up to {@link BatchedRuleRun#HALO_DEPTH} borders away),
 * one batch per partition element, so a unit whose neighbour is assessed in another partition
 * still sees it. Executors compile the rule files once per JVM ({@link RuleFiles}) and run one
 * session per batch; the outcomes equal one session over every unit.
 */
public final class SparkEngine implements AssessmentEngine {
    private final JavaSparkContext spark;
    private final int batchSize;

    public SparkEngine(JavaSparkContext spark) {
        this(spark, BatchedRuleRun.BATCH_SIZE);
    }

    /** @param batchSize units per session (tests use small batches to spread a workbook over partitions) */
    public SparkEngine(JavaSparkContext spark, int batchSize) {
        this.spark = spark;
        this.batchSize = batchSize;
    }

    /** One kind of session an executor runs over a batch: full outcomes or scores only. */
    private interface SessionKind<T> extends Serializable {
        Map<String, T> run(RuleBase rules, BatchSessions.Session batch);
    }

    @Override
    public Map<String, RuleOutcome> outcomes(RuleBase rules, UnitFacts facts) {
        return run(rules, facts, (compiled, batch) -> new RuleSession(compiled).run(batch.countries(), batch.facts()));
    }

    @Override
    public Map<String, ScoreSession.Score> scores(RuleBase rules, UnitFacts facts, String during, PointsFactors factors) {
        return run(rules, facts, (compiled, batch) ->
                new ScoreSession(compiled, during, factors).run(batch.countries(), batch.facts()));
    }

    /**
     * Every draw in one Spark job: each task takes one batch with its halo and runs all the draws
     * over it in one reused session, drawing its ranged values as the whole year's draw gives them
     * ({@link dev.riskengine.uncertainty.DrawnFacts}), and sends back each assessed unit's summary,
     * not its draws. A job per draw would pay Spark's scheduling (about 0.8 s here) a thousand
     * times for 1,000 draws.
     */
    @Override
    public Simulation simulate(RuleBase rules, UnitFacts facts, int draws, long seed, DrawProgress progress) {
        MonteCarlo.checkDraws(draws);
        Map<String, UnitDraws> byIso3 = new HashMap<>();
        progress.started(draws);
        try {
            List<DrawnBatch> batches = DrawnBatches.of(facts, batchSize);
            if (!batches.isEmpty()) {
                RuleFiles files = RuleFiles.of(rules);
                List<BatchResult<UnitDraws>> results = spark.parallelize(batches, batches.size())
                        .map(batch -> BatchResult.of(() -> batch.drawAll(files.compiled(), draws, seed)))
                        .collect();
                for (BatchResult<UnitDraws> result : results) {
                    byIso3.putAll(result.outcomesOrThrow());
                }
            }
        } finally {
            progress.finished();
        }
        return UnitDraws.simulation(facts.countries(), byIso3, draws, seed);
    }

    /** Spark spreads even one year's units over every executor core. */
    @Override
    public boolean usesEveryCore(int units) {
        return true;
    }

    private <T extends Serializable> Map<String, T> run(RuleBase rules, UnitFacts facts, SessionKind<T> kind) {
        Map<String, T> outcomes = new HashMap<>();
        if (!facts.countries().isEmpty()) {
            BatchSessions sessions = new BatchSessions(facts);
            List<BatchSessions.Session> batches = new ArrayList<>();
            for (UnitBatches.Batch batch : UnitBatches.of(facts.countries(), facts.borders(), batchSize,
                    BatchedRuleRun.HALO_DEPTH)) {
                batches.add(sessions.of(batch));
            }
            RuleFiles files = RuleFiles.of(rules);
            List<BatchResult<T>> results = spark.parallelize(batches, batches.size())
                    .map(batch -> BatchResult.of(() -> keptOutcomes(kind.run(files.compiled(), batch), batch)))
                    .collect();
            for (BatchResult<T> result : results) {
                outcomes.putAll(result.outcomesOrThrow());
            }
        }
        // In the workbook's order, as one session gives it.
        Map<String, T> ordered = new LinkedHashMap<>();
        for (Country country : facts.countries()) {
            ordered.put(country.getIso3(), outcomes.get(country.getIso3()));
        }
        return ordered;
    }

    private static <T> HashMap<String, T> keptOutcomes(Map<String, T> all, BatchSessions.Session batch) {
        HashMap<String, T> kept = new HashMap<>();
        batch.assessed().forEach(iso3 -> kept.put(iso3, all.get(iso3)));
        return kept;
    }
}
