package dev.riskengine.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.riskengine.store.PublishedRuns;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code risk schedule} with its hooks and --fail-on-band-rise, the hook a real shell process. */
class ScheduleCommandTest extends CommandTest {

    @TempDir
    Path temp;

    @Test
    void failOnBandRiseStopsTheScheduleWithSixAfterTheOnBandRiseHookRan() throws Exception {
        // given: a previous run in which Libya was in the lowest band
        Path reports = temp.resolve("reports");
        assertThat(risk("assess", "--input", "inputs/indicators.xlsx", "--rules", "rules", "--reports", reports.toString()))
                .isZero();
        Path previous = PublishedRuns.list(reports).get(0).resolve("scores.json");
        String scores = Files.readString(previous);
        int band = scores.indexOf("\"band\"", scores.indexOf("\"iso3\": \"LBY\""));
        Files.writeString(previous, scores.substring(0, band) + "\"band\": \"Very Low\",\n      \"bandLevel\": 1,\n      "
                + scores.substring(scores.indexOf("\"scoreLow\"", band)));
        Path envFile = temp.resolve("hook-env.txt");

        // when: a yearly schedule that also runs at once
        int code = risk("schedule", "--cron", "@yearly", "--once-now", "--fail-on-band-rise",
                "--on-band-rise", "env > '" + envFile + "'", "--input", "inputs/indicators.xlsx", "--rules", "rules",
                "--reports", reports.toString());

        // then
        assertThat(code).isEqualTo(ExitCodes.BAND_ROSE);
        List<Path> runs = PublishedRuns.list(reports);
        assertThat(runs).hasSize(2);
        List<String> env = Files.readAllLines(envFile);
        assertThat(env).contains("RISK_EVENT=band-rise", "RISK_BANDS_ROSE=1",
                "RISK_RUN_FOLDER=" + runs.get(1).toAbsolutePath());
        assertThat(env).anyMatch(line -> line.startsWith("RISK_SUMMARY=" + runs.get(1) + ", 11 countries, year ")
                && line.contains("1 rose, 0 fell: LBY Very Low -> "));
        assertThat(out.toString()).contains("hook on-band-rise exited 0")
                .contains("schedule stopped: a band rose and --fail-on-band-rise is set");
    }

    @Test
    void aHookTimeoutThatIsNoPositiveNumberIsAUsageError() {
        int code = risk("schedule", "--cron", "@daily", "--hook-timeout", "0", "--reports", temp.toString());

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--hook-timeout 0.0: expected a number of seconds above 0");
    }
}
