package dev.riskengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules check and assess on rule folders that are harmful or merely suspicious. */
class RulesCheckCommandTest extends CommandTest {

    @TempDir
    Path temp;

    @Test
    void assessRefusesARuleFileThatCallsSystemExitAndWritesNoReport() throws Exception {
        // given
        Path rules = shippedRulesWith(temp, "exit.drl", "package rules.custom;\nimport dev.riskengine.model.*;\n"
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
    void aCopiedRuleFileIsOneLineFromAssessAndRulesCheck() throws Exception {
        // given a copy of exposure.drl: same package, same rule names
        Path rules = shippedRulesWith(temp, "exposure copy.drl", Files.readString(Path.of("rules", "exposure.drl")));
        Path reports = temp.resolve("reports");

        // when
        int assess = risk("assess", "--rules", rules.toString(), "--reports", reports.toString());
        String assessErr = err.toString();
        err.getBuffer().setLength(0);
        int check = risk("rules", "check", "--rules", rules.toString());

        // then
        String expected = "rules/exposure copy.drl:14: rule \"Long coastline on smuggling and migration routes\" is also"
                + " defined at rules/exposure.drl:14 (package rules.defaults), and 5 more names are defined in these"
                + " files too (a copied file?): a name must be unique in its package; rename them or remove the copy";
        assertThat(assess).isEqualTo(ExitCodes.RULES_FAILED);
        assertThat(check).isEqualTo(ExitCodes.RULES_FAILED);
        assertThat(assessErr.lines().filter(l -> l.startsWith("rules/"))).containsExactly(expected);
        assertThat(err.toString().lines().filter(l -> l.startsWith("rules/"))).containsExactly(expected);
        assertThat(assessErr).doesNotContain("is already defined");
    }

    @Test
    void codeComparedWithANumberFailsRulesCheckAtItsLine() throws Exception {
        Path rules = ruleFileWith("typo.drl", "Five attacks", "Indicator( $c : iso3, code == 5 )");

        int code = risk("rules", "check", "--rules", rules.toString());

        assertThat(code).isEqualTo(ExitCodes.RULES_FAILED);
        assertThat(err.toString()).startsWith("rules/typo.drl:5: rule \"Five attacks\": code is text (Indicator.code),"
                + " compared with the number 5; quote it: \"5\"\n");
        assertThat(err.toString()).as("rules check assesses nothing in any case")
                .endsWith("\nrules do not compile." + System.lineSeparator());
    }

    @Test
    void anUnclosedQuoteInAConditionIsLocatedLinesWithoutAStackTrace() throws Exception {
        Path rules = ruleFileWith("broken.drl", "Broken", "Indicator( code == \"x )");

        int code = risk("rules", "check", "--rules", rules.toString());

        assertThat(code).isEqualTo(ExitCodes.RULES_FAILED);
        assertThat(err.toString()).doesNotContain("Stack trace", "NullPointerException", "at org.drools")
                .contains("rules/broken.drl: Line 8:0 unexpected exception at input '<eof>': the rule cannot be read"
                        + " from here on; look above it for an unclosed quote, bracket or parenthesis");
    }

    @Test
    void aMisspeltFactTypeIsNamedAsSuchNotAsAnUnknownField() throws Exception {
        Path rules = ruleFileWith("typo.drl", "Misspelt", "Indicatr( value > 1 )");

        int code = risk("rules", "check", "--rules", rules.toString());

        assertThat(code).isEqualTo(ExitCodes.RULES_FAILED);
        assertThat(err.toString()).startsWith("rules/typo.drl:5: rule \"Misspelt\": Indicatr is not a fact rules can match"
                + " (they are Border, Contribution, Country, DimensionEvidence,").contains("; did you mean \"Indicator\"?")
                .doesNotContain("uses value");
    }

    @Test
    void rulesCheckListsWarningsAndStillSucceeds() throws Exception {
        // given a rule on a code the Dictionary lacks
        Path rules = ruleFileWith("custom.drl", "Recruiting cells dismantled", "Indicator( code == \"recruiting_cells\", $c : iso3 )");

        // when
        int code = risk("rules", "check", "--rules", rules.toString());

        // then
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("49 rules in 7 files compile.",
                "warning: rules/custom.drl:5: indicator code \"recruiting_cells\" is not in the Dictionary of indicators.xlsx",
                "1 warning.")
                // the sample's governance columns, imported from the WGI, are read by vulnerability.drl
                .doesNotContain("no rule uses indicator");
    }

    @Test
    void aRuleOnACodeTheDictionaryLacksIsWarnedAboutByAssessNotOnlyByRulesCheck() throws Exception {
        // given a misspelt code: the rule never fires, and every score it should raise looks right but is low
        Path rules = ruleFileWith("custom.drl", "Recruiting cells dismantled", "Indicator( code == \"recruiting_cells\", $c : iso3 )");

        // when
        int code = risk("assess", "--rules", rules.toString(), "--reports", temp.resolve("reports").toString());

        // then
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).startsWith("warning: rules/custom.drl:5: indicator code \"recruiting_cells\""
                + " is not in the Dictionary of indicators.xlsx, so this rule can never match it" + System.lineSeparator()
                + "Assessed 11 countries");
    }

    @Test
    void theShippedRulesOnTheSampleAssessWithoutARuleWarning() {
        int code = risk("assess", "--reports", temp.resolve("reports").toString());

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).startsWith("Assessed 11 countries").doesNotContain("warning:");
    }

    @Test
    void rulesCheckWithoutAWorkbookSaysTheDictionaryWasNotCompared() {
        int code = risk("rules", "check", "--input", temp.resolve("none.xlsx").toString());

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("warning: none.xlsx: not found, so rules are not compared with its Dictionary");
    }

    /** The shipped rules plus one file holding one rule whose condition is on line 5 and whose action is empty. */
    private Path ruleFileWith(String file, String rule, String condition) throws Exception {
        return shippedRulesWith(temp, file, "package rules.custom;\nimport dev.riskengine.model.*;\n"
                + "rule \"" + rule + "\"\nwhen\n    " + condition + "\nthen\nend\n");
    }
}
