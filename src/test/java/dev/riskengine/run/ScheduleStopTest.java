package dev.riskengine.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.riskengine.store.PublishedRuns;

import static org.assertj.core.api.Assertions.assertThat;

/** A real {@code risk schedule} process stopped with SIGTERM while a run is in progress. */
class ScheduleStopTest {

    @TempDir
    Path reports;

    @Test
    void sigtermLetsTheRunInProgressFinishThenStops() throws Exception {
        // given: the scheduler's first run has written its reports and not yet published them
        ChildRun schedule = ChildRun.scheduleOnceNow(reports, "written", 3_000);
        schedule.awaitPause();

        // when
        schedule.terminate();

        // then: the run is published whole, logged, and only then the scheduler ends (128 + SIGTERM)
        assertThat(schedule.exitCode()).isEqualTo(143);
        List<Path> runs = PublishedRuns.list(reports);
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).resolve("manifest.json")).isRegularFile();
        List<String> log = Files.readAllLines(reports.resolve(ScheduleLog.FILE_NAME));
        assertThat(log).hasSize(3);
        assertThat(log.get(0)).contains("schedule started");
        assertThat(log.get(1)).contains("run ok: " + runs.get(0));
        assertThat(log.get(2)).endsWith("schedule stopped");
    }
}
