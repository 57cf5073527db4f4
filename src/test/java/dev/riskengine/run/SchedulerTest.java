package dev.riskengine.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchedulerTest {

    @TempDir
    Path reports;

    /** A clock the fake sleeper moves forward: a week of schedule passes in no time. */
    private static final class MovingClock extends Clock {
        Instant now;

        MovingClock(Instant start) {
            now = start;
        }

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void runsAtEveryCronTimeInItsZoneAndSurvivesAFailedRun() throws Exception {
        // given: Sunday 2026-01-04 12:00 UTC; runs on Mondays 06:00 Madrid time (05:00 UTC in winter)
        MovingClock clock = new MovingClock(Instant.parse("2026-01-04T12:00:00Z"));
        List<Instant> ranAt = new ArrayList<>();
        Scheduler[] scheduler = new Scheduler[1];
        Scheduler.Job job = () -> {
            ranAt.add(clock.now);
            if (ranAt.size() == 1) {
                throw new IllegalStateException("indicators.xlsx: Indicators!C2: found \"x\"");
            }
            if (ranAt.size() == 3) {
                scheduler[0].stop();
            }
            return "reports/run-" + ranAt.size();
        };
        scheduler[0] = new Scheduler(new CronTimes("0 6 * * MON", ZoneId.of("Europe/Madrid")), job,
                new ScheduleLog(reports, line -> { }), clock, d -> clock.now = clock.now.plus(d));

        // when
        scheduler[0].run(false);

        // then
        assertThat(ranAt).containsExactly(Instant.parse("2026-01-05T05:00:00Z"),
                Instant.parse("2026-01-12T05:00:00Z"), Instant.parse("2026-01-19T05:00:00Z"));
        List<String> log = Files.readAllLines(reports.resolve(ScheduleLog.FILE_NAME));
        assertThat(log).hasSize(5);
        assertThat(log.get(0)).startsWith("2026-01-04T12:00:00Z schedule started: \"0 6 * * MON\" (Europe/Madrid)");
        assertThat(log.get(1)).isEqualTo("2026-01-05T05:00:00Z run failed: indicators.xlsx: Indicators!C2: found \"x\"");
        assertThat(log.get(2)).isEqualTo("2026-01-12T05:00:00Z run ok: reports/run-2");
        assertThat(log.get(3)).isEqualTo("2026-01-19T05:00:00Z run ok: reports/run-3");
        assertThat(log.get(4)).endsWith("schedule stopped");
    }

    @Test
    void onceNowRunsAtStart() throws Exception {
        MovingClock clock = new MovingClock(Instant.parse("2026-01-04T12:00:00Z"));
        List<Instant> ranAt = new ArrayList<>();
        Scheduler[] scheduler = new Scheduler[1];
        scheduler[0] = new Scheduler(new CronTimes("0 6 * * MON", ZoneOffset.UTC), () -> {
            ranAt.add(clock.now);
            scheduler[0].stop();
            return "ok";
        }, new ScheduleLog(reports, line -> { }), clock, d -> clock.now = clock.now.plus(d));

        scheduler[0].run(true);

        assertThat(ranAt).containsExactly(Instant.parse("2026-01-04T12:00:00Z"));
    }

    @Test
    void stopLetsTheRunInProgressFinishThenEnds() throws Exception {
        // given: a run in progress
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Scheduler scheduler = new Scheduler(new CronTimes("0 6 1 1 *", ZoneOffset.UTC), () -> {
            running.countDown();
            finish.await();
            return "finished";
        }, new ScheduleLog(reports, line -> { }));
        Thread loop = new Thread(() -> scheduler.run(true));
        loop.start();
        running.await(10, TimeUnit.SECONDS);

        // when
        scheduler.stop();
        Thread.sleep(200);
        boolean endedBeforeTheRun = !loop.isAlive();
        finish.countDown();
        scheduler.awaitStopped();

        // then
        assertThat(endedBeforeTheRun).isFalse();
        loop.join(5_000);
        assertThat(loop.isAlive()).isFalse();
        assertThat(Files.readString(reports.resolve(ScheduleLog.FILE_NAME)))
                .contains("run ok: finished").contains("schedule stopped");
    }

    @Test
    void stopWakesASchedulerWaitingForItsNextTime() throws Exception {
        Scheduler scheduler = new Scheduler(new CronTimes("0 6 1 1 *", ZoneOffset.UTC), () -> "never",
                new ScheduleLog(reports, line -> { }));
        Thread loop = new Thread(() -> scheduler.run(false));
        loop.start();
        Thread.sleep(200);

        long start = System.nanoTime();
        scheduler.stop();
        loop.join(5_000);

        assertThat(loop.isAlive()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void anInvalidCronExpressionIsRefused() {
        assertThatThrownBy(() -> new CronTimes("0 6 * *", ZoneOffset.UTC)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CronTimes("61 6 * * MON", ZoneOffset.UTC)).isInstanceOf(IllegalArgumentException.class);
    }
}
