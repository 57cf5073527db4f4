package dev.riskengine.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

import dev.riskengine.parallel.Awaited;
import dev.riskengine.parallel.DaemonThreads;
import dev.riskengine.rules.RuleExecutionException;

/**
 * Runs numbered draws on a pool of threads, telling the progress of each, and waits for all: the
 * loop that Monte Carlo over indicator ranges and the draws over rules' points share. A draw must
 * write only its own slot of the caller's arrays, so the outcome does not depend on scheduling.
 */
final class Draws {

    private Draws() {
    }

    /**
     * @param what the draws' name for thread names and messages, e.g. "Monte Carlo"
     * @throws RuleExecutionException as a draw threw it: the rule, its file and line
     */
    static void run(int draws, int threads, String what, DrawProgress progress, IntConsumer draw) {
        progress.started(draws);
        ExecutorService pool = DaemonThreads.pool(what.toLowerCase(Locale.ROOT).replace(' ', '-'), threads);
        try {
            List<Future<?>> pending = new ArrayList<>(draws);
            for (int d = 0; d < draws; d++) {
                int number = d;
                pending.add(pool.submit(() -> {
                    draw.accept(number);
                    progress.drawn();
                }));
            }
            for (Future<?> future : pending) {
                Awaited.result(future, RuleExecutionException.class, "during the " + what + " draws");
            }
        } finally {
            pool.shutdownNow();
            progress.finished();
        }
    }
}
