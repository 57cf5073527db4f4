package dev.riskengine.run;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a job at every time of a cron schedule until stopped. A failed run is logged and the next
 * time awaited; a time that passed while a run was still going is logged as missed (runs never
 * overlap, and a missed time is not made up); {@link #stop()} (from a shutdown hook) lets the run
 * in progress finish first. After a run whose bands rose, or a failed run, the operator's hook
 * runs, and with {@code --fail-on-band-rise} the schedule ends after a run whose bands rose.
 */
public final class Scheduler {

    /** One scheduled run; returns its outcome, or throws to log a failure. */
    public interface Job {
        Outcome run() throws Exception;

        /** A time missed because the run before was still going: recorded where runs are (the history). */
        default void missed(ZonedDateTime slot, String why) { }
    }

    /**
     * @param summary   the log line's text
     * @param folder    the published run folder
     * @param bandsRose how many units' bands rose since the run compared with
     */
    public record Outcome(String summary, Path folder, int bandsRose) { }

    /**
     * What the scheduler does beyond logging.
     *
     * @param onBandRise     run after a run in which a band rose; null for none
     * @param onFailure      run after a failed run; null for none
     * @param failOnBandRise end the schedule after a run in which a band rose
     */
    public record Reactions(HookCommand onBandRise, HookCommand onFailure, boolean failOnBandRise) {
        public static final Reactions NONE = new Reactions(null, null, false);
    }

    /** How the schedule ended. */
    public enum Ending { STOPPED, BAND_ROSE }

    /** Waits until an instant of the scheduler's clock; the real one wakes early on {@link #stop()}. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final CronTimes times;
    private final Job job;
    private final ScheduleLog log;
    private final Reactions reactions;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Object wakeUp = new Object();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopping;

    public Scheduler(CronTimes times, Job job, ScheduleLog log, Reactions reactions) {
        this(times, job, log, reactions, Clock.systemUTC(), null);
    }

    Scheduler(CronTimes times, Job job, ScheduleLog log, Clock clock, Sleeper sleeper) {
        this(times, job, log, Reactions.NONE, clock, sleeper);
    }

    Scheduler(CronTimes times, Job job, ScheduleLog log, Reactions reactions, Clock clock, Sleeper sleeper) {
        this.times = times;
        this.job = job;
        this.log = log;
        this.reactions = reactions;
        this.clock = clock;
        this.sleeper = sleeper != null ? sleeper : this::sleepUnlessStopped;
    }

    /** Blocks until {@link #stop()}, or a band rose with fail-on-band-rise: runs once at start when asked, then at every scheduled time. */
    public Ending run(boolean onceNow) {
        Ending ending = Ending.STOPPED;
        try {
            ZonedDateTime start = now();
            ZonedDateTime due = times.next(start);
            log.record(clock.instant(), "schedule started: " + times + ", pid " + ProcessHandle.current().pid()
                    + "; next run at " + CronTimes.local(due));
            if (onceNow) {
                ending = runOnce(start);
                due = skipMissed(due, start);
            }
            while (!stopping && ending == Ending.STOPPED) {
                if (!awaitTime(due.toInstant())) {
                    break;
                }
                ZonedDateTime slot = due;
                ending = runOnce(slot);
                due = skipMissed(times.next(slot), slot);
            }
            log.record(clock.instant(), ending == Ending.BAND_ROSE
                    ? "schedule stopped: a band rose and --fail-on-band-rise is set" : "schedule stopped");
        } finally {
            stopped.countDown();
        }
        return ending;
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

    private Ending runOnce(ZonedDateTime slot) {
        Outcome outcome;
        try {
            outcome = job.run();
        } catch (Exception e) { // logged and survived: the next time comes all the same
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            log.record(clock.instant(), "run failed: " + message);
            react(reactions.onFailure(), "failure", slot, null, message, 0);
            return Ending.STOPPED;
        }
        log.record(clock.instant(), "run ok: " + outcome.summary());
        if (outcome.bandsRose() == 0) {
            return Ending.STOPPED;
        }
        react(reactions.onBandRise(), "band-rise", slot, outcome.folder(), outcome.summary(), outcome.bandsRose());
        return reactions.failOnBandRise() ? Ending.BAND_ROSE : Ending.STOPPED;
    }

    /** Runs a hook, if there is one, with what happened in its environment (docs/scheduled-runs.md names them). */
    private void react(HookCommand hook, String event, ZonedDateTime slot, Path folder, String summary, int bandsRose) {
        if (hook == null) {
            return;
        }
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("RISK_EVENT", event);
        environment.put("RISK_SCHEDULED_AT", CronTimes.local(slot));
        environment.put("RISK_RUN_FOLDER", folder == null ? "" : folder.toAbsolutePath().toString());
        environment.put("RISK_SUMMARY", summary);
        environment.put("RISK_BANDS_ROSE", String.valueOf(bandsRose));
        String ended = hook.run(environment); // before the clock is read: the line is dated when the hook ended
        log.record(clock.instant(), ended);
    }

    /**
     * The first time from {@code due} on that has not passed yet; each one passed while the run of
     * {@code ran} was going is logged and recorded as missed.
     */
    private ZonedDateTime skipMissed(ZonedDateTime due, ZonedDateTime ran) {
        Instant now = clock.instant();
        boolean missedAny = false;
        while (due.toInstant().isBefore(now)) {
            String why = "the run of " + CronTimes.local(ran) + " was still going";
            log.record(now, "missed the run of " + CronTimes.local(due) + ": " + why);
            job.missed(due, why);
            missedAny = true;
            due = times.next(due);
        }
        if (missedAny) {
            log.record(now, "next run at " + CronTimes.local(due));
        }
        return due;
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock).withZoneSameInstant(times.zone());
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
