package dev.riskengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which JIT {@code ./risk} gives a run, asked of the launcher's own {@code jit_options}: C1 alone
 * for a run too short for C2 to pay back (the sample, with or without 1,000 draws), both compilers
 * for a large input, many draws, and the commands that run long or read another input.
 */
class LauncherJitChoiceTest {
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    @TempDir Path temp;

    @Test
    void theSamplesAssessWithOrWithoutAThousandDrawsRunsOnC1Alone() throws Exception {
        Path sample = Files.createDirectories(temp.resolve("inputs"));
        Files.copy(Path.of("inputs/indicators.xlsx"), sample.resolve("indicators.xlsx"));

        assertThat(jit("assess")).isEqualTo(C1_ONLY);
        assertThat(jit("assess", "--draws", "1000")).isEqualTo(C1_ONLY);
        assertThat(jit("rules", "check")).isEqualTo(C1_ONLY);
        assertThat(jit("sensitivity")).isEqualTo(C1_ONLY);
    }

    @Test
    void aLargeInputOrManyDrawsKeepsBothCompilers() throws Exception {
        Path sample = Files.createDirectories(temp.resolve("inputs"));
        Files.copy(Path.of("inputs/indicators.xlsx"), sample.resolve("indicators.xlsx"));
        Path large = sized("grid.xlsx", 2_500_000);
        Path mid = sized("mid.xlsx", 1_200_000);

        assertThat(jit("assess", "--input", large.toString())).isEmpty();
        assertThat(jit("assess", "--input=" + mid)).isEqualTo(C1_ONLY);
        assertThat(jit("assess", "--input", mid.toString(), "--draws", "100")).isEmpty();
        assertThat(jit("assess", "--draws=10000")).isEmpty();
    }

    @Test
    void watchScheduleVerifyAndAMissingInputKeepBothCompilers() throws Exception {
        assertThat(jit("watch")).isEmpty();
        assertThat(jit("schedule", "--every", "1d")).isEmpty();
        assertThat(jit("verify", "reports/latest")).isEmpty();
        assertThat(jit("assess", "--input", "nowhere.xlsx")).isEmpty();
        assertThat(jit("--version")).isEmpty();
    }

    private Path sized(String name, long bytes) throws IOException {
        Path file = temp.resolve(name);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(bytes);
        }
        return file;
    }

    private String jit(String... arguments) throws IOException, InterruptedException {
        return LauncherFunction.printed("jit_options", "", Map.of(), temp, arguments);
    }
}
