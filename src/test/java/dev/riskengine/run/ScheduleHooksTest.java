package dev.riskengine.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The scheduler's hooks as real shell processes; the schedule's own time passes on a fake clock. */
class ScheduleHooksTest {

    @TempDir
    Path temp;

    @Test
    void onBandRiseHookGetsTheRunFolderAndSummaryInItsEnvironment() throws Exception {
        // given: a run in which a band rose, and a hook that writes its environment to a file
        Path envFile = temp.resolve("env.txt");
        Path folder = temp.resolve("reports/2026-01-05T06-00-00.000Z");
        List<String> log = new ArrayList<>();
        HookCommand hook = new HookCommand("on-band-rise", "env > '" + envFile + "'", Duration.ofSeconds(20));

        // when
        runOnce(new Scheduler.Outcome("run ok summary: 1 rose, 0 fell: MLI Medium -> High.", folder, 1),
                new Scheduler.Reactions(hook, null, false), log);

        // then
        Map<String, String> env = environment(envFile);
        assertThat(env).containsEntry("RISK_EVENT", "band-rise")
                .containsEntry("RISK_RUN_FOLDER", folder.toAbsolutePath().toString())
                .containsEntry("RISK_SUMMARY", "run ok summary: 1 rose, 0 fell: MLI Medium -> High.")
                .containsEntry("RISK_BANDS_ROSE", "1")
                .containsEntry("RISK_SCHEDULED_AT", "2026-01-05T06:00:00Z");
        assertThat(log).anyMatch(line -> line.endsWith(" hook on-band-rise exited 0"));
    }

    @Test
    void onFailureHookGetsTheErrorAndItsExitStatusIsLogged() throws Exception {
        Path envFile = temp.resolve("env.txt");
        List<String> log = new ArrayList<>();
        HookCommand hook = new HookCommand("on-failure", "env > '" + envFile + "'; exit 3", Duration.ofSeconds(20));

        runOnce(null, new Scheduler.Reactions(null, hook, false), log);

        Map<String, String> env = environment(envFile);
        assertThat(env).containsEntry("RISK_EVENT", "failure")
                .containsEntry("RISK_RUN_FOLDER", "")
                .containsEntry("RISK_SUMMARY", "indicators.xlsx: Indicators!C2: found \"x\"")
                .containsEntry("RISK_BANDS_ROSE", "0");
        assertThat(log).anyMatch(line -> line.endsWith(" hook on-failure exited 3"));
    }

    @Test
    void noHookRunsWhenNoBandRose() throws Exception {
        Path envFile = temp.resolve("env.txt");
        List<String> log = new ArrayList<>();
        HookCommand hook = new HookCommand("on-band-rise", "env > '" + envFile + "'", Duration.ofSeconds(20));

        runOnce(new Scheduler.Outcome("nothing rose", temp, 0), new Scheduler.Reactions(hook, hook, false), log);

        assertThat(envFile).doesNotExist();
        assertThat(log).noneMatch(line -> line.contains("hook"));
    }

    @Test
    void aHookThatHangsIsKilledAfterItsTimeoutAndTheScheduleGoesOn() throws Exception {
        // given: a hook whose command starts a 60 s sleep and waits for it; every run fails
        Path pidFile = temp.resolve("sleep.pid");
        HookCommand hook = new HookCommand("on-failure", "sleep 60 & echo $! > '" + pidFile + "'; wait",
                Duration.ofMillis(500));
        SchedulerTest.MovingClock clock = new SchedulerTest.MovingClock(Instant.parse("2026-01-04T12:00:00Z"));
        List<Instant> ranAt = new ArrayList<>();
        List<String> log = new ArrayList<>();
        Scheduler[] scheduler = new Scheduler[1];
        scheduler[0] = new Scheduler(new CronTimes("@daily", ZoneOffset.UTC), () -> {
            ranAt.add(clock.now);
            if (ranAt.size() == 2) {
                scheduler[0].stop();
            }
            throw new IllegalStateException("the workbook is gone");
        }, new ScheduleLog(temp, log::add), new Scheduler.Reactions(null, hook, false), clock,
                d -> clock.now = clock.now.plus(d));

        // when
        long start = System.nanoTime();
        scheduler[0].run(false);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // then: both runs happened, each hook was killed (with the command it started) and logged
        assertThat(ranAt).hasSize(2);
        assertThat(took).isLessThan(Duration.ofSeconds(20));
        assertThat(log.stream().filter(line -> line.endsWith(" hook on-failure killed after its timeout of 0.5 s")))
                .hasSize(2);
        long sleepPid = Long.parseLong(Files.readString(pidFile).strip());
        assertThat(ProcessHandle.of(sleepPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    /** One scheduled run at Monday 2026-01-05 00:00 UTC ... 06:00: returns outcome, or fails when it is null. */
    private void runOnce(Scheduler.Outcome outcome, Scheduler.Reactions reactions, List<String> log) {
        SchedulerTest.MovingClock clock = new SchedulerTest.MovingClock(Instant.parse("2026-01-04T12:00:00Z"));
        Scheduler[] scheduler = new Scheduler[1];
        scheduler[0] = new Scheduler(new CronTimes("0 6 * * MON", ZoneOffset.UTC), () -> {
            scheduler[0].stop();
            if (outcome == null) {
                throw new IllegalStateException("indicators.xlsx: Indicators!C2: found \"x\"");
            }
            return outcome;
        }, new ScheduleLog(temp, log::add), reactions, clock, d -> clock.now = clock.now.plus(d));
        scheduler[0].run(false);
    }

    private static Map<String, String> environment(Path envFile) throws Exception {
        return Files.readAllLines(envFile).stream().filter(line -> line.contains("="))
                .collect(Collectors.toMap(line -> line.substring(0, line.indexOf('=')),
                        line -> line.substring(line.indexOf('=') + 1), (first, second) -> first));
    }
}
