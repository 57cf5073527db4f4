package dev.riskengine.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a job at every time of a cron schedule until stopped. A failed run is logged and the next
 * time awaited; {@link #stop()} (from a shutdown hook) lets the run in progress finish first.
 */
public final class Scheduler {

    /** One scheduled run; returns the outcome to log, or throws to log a failure. */
    public interface Job {
        String run() throws Exception;
    }

    /** Waits until an instant of the scheduler's clock; the real one wakes early on {@link #stop()}. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final CronTimes times;
    private final Job job;
    private final ScheduleLog log;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Object wakeUp = new Object();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopping;

    public Scheduler(CronTimes times, Job job, ScheduleLog log) {
        this(times, job, log, Clock.systemUTC(), null);
    }

    Scheduler(CronTimes times, Job job, ScheduleLog log, Clock clock, Sleeper sleeper) {
        this.times = times;
        this.job = job;
        this.log = log;
        this.clock = clock;
        this.sleeper = sleeper != null ? sleeper : this::sleepUnlessStopped;
    }

    /** Blocks until {@link #stop()}: runs once at start when asked, then at every scheduled time. */
    public void run(boolean onceNow) {
        try {
            log.record(clock.instant(), "schedule started: " + times + ", pid " + ProcessHandle.current().pid());
            if (onceNow) {
                runOnce();
            }
            while (!stopping) {
                ZonedDateTime next = times.next(ZonedDateTime.now(clock));
                if (awaitTime(next.toInstant())) {
                    runOnce();
                }
            }
            log.record(clock.instant(), "schedule stopped");
        } finally {
            stopped.countDown();
        }
    }

    /** Asks the loop to end after the run in progress, if any; returns at once. */
    public void stop() {
        stopping = true;
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
    }

    /** For a shutdown hook: waits until the loop has ended (the run in progress finished). */
    public void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    private void runOnce() {
        try {
            log.record(clock.instant(), "run ok: " + job.run());
        } catch (Exception e) { // logged and survived: the next time comes all the same
            log.record(clock.instant(), "run failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    /** @return true when the time came, false when stopped before */
    private boolean awaitTime(Instant when) {
        try {
            for (Instant now = clock.instant(); !stopping && now.isBefore(when); now = clock.instant()) {
                sleeper.sleep(Duration.between(now, when));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
        return !stopping;
    }

    private void sleepUnlessStopped(Duration duration) throws InterruptedException {
        synchronized (wakeUp) {
            if (!stopping) {
                wakeUp.wait(Math.max(1, Math.min(duration.toMillis(), 60_000)));
            }
        }
    }
}
