package dev.riskengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class RulesTestCommandTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int rulesTest(Path rules) {
        CommandLine cmd = RiskCommand.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute("rules", "test", "--rules", rules.toString());
    }

    /** A copy of the shipped rule files with the given case file as the only case. */
    private Path rulesWithCase(String yaml) throws IOException {
        Path rules = temp.resolve("rules");
        Files.createDirectories(rules.resolve("tests"));
        try (Stream<Path> drl = Files.list(Path.of("rules"))) {
            for (Path file : drl.filter(Files::isRegularFile).toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        Files.writeString(rules.resolve("tests/edge.yaml"), yaml);
        return rules;
    }

    @Test
    void theShippedCasesPass() {
        int code = rulesTest(Path.of("rules"));

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("PASS  rules/tests/exposure.yaml:").doesNotContain("FAIL")
                .containsPattern("\\d+ cases: \\d+ passed, 0 failed\\.");
    }

    @Test
    void aFailingCaseSaysExpectedAndActualWithTheContributionsAndExits3() throws IOException {
        Path rules = rulesWithCase("""
                cases:
                  - case: Tunisia's threat from fighters and attacks
                    year: 2016
                    countries: [ { iso3: TUN, population: 11500000 } ]
                    indicators:
                      TUN: { fighters_abroad: 6500, terrorist_attacks: 20 }
                    expect:
                      TUN: { dimensions: { THREAT: 7-8 } }
                """);

        int code = rulesTest(rules);

        assertThat(code).isEqualTo(ExitCodes.RULE_TESTS_FAILED);
        assertThat(out.toString()).contains(
                "FAIL  rules/tests/edge.yaml:2  Tunisia's threat from fighters and attacks\n"
                + "      TUN THREAT: expected 7-8, got 6\n"
                + "        THREAT         +4.00  Very many citizens fighting abroad: 565 citizens fighting abroad per million people (100 or more)\n"
                + "        THREAT         +2.00  Frequent terrorist attacks: 20 terrorist attacks in the year (20 to 99)\n",
                "1 case: 0 passed, 1 failed.");
    }

    @Test
    void aMisspeltRuleIsAProblemWithASuggestionNotASilentPass() throws IOException {
        Path rules = rulesWithCase("""
                cases:
                  - case: typo
                    year: 2016
                    countries: [ { iso3: TUN } ]
                    expect:
                      TUN:
                        doesNotFire: [Sustained terorist campaign]
                        band: Hihg
                """);

        int code = rulesTest(rules);

        assertThat(code).isEqualTo(ExitCodes.RULE_TESTS_FAILED);
        assertThat(err.toString()).contains(
                "rules/tests/edge.yaml:7: TUN names rule \"Sustained terorist campaign\", which no rule file defines;"
                        + " did you mean \"Sustained terrorist campaign\"?",
                "rules/tests/edge.yaml:7: TUN band \"Hihg\" is not a band the rules give (Very Low, Low, Medium, High, Very High, or Insufficient data)");
        assertThat(out.toString()).contains("0 cases: 0 passed, 0 failed; 2 problems in case files.");
    }

    @Test
    void aMisspeltIndicatorCodeInACaseIsAnErrorAtItsLineWithASuggestion() throws IOException {
        // given a code no rule matches, with a value and left empty: either would change nothing
        Path rules = rulesWithCase("""
                cases:
                  - case: typo
                    year: 2016
                    countries: [ { iso3: TUN }, { iso3: NER } ]
                    indicators:
                      TUN: { coastline_kn: 1148 }
                      NER:
                        coastline_km:
                        terorist_attacks:
                    expect:
                      TUN: { doesNotFire: [Coastline on smuggling and migration routes] }
                """);

        int code = rulesTest(rules);

        assertThat(code).isEqualTo(ExitCodes.RULE_TESTS_FAILED);
        assertThat(err.toString().lines()).containsExactly(
                "rules/tests/edge.yaml:6: TUN indicator \"coastline_kn\" is no code a rule matches, so its value"
                        + " changes nothing; did you mean \"coastline_km\"?",
                "rules/tests/edge.yaml:9: NER indicator \"terorist_attacks\" is no code a rule matches, so its value"
                        + " changes nothing; did you mean \"terrorist_attacks\"?");
        assertThat(out.toString()).contains("0 cases: 0 passed, 0 failed; 2 problems in case files.");
    }

    @Test
    void aMalformedFileIsOneLocatedLineWithoutAStackTrace() throws IOException {
        Path rules = rulesWithCase("cases:\n  - case: x\n    year: 2016\n    countries: [ { iso3: TUN } ]\n"
                + "    expect:\n      TUN: { score: high }\n");

        int code = rulesTest(rules);

        assertThat(code).isEqualTo(ExitCodes.RULE_TESTS_FAILED);
        assertThat(err.toString().strip()).isEqualTo("rules/tests/edge.yaml:6: cases[1].expect.TUN.score: found \"high\","
                + " expected a number such as 4.9 or a range such as 4.5-5.0");
    }

    @Test
    void noCaseFilesIsNotAPass() throws IOException {
        Path rules = rulesWithCase("cases: []\n");
        Files.delete(rules.resolve("tests/edge.yaml"));

        int code = rulesTest(rules);

        assertThat(code).isEqualTo(ExitCodes.RULE_TESTS_FAILED);
        assertThat(err.toString().strip()).isEqualTo("rules/tests: no case files (*.yaml); see docs/rules.md, \"Rule tests\"");
    }

    @Test
    void rulesThatDoNotCompileExit2() throws IOException {
        Path rules = rulesWithCase("cases: []\n");
        Files.writeString(rules.resolve("broken.drl"), "package rules.custom;\nrule \"x\" when then nonsense( end\n");

        int code = rulesTest(rules);

        assertThat(code).isEqualTo(ExitCodes.RULES_FAILED);
        assertThat(err.toString()).contains("rules/broken.drl:").contains("rules do not compile");
    }
}
