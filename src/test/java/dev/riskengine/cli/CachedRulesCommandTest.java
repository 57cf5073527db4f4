package dev.riskengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.riskengine.store.PublishedRuns;

/**
 * Results are the same with and without the compiled-rules cache: scores.json byte for byte,
 * apart from the run's own metadata, whether the cache is off, written by the run, or read.
 */
class CachedRulesCommandTest extends CommandTest {
    @TempDir
    Path temp;

    @Test
    void scoresJsonIsIdenticalWithAndWithoutTheCacheForTheSample() throws Exception {
        assertSameScoresWithAndWithoutTheCache("inputs/indicators.xlsx");
    }

    @Test
    void scoresJsonIsIdenticalWithAndWithoutTheCacheForTenThousandGeneratedUnits() throws Exception {
        Path workbook = temp.resolve("grid-10000.xlsx");
        assertThat(risk("generate", "--units", "10000", "--seed", "1", "--out", workbook.toString())).isZero();

        assertSameScoresWithAndWithoutTheCache(workbook.toString());
    }

    @Test
    void rulesCheckAndRulesTestGiveTheSameOutputFromTheCache() {
        String cache = temp.resolve("cache").toString();
        int checked = risk("rules", "check", "--no-cache");
        String uncached = out.toString();
        out.getBuffer().setLength(0);
        risk("rules", "check", "--cache-dir", cache);
        out.getBuffer().setLength(0);
        int checkedFromCache = risk("rules", "check", "--cache-dir", cache);
        String cached = out.toString();
        out.getBuffer().setLength(0);
        int tested = risk("rules", "test", "--cache-dir", cache);

        assertThat(checkedFromCache).isEqualTo(checked).isZero();
        assertThat(cached).isEqualTo(uncached).contains("rules in");
        assertThat(tested).isZero();
        assertThat(out.toString()).contains("passed");
        assertThat(err.toString()).isEmpty();
    }

    private void assertSameScoresWithAndWithoutTheCache(String input) throws Exception {
        Path cache = temp.resolve("cache");

        int uncached = risk("assess", "--input", input, "--no-cache", "--cache-dir", cache.toString(),
                "--reports", temp.resolve("uncached").toString());
        List<Path> entriesWithoutCache = entries(cache);
        int writing = risk("assess", "--input", input, "--cache-dir", cache.toString(),
                "--reports", temp.resolve("writing").toString());
        List<Path> entriesWritten = entries(cache);
        int reading = risk("assess", "--input", input, "--cache-dir", cache.toString(),
                "--reports", temp.resolve("reading").toString());

        assertThat(List.of(uncached, writing, reading)).containsOnly(ExitCodes.OK);
        assertThat(entriesWithoutCache).as("--no-cache writes nothing").isEmpty();
        assertThat(entriesWritten).hasSize(1);
        assertThat(entries(cache)).isEqualTo(entriesWritten);
        String expected = scoresWithoutRun(onlyRun("uncached"));
        assertThat(scoresWithoutRun(onlyRun("writing"))).isEqualTo(expected);
        assertThat(scoresWithoutRun(onlyRun("reading"))).isEqualTo(expected);
        assertThat(err.toString()).doesNotContain("warning");
    }

    private Path onlyRun(String reports) throws IOException {
        List<Path> runs = PublishedRuns.list(temp.resolve(reports));
        assertThat(runs).hasSize(1);
        return runs.get(0);
    }

    private static List<Path> entries(Path cache) throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.toString().endsWith(".rules")).sorted().toList();
        }
    }
}
