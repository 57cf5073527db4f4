package dev.riskengine.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.riskengine.sample.FolderCopy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class VerifyCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();

    private int risk(String... args) {
        out.getBuffer().setLength(0);
        CommandLine cmd = RiskCommand.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(new StringWriter()));
        return cmd.execute(args);
    }

    /** verify re-runs the year the run assessed; a --year it would ignore is refused, not silently dropped. */
    @Test
    void verifyRefusesAYearItWouldIgnore() {
        StringWriter err = new StringWriter();
        CommandLine cmd = RiskCommand.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));

        int code = cmd.execute("verify", "2026-11-25T06-19-00.698Z", "--year", "2015", "--reports", temp.toString());

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Unknown options: '--year'");
    }

    @Test
    void aRunIsReproducedIdenticallyAndTwoRunsDifferOnlyInTheirRunMetadata() throws Exception {
        // given
        Path reports = temp.resolve("reports");
        risk("assess", "--reports", reports.toString());
        risk("assess", "--reports", reports.toString());
        Path[] runs = runs(reports);

        // when
        int code = risk("verify", runs[0].getFileName().toString(), "--reports", reports.toString());

        // then
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("reproduced from the run's own copies").contains("scores.json identical.");
        assertThat(withoutRun(runs[0])).isEqualTo(withoutRun(runs[1]));
    }

    @Test
    void aRunWithMonteCarloDrawsIsReproducedWithItsDrawsAndSeed() throws Exception {
        // given a run with draws: verify re-ran it without them and called every unit different
        Path reports = temp.resolve("reports");
        risk("assess", "--reports", reports.toString(), "--draws", "50", "--seed", "7");

        // when
        int code = risk("verify", runs(reports)[0].toString());

        // then
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("reproduced from the run's own copies").contains("scores.json identical.");
    }

    @Test
    void aDifferentResultIsNamedCountryByCountry() throws Exception {
        // given: a recorded run whose Libya score was different
        Path run = runWithEdited("scores.json", text -> withLibyasScore(text, "\"iso3\": \"LBY\"", "\"score\": ", "9.9"));

        // when
        int code = risk("verify", run.toString());

        // then
        assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(out.toString()).contains("LBY: score 9.9").contains("not reproduced from the run's own copies");
    }

    @Test
    void aUnitThatDiffersBeyondItsScoreAndBandSaysSoInsteadOfListingThemAlike() throws Exception {
        // given a recorded run whose Libya reason was edited: its score and band are as reproduced
        Path run = runWithEdited("scores.json", text -> text.replaceFirst("422 terrorist attacks", "999 terrorist attacks"));

        // when
        int code = risk("verify", run.toString());

        // then
        assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(out.toString()).contains("LBY: score 6.2 band High then and now, but its dimensions, contributions,"
                + " indicators or draws differ").doesNotContain("MLI:");
    }

    @Test
    void verifyNamesEachChangedRuleFile() throws Exception {
        // given: a run, then one rule file edited, one removed and one added
        Path rules = FolderCopy.copy(Path.of("rules"), temp.resolve("rules"));
        Path reports = temp.resolve("reports");
        risk("assess", "--rules", rules.toString(), "--reports", reports.toString());
        Files.writeString(rules.resolve("exposure.drl"), Files.readString(rules.resolve("exposure.drl")) + "\n// edited\n");
        Files.move(rules.resolve("vulnerability.drl"), temp.resolve("vulnerability.drl"));
        Files.writeString(rules.resolve("extra.drl"), "package rules.extra;\n");

        // when
        int code = risk("verify", runs(reports)[0].toString());

        // then: the run still reproduces from its own copies, and each current difference is named
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString())
                .contains("reproduced from the run's own copies")
                .contains(rules.resolve("exposure.drl") + ": changed since the run")
                .contains(rules.resolve("vulnerability.drl") + ": gone since the run")
                .contains(rules.resolve("extra.drl") + ": new since the run")
                .doesNotContain("scoring.drl");
    }

    @Test
    void verifyNamesTheWorkbookTheRunRead() throws Exception {
        // given: a run of a workbook other than inputs/indicators.xlsx, which is then saved again with other figures
        Path input = Files.copy(Path.of("inputs/indicators.xlsx"), temp.resolve("other.xlsx"));
        Path reports = temp.resolve("reports");
        risk("assess", "--input", input.toString(), "--reports", reports.toString());
        Files.write(input, new byte[] {0}, java.nio.file.StandardOpenOption.APPEND);

        // when: no --input, so the run is compared with the file it read
        int code = risk("verify", runs(reports)[0].toString());

        // then
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains(input + ": changed since the run (SHA-256 differs)")
                .doesNotContain("inputs/indicators.xlsx");
    }

    @Test
    void verifyWorksAfterTheWorkbookIsEdited() throws Exception {
        // given: a run, then the workbook overwritten with something that is no longer a workbook
        Path input = Files.copy(Path.of("inputs/indicators.xlsx"), temp.resolve("indicators.xlsx"));
        Path reports = temp.resolve("reports");
        risk("assess", "--input", input.toString(), "--reports", reports.toString());
        Files.writeString(input, "half-saved");

        // when
        int code = risk("verify", runs(reports)[0].toString());

        // then
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString())
                .contains("reproduced from the run's own copies (input/indicators.xlsx, rules.zip), scores.geojson and scores.json identical.")
                .contains(input + ": changed since the run");
    }

    @Test
    void aRunCopyEditedAfterTheRunIsNamed() throws Exception {
        Path reports = temp.resolve("reports");
        risk("assess", "--reports", reports.toString());
        Path copy = runs(reports)[0].resolve("input/indicators.xlsx");
        Files.write(copy, new byte[] {0}, java.nio.file.StandardOpenOption.APPEND);

        int code = risk("verify", runs(reports)[0].toString());

        assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(out.toString()).contains("input/indicators.xlsx: the run's copy was changed after the run");
    }

    @Test
    void explainWorksFromTheRunsCopiesAfterTheInputsChange() throws Exception {
        // given: a run, then both the workbook and the rules made unusable
        Path input = Files.copy(Path.of("inputs/indicators.xlsx"), temp.resolve("indicators.xlsx"));
        Path rules = FolderCopy.copy(Path.of("rules"), temp.resolve("rules"));
        Path reports = temp.resolve("reports");
        risk("assess", "--input", input.toString(), "--rules", rules.toString(), "--reports", reports.toString());
        risk("explain", "LBY", "--input", input.toString(), "--rules", rules.toString());
        String asAssessed = out.toString();
        Files.writeString(input, "half-saved");
        Files.writeString(rules.resolve("exposure.drl"), "rule \"half typed\" when then");

        // when
        int code = risk("explain", "LBY", "--run", runs(reports)[0].getFileName().toString(), "--reports", reports.toString());

        // then
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).isEqualTo(asAssessed).contains("Libya (LBY)");
    }

    @Test
    void aScoresGeojsonEditedAfterTheRunIsNamedByVerify() throws Exception {
        // given: a run whose scores.geojson gives Libya another score (verify used to check scores.json alone)
        Path run = runWithEdited("scores.geojson", text -> withLibyasScore(text, "\"id\":\"LBY\"", "\"score\":", "9.9"));

        // when
        int code = risk("verify", run.toString());

        // then
        assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(out.toString()).contains("scores.geojson: the feature of LBY differs from what the re-run gives")
                .contains("not reproduced from the run's own copies").doesNotContain("LBY: score");
    }

    @Test
    void aRunsScoresGeojsonIsReproducedAndARunWithoutOneIsVerifiedWithANote() throws Exception {
        // given
        Path reports = temp.resolve("reports");
        risk("assess", "--reports", reports.toString());
        Path run = runs(reports)[0];

        // when / then: reproduced, both files named
        assertThat(risk("verify", run.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("scores.geojson and scores.json identical.");

        // when / then: a run made before scores.geojson is still verified, and says what it could not check
        Files.delete(run.resolve("scores.geojson"));
        assertThat(risk("verify", run.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("scores.geojson not checked: the run wrote none")
                .contains("scores.json identical.").doesNotContain("scores.geojson and");
    }

    private static String withoutRun(Path run) throws Exception {
        return CommandTest.scoresWithoutRun(run);
    }

    private static Path[] runs(Path reports) throws Exception {
        return dev.riskengine.store.PublishedRuns.list(reports).toArray(Path[]::new);
    }

    /** A run of the sample whose report {@code file} was then edited, as a file changed after the run is. */
    private Path runWithEdited(String file, java.util.function.UnaryOperator<String> edit) throws Exception {
        Path reports = temp.resolve("reports");
        risk("assess", "--reports", reports.toString());
        Path run = runs(reports)[0];
        Files.writeString(run.resolve(file), edit.apply(Files.readString(run.resolve(file))));
        return run;
    }

    /** The text with the first {@code scoreKey} value after Libya's {@code libyaKey} replaced. */
    private static String withLibyasScore(String text, String libyaKey, String scoreKey, String score) {
        int at = text.indexOf(scoreKey, text.indexOf(libyaKey));
        int comma = text.indexOf(',', at);
        return text.substring(0, at) + scoreKey + score + text.substring(comma);
    }
}
