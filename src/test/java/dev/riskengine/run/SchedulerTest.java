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

    /** A clock the fake sleeper moves forward: a week of schedule passes in no time (ScheduleHooksTest's too). */
    static final class MovingClock extends Clock {
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
            return new Scheduler.Outcome("reports/run-" + ranAt.size(), Path.of("reports/run-" + ranAt.size()), 0);
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
        assertThat(log.get(0)).startsWith("2026-01-04T12:00:00Z schedule started: \"0 6 * * MON\" (Europe/Madrid)")
                .endsWith("; next run at 2026-01-05T06:00:00+01:00");
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
            return quiet("ok");
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
            return quiet("finished");
        }, new ScheduleLog(reports, line -> { }), Scheduler.Reactions.NONE);
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
        Scheduler scheduler = new Scheduler(new CronTimes("0 6 1 1 *", ZoneOffset.UTC), () -> quiet("never"),
                new ScheduleLog(reports, line -> { }), Scheduler.Reactions.NONE);
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

    private static Scheduler.Outcome quiet(String summary) {
        return new Scheduler.Outcome(summary, Path.of(summary), 0);
    }

    @Test
    void startLineSaysWhenItWillRunNextInLocalTimeWithOffset() throws Exception {
        // given: Saturday 2026-07-04 12:00 UTC, summer time in Madrid (+02:00)
        MovingClock clock = new MovingClock(Instant.parse("2026-07-04T12:00:00Z"));
        List<String> printed = new ArrayList<>();
        Scheduler[] scheduler = new Scheduler[1];
        scheduler[0] = new Scheduler(new CronTimes("0 6 * * MON", ZoneId.of("Europe/Madrid")), () -> {
            scheduler[0].stop();
            return quiet("ok");
        }, new ScheduleLog(reports, printed::add), clock, d -> clock.now = clock.now.plus(d));

        scheduler[0].run(false);

        assertThat(printed.get(0)).startsWith("2026-07-04T12:00:00Z schedule started: ")
                .endsWith("; next run at 2026-07-06T06:00:00+02:00");
    }

    @Test
    void aScheduledRunWhoseRuleCanNeverFireSaysSoInItsLogLine() throws Exception {
        // given the shipped rules plus a rule on a misspelt code: the run succeeds, its scores too low
        Path rules = dev.riskengine.sample.FolderCopy.copy(Path.of("rules"), reports.resolve("rules-with-typo"));
        Files.writeString(rules.resolve("custom.drl"), "package rules.custom;\nimport dev.riskengine.model.*;\n"
                + "rule \"Recruiting cells dismantled\"\nwhen\n    Indicator( code == \"recruiting_cells\", $c : iso3 )\nthen\nend\n");
        ScheduledAssessment assessment = new ScheduledAssessment(
                new RunRequest(Path.of("inputs", "indicators.xlsx"), rules, reports.resolve("runs"), null), 0);

        // when
        Scheduler.Outcome outcome = assessment.run();

        // then
        assertThat(outcome.summary()).endsWith(" 1 rule warning: rules-with-typo/custom.drl:5: indicator code"
                + " \"recruiting_cells\" is not in the Dictionary of indicators.xlsx, so this rule can never match it");
    }

    @Test
    void aSlotMissedBecauseARunWasStillGoingIsLoggedAndCountedInHistory() throws Exception {
        // given: hourly runs, the first of which takes 2 h 30 min
        MovingClock clock = new MovingClock(Instant.parse("2026-01-04T12:30:00Z"));
        List<Instant> ranAt = new ArrayList<>();
        Scheduler[] scheduler = new Scheduler[1];
        ScheduledAssessment assessment = new ScheduledAssessment(
                new RunRequest(reports.resolve("indicators.xlsx"), reports.resolve("rules"), reports, null), 0);
        Scheduler.Job job = new Scheduler.Job() {
            @Override public Scheduler.Outcome run() {
                ranAt.add(clock.now);
                if (ranAt.size() == 1) {
                    clock.now = clock.now.plus(Duration.ofMinutes(150));
                } else {
                    scheduler[0].stop();
                }
                return quiet("run-" + ranAt.size());
            }

            @Override public void missed(java.time.ZonedDateTime slot, String why) {
                assessment.missed(slot, why);
            }
        };
        scheduler[0] = new Scheduler(new CronTimes("@hourly", ZoneOffset.UTC), job,
                new ScheduleLog(reports, line -> { }), clock, d -> clock.now = clock.now.plus(d));

        // when
        scheduler[0].run(false);

        // then: 14:00 and 15:00 passed during the 13:00 run; the next run is at 16:00, not at once
        assertThat(ranAt).containsExactly(Instant.parse("2026-01-04T13:00:00Z"), Instant.parse("2026-01-04T16:00:00Z"));
        List<String> log = Files.readAllLines(reports.resolve(ScheduleLog.FILE_NAME));
        assertThat(log).contains(
                "2026-01-04T15:30:00Z missed the run of 2026-01-04T14:00:00Z: the run of 2026-01-04T13:00:00Z was still going",
                "2026-01-04T15:30:00Z missed the run of 2026-01-04T15:00:00Z: the run of 2026-01-04T13:00:00Z was still going",
                "2026-01-04T15:30:00Z next run at 2026-01-04T16:00:00Z");
        String history = Files.readString(reports.resolve("history.json"));
        assertThat(history.split("\"outcome\": \"missed\"", -1)).hasSize(3);
        assertThat(history).contains("\"startedAt\": \"2026-01-04T14:00:00Z\"", "\"startedAt\": \"2026-01-04T15:00:00Z\"")
                .contains("the run of 2026-01-04T13:00:00Z was still going");
    }

    @Test
    void cronNicknamesNameTheirTimes() {
        java.time.ZonedDateTime sundayNoon = java.time.ZonedDateTime.parse("2026-01-04T12:00:00Z");
        assertThat(new CronTimes("@hourly", ZoneOffset.UTC).next(sundayNoon)).hasToString("2026-01-04T13:00Z");
        assertThat(new CronTimes("@daily", ZoneOffset.UTC).next(sundayNoon)).hasToString("2026-01-05T00:00Z");
        assertThat(new CronTimes("@midnight", ZoneOffset.UTC).next(sundayNoon)).hasToString("2026-01-05T00:00Z");
        assertThat(new CronTimes("@weekly", ZoneOffset.UTC).next(sundayNoon)).hasToString("2026-01-11T00:00Z");
        assertThat(new CronTimes("@monthly", ZoneOffset.UTC).next(sundayNoon)).hasToString("2026-02-01T00:00Z");
        assertThat(new CronTimes("@yearly", ZoneOffset.UTC).next(sundayNoon)).hasToString("2027-01-01T00:00Z");
        assertThat(new CronTimes("@annually", ZoneOffset.UTC).next(sundayNoon)).hasToString("2027-01-01T00:00Z");
        assertThatThrownBy(() -> new CronTimes("@reboot", ZoneOffset.UTC)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CronTimes("@fortnightly", ZoneOffset.UTC)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void failOnBandRiseStopsTheScheduleAfterTheRunThatRaisedABand() {
        MovingClock clock = new MovingClock(Instant.parse("2026-01-04T12:00:00Z"));
        List<Instant> ranAt = new ArrayList<>();
        Scheduler scheduler = new Scheduler(new CronTimes("@daily", ZoneOffset.UTC), () -> {
            ranAt.add(clock.now);
            return new Scheduler.Outcome("run-" + ranAt.size(), Path.of("run"), ranAt.size() == 2 ? 1 : 0);
        }, new ScheduleLog(reports, line -> { }), new Scheduler.Reactions(null, null, true), clock,
                d -> clock.now = clock.now.plus(d));

        Scheduler.Ending ending = scheduler.run(false);

        assertThat(ending).isEqualTo(Scheduler.Ending.BAND_ROSE);
        assertThat(ranAt).hasSize(2);
    }

    @Test
    void aBandRiseWithoutFailOnBandRiseGoesOn() {
        MovingClock clock = new MovingClock(Instant.parse("2026-01-04T12:00:00Z"));
        List<Instant> ranAt = new ArrayList<>();
        Scheduler[] scheduler = new Scheduler[1];
        scheduler[0] = new Scheduler(new CronTimes("@daily", ZoneOffset.UTC), () -> {
            ranAt.add(clock.now);
            if (ranAt.size() == 3) {
                scheduler[0].stop();
            }
            return new Scheduler.Outcome("run-" + ranAt.size(), Path.of("run"), 1);
        }, new ScheduleLog(reports, line -> { }), Scheduler.Reactions.NONE, clock, d -> clock.now = clock.now.plus(d));

        assertThat(scheduler[0].run(false)).isEqualTo(Scheduler.Ending.STOPPED);
        assertThat(ranAt).hasSize(3);
    }
}
