package dev.riskengine.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

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
        assertThat(out.toString()).contains("reproduced, scores.json identical.");
        assertThat(withoutRun(runs[0])).isEqualTo(withoutRun(runs[1]));
    }

    @Test
    void aDifferentResultIsNamedCountryByCountry() throws Exception {
        // given: a recorded run whose Libya score was different
        Path reports = temp.resolve("reports");
        risk("assess", "--reports", reports.toString());
        Path scores = runs(reports)[0].resolve("scores.json");
        String text = Files.readString(scores);
        int libya = text.indexOf("\"iso3\": \"LBY\"");
        int score = text.indexOf("\"score\": ", libya);
        int comma = text.indexOf(',', score);
        Files.writeString(scores, text.substring(0, score) + "\"score\": 9.9" + text.substring(comma));

        // when
        int code = risk("verify", runs(reports)[0].toString());

        // then
        assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(out.toString()).contains("LBY: score 9.9").contains("not reproduced.");
    }

    @Test
    void changedRulesAreSaidRatherThanCompared() throws Exception {
        // given
        Path rules = Files.createDirectories(temp.resolve("rules"));
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        Path reports = temp.resolve("reports");
        risk("assess", "--rules", rules.toString(), "--reports", reports.toString());
        Files.writeString(rules.resolve("exposure.drl"), Files.readString(rules.resolve("exposure.drl")) + "\n// edited\n");

        // when
        int code = risk("verify", runs(reports)[0].toString(), "--rules", rules.toString());

        // then
        assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(out.toString()).contains("changed since the run");
    }

    /** scores.json without what is about the run rather than the result: "run" and "comparison" (the last field). */
    private static String withoutRun(Path run) throws Exception {
        String text = Files.readString(run.resolve("scores.json"));
        return text.substring(0, text.indexOf("\"run\"")) + text.substring(text.indexOf("\"year\""), text.indexOf("\"comparison\""));
    }

    private static Path[] runs(Path reports) throws Exception {
        return dev.riskengine.run.PublishedRuns.list(reports).toArray(Path[]::new);
    }
}
