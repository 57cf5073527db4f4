package dev.riskengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules check and assess on rule folders that are harmful or merely suspicious. */
class RulesCheckCommandTest extends CommandTest {

    @TempDir
    Path temp;

    private Path rulesWith(String name, String drl) throws Exception {
        Path dir = Files.createDirectories(temp.resolve("rules"));
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        Files.writeString(dir.resolve(name), drl);
        return dir;
    }

    @Test
    void assessRefusesARuleFileThatCallsSystemExitAndWritesNoReport() throws Exception {
        // given
        Path rules = rulesWith("exit.drl", "package rules.custom;\nimport dev.riskengine.model.*;\n"
                + "rule \"Stop everything\"\nwhen\n    Country()\nthen\n    System.exit( 0 );\nend\n");
        Path reports = temp.resolve("reports");

        // when
        int code = risk("assess", "--rules", rules.toString(), "--reports", reports.toString());

        // then
        assertThat(code).isEqualTo(ExitCodes.RULES_FAILED);
        assertThat(err.toString()).startsWith("rules/exit.drl:7: refused: rule \"Stop everything\" uses java.lang.System.exit;");
        assertThat(reports.toFile().list() == null ? new String[0] : reports.toFile().list())
                .noneMatch(name -> name.startsWith("20"));
    }

    @Test
    void rulesCheckListsWarningsAndStillSucceeds() throws Exception {
        // given a rule on a code the Dictionary lacks
        Path rules = rulesWith("custom.drl", "package rules.custom;\nimport dev.riskengine.model.*;\n"
                + "rule \"Recruiting cells dismantled\"\nwhen\n    Indicator( code == \"recruiting_cells\", $c : iso3 )\nthen\nend\n");

        // when
        int code = risk("rules", "check", "--rules", rules.toString());

        // then
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("43 rules in 7 files compile.",
                "warning: rules/custom.drl:5: indicator code \"recruiting_cells\" is not in the Dictionary of indicators.xlsx",
                "1 warning.");
    }

    @Test
    void rulesCheckWithoutAWorkbookSaysTheDictionaryWasNotCompared() {
        int code = risk("rules", "check", "--input", temp.resolve("none.xlsx").toString());

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("warning: none.xlsx: not found, so rules are not compared with its Dictionary");
    }
}
