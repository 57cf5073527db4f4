package dev.riskengine.cli;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.riskengine.uncertainty.DrawProgress;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar for Monte Carlo draws, shown only to a person at a terminal and only once the
 * draws have taken about two seconds: quick runs stay quiet, and cron logs and pipes (no
 * console) never receive bar drawings. It is cleared when the draws end.
 */
final class TerminalProgress implements DrawProgress {
    private static final long SHOW_AFTER_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final AtomicInteger done = new AtomicInteger();
    private volatile long startNanos;
    private volatile int total;
    private ProgressBar bar;

    private TerminalProgress() {
    }

    /** A bar when standard input and output are a terminal, otherwise nothing. */
    static DrawProgress forThisProcess() {
        return System.console() == null ? DrawProgress.NONE : new TerminalProgress();
    }

    @Override
    public void started(int draws) {
        total = draws;
        startNanos = System.nanoTime();
    }

    @Override
    public void drawn() {
        int count = done.incrementAndGet();
        long elapsed = System.nanoTime() - startNanos;
        if (elapsed < SHOW_AFTER_NANOS) {
            return;
        }
        synchronized (this) {
            if (bar == null) {
                bar = new ProgressBarBuilder().setTaskName("Draws").setInitialMax(total)
                        .setStyle(ProgressBarStyle.ASCII).clearDisplayOnFinish()
                        // Standard output is the terminal here (see forThisProcess); standard error may be a log.
                        .setConsumer(new ConsoleProgressBarConsumer(System.out))
                        .startsFrom(0, Duration.ofNanos(elapsed)).build();
            }
            bar.stepTo(count);
        }
    }

    @Override
    public synchronized void finished() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
