package dev.riskengine.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class AssessCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int risk(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cmd = RiskCommand.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    private int assess(Path reports, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("assess", "--input", "inputs/indicators.xlsx",
                "--rules", "rules", "--reports", reports.toString()));
        args.addAll(List.of(more));
        return risk(args.toArray(String[]::new));
    }

    @Test
    void keepRemovesTheOldestRunsBeyondNAfterASuccessfulRun() throws Exception {
        // given
        Path reports = temp.resolve("reports");
        assess(reports);
        assess(reports);
        List<String> firstTwo = runs(reports);

        // when
        int code = assess(reports, "--keep", "2");

        // then
        assertThat(code).isEqualTo(ExitCodes.OK);
        List<String> left = runs(reports);
        assertThat(left).hasSize(2).doesNotContain(firstTwo.get(0)).contains(firstTwo.get(1));
    }

    @Test
    void backtestIsWrittenIntoTheRunFolderListedInItsManifestAndShownInReportHtml() throws Exception {
        Path reports = temp.resolve("reports");

        int code = assess(reports, "--backtest");

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        Path run = reports.resolve(runs(reports).get(0));
        assertThat(Files.readString(run.resolve("backtest.json"))).contains("\"persistence\"", "\"folder\": \"rules\"");
        assertThat(Files.readString(run.resolve("manifest.json"))).contains("\"backtest.json\"");
        assertThat(Files.readString(run.resolve("report.html"))).contains("<section id=\"backtest\">", "<th>persistence</th>",
                "<td>pooled</td><td>rho</td><td>0.74</td><td>0.83</td><td>+0.09</td>");
        assertThat(out.toString()).contains("Persistence: \"terrorist_attacks\"", "pooled         22     0     0   0.74");
    }

    @Test
    void engineSparkInTheEnginesJarIsOneUsageLineNamingTheLauncherAndWritesNothing() throws Exception {
        Path reports = temp.resolve("reports");

        int code = assess(reports, "--engine", "spark");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("--engine spark runs on Apache Spark")
                .contains("./risk assess --engine spark").doesNotContain("Exception");
        assertThat(Files.exists(reports)).isFalse();
    }

    @Test
    void engineLocalIsTheDefaultAndGivesTheSameScoresAsNoEngineOption() throws Exception {
        Path reports = temp.resolve("reports");
        assertThat(assess(reports, "--engine", "local", "--no-cache")).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(assess(reports, "--no-cache")).isEqualTo(ExitCodes.OK);

        List<String> runs = runs(reports);
        assertThat(CommandTest.scoresWithoutRun(reports.resolve(runs.get(0))))
                .isEqualTo(CommandTest.scoresWithoutRun(reports.resolve(runs.get(1))));
    }

    @Test
    void aBacktestWithoutAPairOfYearsPublishesNothingAndExitsOne() throws Exception {
        // given a workbook of one year: no year Y has an outcome at Y + 1
        Path workbook = temp.resolve("grid.xlsx");
        assertThat(risk("generate", "--units", "12", "--years", "1", "--out", workbook.toString())).isZero();
        Path reports = temp.resolve("reports");

        int code = risk("assess", "--input", workbook.toString(), "--rules", "rules", "--reports", reports.toString(),
                "--backtest");

        assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("grid.xlsx: ").endsWith("(--backtest: nothing published)" + System.lineSeparator());
        assertThat(runs(reports)).isEmpty();
    }

    @Test
    void keepBelowOneIsAUsageErrorInAssessAndScheduleAndRemovesNothing() throws Exception {
        // given
        Path reports = temp.resolve("reports");
        assess(reports);

        // when
        int assessCode = assess(reports, "--keep", "0");
        String assessErr = err.toString();
        int scheduleCode = risk("schedule", "--cron", "0 6 * * *", "--reports", reports.toString(), "--keep", "-1");

        // then
        assertThat(assessCode).isEqualTo(ExitCodes.USAGE);
        assertThat(assessErr).startsWith("--keep must be at least 1, was 0");
        assertThat(scheduleCode).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("--keep must be at least 1, was -1");
        assertThat(runs(reports)).hasSize(1);
    }

    @Test
    void keepIsNotAppliedWhenTheRunFails() throws Exception {
        // given
        Path reports = temp.resolve("reports");
        assess(reports);
        assess(reports);

        // when
        int code = risk("assess", "--input", temp.resolve("missing.xlsx").toString(), "--rules", "rules",
                "--reports", reports.toString(), "--keep", "1");

        // then
        assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(runs(reports)).hasSize(2);
    }

    @Test
    void reportsThatAreAFileExitWithCannotWriteNamingThePath() throws Exception {
        // given
        Path reports = Files.writeString(temp.resolve("reports"), "not a folder");

        // when
        int code = assess(reports);

        // then
        assertThat(code).isEqualTo(ExitCodes.CANNOT_WRITE_REPORTS);
        assertThat(err.toString()).contains("cannot write reports to " + reports);
        assertThat(Files.readString(reports)).isEqualTo("not a folder");
    }

    @Test
    void aReadOnlyReportsFolderExitsWithCannotWriteAndKeepsEarlierRuns() throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
        // given
        Path reports = temp.resolve("reports");
        assess(reports);
        List<String> before = runs(reports);
        reports.toFile().setWritable(false);
        try {
            // when
            int code = assess(reports);

            // then
            assertThat(code).isEqualTo(ExitCodes.CANNOT_WRITE_REPORTS);
            assertThat(err.toString()).contains(reports.toString()).contains("permission denied");
            assertThat(runs(reports)).isEqualTo(before);
        } finally {
            reports.toFile().setWritable(true);
        }
    }

    @Test
    void aBandRiseIsSummarizedLastAndExitsWithSixWhenAsked() throws Exception {
        // given: a previous run in which Libya was in the lowest band
        Path reports = temp.resolve("reports");
        assess(reports);
        Path previous = reports.resolve(runs(reports).get(0)).resolve("scores.json");
        String scores = Files.readString(previous);
        int libya = scores.indexOf("\"iso3\": \"LBY\"");
        assertThat(libya).isPositive();
        int band = scores.indexOf("\"band\"", libya);
        int end = scores.indexOf("\"scoreLow\"", band);
        Files.writeString(previous, scores.substring(0, band)
                + "\"band\": \"Very Low\",\n      \"bandLevel\": 1,\n      " + scores.substring(end));

        // when
        int code = assess(reports, "--fail-on-band-rise");

        // then
        assertThat(code).isEqualTo(ExitCodes.BAND_ROSE);
        assertThat(runs(reports)).hasSize(2); // the report is written all the same
        String[] lines = out.toString().split("\\R");
        assertThat(lines[lines.length - 1]).startsWith("Band changes since " + runs(reports).get(0) + ": 1 rose, 0 fell: LBY Very Low -> ");
    }

    @Test
    void withoutTheFlagABandRiseStillExitsZero() throws Exception {
        Path reports = temp.resolve("reports");
        assess(reports);

        int code = assess(reports);

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString().strip()).endsWith("Band changes since " + runs(reports).get(0) + ": none.");
    }

    private static List<String> runs(Path reports) throws Exception {
        return dev.riskengine.store.PublishedRuns.list(reports).stream().map(p -> p.getFileName().toString()).toList();
    }
}
