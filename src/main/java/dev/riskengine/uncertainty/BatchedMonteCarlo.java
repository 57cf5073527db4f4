package dev.riskengine.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.riskengine.model.Country;
import dev.riskengine.model.Simulation;
import dev.riskengine.rules.RuleBase;
import dev.riskengine.rules.ScoreSession;

/**
 * Monte Carlo on this JVM's cores, batch by batch: each task takes one batch and a run of draws
 * and scores them in one reused session. A few batches (a small year is one) are cut into runs of
 * draws so that every core has work; many batches are one task each. Every task writes only its
 * own batch's columns, so the simulation equals {@link MonteCarlo}'s draw-by-draw one.
 */
public final class BatchedMonteCarlo {

    private BatchedMonteCarlo() {
    }

    public static Simulation run(List<Country> countries, List<DrawnBatch> batches, RuleBase rules, int draws,
                                 long seed, int threads, DrawProgress progress) {
        MonteCarlo.checkDraws(draws);
        int cores = Math.max(1, threads);
        // enough runs of draws for two tasks a core, but no run shorter than one draw
        int runsPerBatch = batches.isEmpty() ? 1
                : Math.min(draws, Math.max(1, (2 * cores + batches.size() - 1) / batches.size()));
        Map<String, UnitDraws> byIso3 = new ConcurrentHashMap<>();
        DrawProgress perBatchDraw = inDraws(progress, batches.size());
        List<Runnable> tasks = new ArrayList<>();
        for (DrawnBatch batch : batches) {
            BatchRuns runs = new BatchRuns(batch, draws, runsPerBatch, byIso3);
            for (int run = 0; run < runsPerBatch; run++) {
                int from = (int) ((long) draws * run / runsPerBatch);
                int to = (int) ((long) draws * (run + 1) / runsPerBatch);
                tasks.add(() -> runs.draw(rules, seed, from, to, perBatchDraw));
            }
        }
        progress.started(draws);
        try {
            Draws.run(tasks.size(), cores, "Monte Carlo", DrawProgress.NONE, task -> tasks.get(task).run());
        } finally {
            progress.finished();
        }
        return UnitDraws.simulation(countries, byIso3, draws, seed);
    }

    /**
     * The runs of draws of one batch: its table of draws exists from its first run to its last,
     * which summarises it and lets it go. Tasks start in batch order on a few threads, so only
     * about as many tables as threads are alive at once: 100,000 units x 1,000 draws would
     * otherwise hold 2 GB of draws before the first summary.
     */
    private static final class BatchRuns {
        private final DrawnBatch batch;
        private final int draws;
        private final Map<String, UnitDraws> into;
        private int runsLeft;
        private MonteCarlo.DrawTable table;

        BatchRuns(DrawnBatch batch, int draws, int runs, Map<String, UnitDraws> into) {
            this.batch = batch;
            this.draws = draws;
            this.runsLeft = runs;
            this.into = into;
        }

        void draw(RuleBase rules, long seed, int from, int to, DrawProgress progress) {
            MonteCarlo.DrawTable drawing;
            synchronized (this) {
                if (table == null) {
                    table = batch.newTable(draws);
                }
                drawing = table;
            }
            batch.draw(new ScoreSession(rules, MonteCarlo.DURING), seed, from, to, drawing, progress);
            // the last run to end sees every run's columns: each run's end synchronizes on this
            synchronized (this) {
                if (--runsLeft == 0) {
                    into.putAll(batch.summaries(table));
                    table = null;
                }
            }
        }
    }

    /** Told of each batch's draw, tells {@code progress} of a draw per {@code batches} of them: the bar counts draws. */
    private static DrawProgress inDraws(DrawProgress progress, int batches) {
        AtomicLong batchDraws = new AtomicLong();
        return new DrawProgress() {
            @Override public void started(int draws) { }
            @Override public void drawn() {
                if (batchDraws.incrementAndGet() % Math.max(1, batches) == 0) {
                    progress.drawn();
                }
            }
            @Override public void finished() { }
        };
    }
}
