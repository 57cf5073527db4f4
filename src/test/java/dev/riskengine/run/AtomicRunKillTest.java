package dev.riskengine.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.riskengine.report.FileDigest;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import dev.riskengine.store.RunLock;
import dev.riskengine.store.PublishedRuns;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a real engine process (SIGKILL) at named points and after varying delays, then checks that
 * no partial run is visible under a final name, earlier runs are byte for byte intact, and the
 * next run takes over the lock and cleans the leftovers.
 */
class AtomicRunKillTest {

    /** Not runs: the history of the reports folder, each replaced in one rename. */
    private static final List<String> HISTORY_FILES = List.of("history.json", "index.html", "latest", "latest.txt");

    @TempDir
    Path reports;

    @ParameterizedTest(name = "killed at {0}")
    @ValueSource(strings = {"locked", "reserved", "written", "published", "indexed"})
    void aRunKilledAtANamedPointLeavesEveryVisibleRunWhole(String point) throws Exception {
        // given: one earlier run
        RunResult earlier = new AssessmentRun().execute(request());
        Map<String, String> before = digests(reports);

        // when
        ChildRun child = ChildRun.assess(reports, point);
        child.awaitPause();
        child.kill();

        // then
        assertEveryVisibleRunIsWhole();
        assertThat(digests(reports)).containsAllEntriesOf(before);
        assertThat(reports.resolve(RunLock.FILE_NAME)).exists(); // left by the killed run
        // and the next run takes over the stale lock and removes the crashed run's hidden folder
        RunResult next = new AssessmentRun().execute(request());
        assertThat(next.folder()).isNotEqualTo(earlier.folder());
        assertThat(hiddenLeftovers()).isEmpty();
        assertThat(reports.resolve(RunLock.FILE_NAME)).doesNotExist();
        assertEveryVisibleRunIsWhole();
    }

    @ParameterizedTest(name = "SIGTERM at {0}")
    @ValueSource(strings = {"locked", "written"})
    void sigtermDuringAssessSaysInOneLineThatNothingWasPublishedAndReleasesTheLock(String point) throws Exception {
        // given: one earlier run
        RunResult earlier = new AssessmentRun().execute(request());
        Map<String, String> before = digests(reports);

        // when
        ChildRun child = ChildRun.assess(reports, point);
        child.awaitPause();
        child.terminateAndKeepReading();

        // then
        assertThat(child.exitCode()).isEqualTo(143);
        assertThat(child.stderr().lines().filter(line -> !line.startsWith("paused at "))).as(child.stderr())
                .containsExactly("stopped before the run was complete: nothing published, earlier reports untouched, lock "
                        + reports.resolve(RunLock.FILE_NAME) + " released.");
        assertThat(reports.resolve(RunLock.FILE_NAME)).doesNotExist();
        assertThat(PublishedRuns.list(reports)).containsExactly(earlier.folder());
        assertThat(digests(reports)).containsAllEntriesOf(before);
    }

    @ParameterizedTest(name = "killed after {0} ms")
    @ValueSource(ints = {300, 900, 1500, 2100, 2700, 3300})
    void aRunKilledAfterADelayLeavesEveryVisibleRunWhole(int delayMillis) throws Exception {
        // given
        new AssessmentRun().execute(request());
        Map<String, String> before = digests(reports);

        // when
        ChildRun child = ChildRun.assess(reports, null);
        Thread.sleep(delayMillis);
        child.kill();

        // then
        assertEveryVisibleRunIsWhole();
        assertThat(digests(reports)).containsAllEntriesOf(before);
    }

    @Test
    void aSecondRunWhileOneIsInProgressExitsAtOnceWithLockedNamingTheHolder() throws Exception {
        // given: a real run holding the lock
        ChildRun holder = ChildRun.assess(reports, "locked");
        holder.awaitPause();
        try {
            // when
            ChildRun second = ChildRun.assess(reports, null);

            // then
            assertThat(second.exitCode()).isEqualTo(4);
            assertThat(second.stderr()).contains("another run holds the lock (pid " + holder.pid() + " on ");
        } finally {
            holder.kill();
        }
    }

    private RunRequest request() {
        return new RunRequest(ChildRun.SAMPLE, ChildRun.RULES, reports, null);
    }

    private void assertEveryVisibleRunIsWhole() throws IOException {
        for (Path run : PublishedRuns.list(reports)) {
            JsonNode manifest = new ObjectMapper().readTree(run.resolve("manifest.json").toFile());
            assertThat(run.resolve("scores.json")).isRegularFile();
            List<String> files = listNames(run);
            assertThat(files).containsExactlyInAnyOrder("scores.json", "summary.xlsx", "summary.md",
                    "report.html", "scores.geojson", "manifest.json", "input", "rules.zip");
            // the copies of what the run read are as whole as its reports
            var copies = manifest.path("copies").fields();
            while (copies.hasNext()) {
                var copy = copies.next();
                assertThat(dev.riskengine.report.FileDigest.sha256(run.resolve(copy.getKey())))
                        .as(copy.getKey()).isEqualTo(copy.getValue().asText());
            }
            assertThat(manifest.path("copies").size()).isEqualTo(2);
            assertThat(manifest.toString()).contains(run.getFileName().toString());
        }
        List<String> runNames = PublishedRuns.list(reports).stream().map(r -> r.getFileName().toString()).toList();
        try (Stream<Path> entries = Files.list(reports)) {
            assertThat(entries.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")))
                    .allMatch(name -> runNames.contains(name) || HISTORY_FILES.contains(name));
        }
    }

    private List<String> hiddenLeftovers() throws IOException {
        try (Stream<Path> entries = Files.list(reports)) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".incomplete-") || n.startsWith(".deleting-") || n.startsWith(".tmp-")).toList();
        }
    }

    private static List<String> listNames(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).toList();
        }
    }

    /** Every file of every visible run, by relative path, to its SHA-256. */
    private static Map<String, String> digests(Path reports) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        for (Path run : PublishedRuns.list(reports)) {
            try (Stream<Path> files = Files.walk(run)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    digests.put(reports.relativize(file).toString(), FileDigest.sha256(file));
                }
            }
        }
        return digests;
    }
}
