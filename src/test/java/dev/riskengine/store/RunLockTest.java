package dev.riskengine.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunLockTest {

    @TempDir
    Path reports;

    @Test
    void lockFileNamesThisProcessAndGoesAwayWhenReleased() throws Exception {
        // when
        try (RunLock lock = RunLock.acquire(reports)) {
            // then
            LockHolder holder = LockHolder.parse(Files.readString(lock.file())).orElseThrow();
            assertThat(holder.pid()).isEqualTo(ProcessHandle.current().pid());
            assertThat(holder.host()).isEqualTo(LockHolder.thisHost());
            assertThat(holder.startedAt()).isBeforeOrEqualTo(Instant.now());
        }
        assertThat(reports.resolve(RunLock.FILE_NAME)).doesNotExist();
        try (Stream<Path> left = Files.list(reports)) {
            assertThat(left).isEmpty(); // no private .lock-* file left behind
        }
    }

    @Test
    void closingAReleasedLockAgainLeavesTheNextRunsLockAlone() throws Exception {
        // given: a lock released by a stop, then taken by the next run
        RunLock stopped = RunLock.acquire(reports);
        stopped.close();
        try (RunLock next = RunLock.acquire(reports)) {
            // when the stopped run's own try-with-resources closes it again
            stopped.close();

            // then the next run's lock file is still there
            assertThat(next.file()).exists();
        }
    }

    @Test
    void aSecondRunIsRefusedNamingTheHolder() throws Exception {
        try (RunLock held = RunLock.acquire(reports)) {
            // when / then
            assertThatThrownBy(() -> RunLock.acquire(reports))
                    .isInstanceOf(RunLockedException.class)
                    .hasMessageContaining(".lock")
                    .hasMessageContaining("pid " + ProcessHandle.current().pid())
                    .hasMessageContaining("on " + LockHolder.thisHost());
        }
    }

    @Test
    void aLockLeftByAProcessThatIsGoneIsTakenOver() throws Exception {
        // given: a lock naming a process of this host that has ended
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Files.writeString(reports.resolve(RunLock.FILE_NAME),
                new LockHolder(ended.pid(), LockHolder.thisHost(), Instant.now().minusSeconds(60)).text());

        // when
        try (RunLock lock = RunLock.acquire(reports)) {
            // then
            assertThat(LockHolder.parse(Files.readString(lock.file())).orElseThrow().pid())
                    .isEqualTo(ProcessHandle.current().pid());
        }
    }

    @Test
    void aLockHeldOnAnotherHostIsRespected() throws Exception {
        // given
        Files.writeString(reports.resolve(RunLock.FILE_NAME),
                new LockHolder(1, "another-host.example", Instant.parse("2026-01-05T06:00:00Z")).text());

        // when / then
        assertThatThrownBy(() -> RunLock.acquire(reports))
                .isInstanceOf(RunLockedException.class)
                .hasMessageContaining("pid 1 on another-host.example since 2026-01-05T06:00:00Z");
    }

    @Test
    void aPidReusedByALaterProcessDoesNotKeepAStaleLock() throws Exception {
        // given: this test's own pid, but the lock is older than this JVM
        Instant longBefore = ProcessHandle.current().info().startInstant().orElseThrow().minusSeconds(3600);
        Files.writeString(reports.resolve(RunLock.FILE_NAME),
                new LockHolder(ProcessHandle.current().pid(), LockHolder.thisHost(), longBefore).text());

        // when / then
        try (RunLock lock = RunLock.acquire(reports)) {
            assertThat(lock.file()).exists();
        }
    }
}
