package dev.riskengine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A name defined twice in one package is one located line naming every place, not Drools' internals. */
class DuplicateNamesTest {

    @TempDir
    Path temp;

    private RuleCompilationException refused(RulesFolder rules) {
        try {
            new RuleCompiler().compile(rules.dir());
        } catch (RuleCompilationException e) {
            return e;
        }
        throw new AssertionError("the rules compiled");
    }

    @Test
    void aCopiedRuleFileIsOneLineNamingBothFilesAndTheDuplicatedRule() throws Exception {
        // given a copy of exposure.drl beside it: same package, same six rule names
        RulesFolder rules = RulesFolder.copyOfShipped(temp);
        Files.copy(rules.dir().resolve("exposure.drl"), rules.dir().resolve("exposure copy.drl"));

        // then one line, not Drools' "The type Rule_Long_land_borders_to_police444443120 is already defined"
        assertThat(refused(rules).lines()).containsExactly("rules/exposure copy.drl:14: rule \"Long coastline on "
                + "smuggling and migration routes\" is also defined at rules/exposure.drl:14 (package rules.defaults),"
                + " and 5 more names are defined in these files too (a copied file?): a name must be unique in its"
                + " package; rename them or remove the copy");
    }

    @Test
    void aFunctionDefinedAgainInTheSamePackageIsOneLine() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(temp).write("round.drl",
                "package rules.defaults;\n\nfunction double roundToTenth( double x ) {\n    return x;\n}\n");

        assertThat(refused(rules).lines()).containsExactly("rules/round.drl:3: function roundToTenth is also defined"
                + " at rules/scoring.drl:20 (package rules.defaults): a name must be unique in its package; rename one");
    }

    @Test
    void aRuleNameDefinedTwiceInOneFileIsOneLineWithBothLines() throws Exception {
        String rule = "rule \"Twice\"\nwhen\n    Country( $c : iso3 )\nthen\nend\n";
        RulesFolder rules = RulesFolder.copyOfShipped(temp).write("twice.drl",
                "package rules.custom;\nimport dev.riskengine.model.*;\n" + rule + rule);

        assertThat(refused(rules).lines()).containsExactly("rules/twice.drl:3: rule \"Twice\" is also defined at"
                + " rules/twice.drl:8 (package rules.custom): a name must be unique in its package; rename one");
    }

    @Test
    void aDecisionTableRowNamedLikeADrlRuleIsOneLineAtItsCell() throws Exception {
        // given a row of threat.drl.xlsx (package rules.defaults) renamed to a rule of exposure.drl
        RulesFolder rules = RulesFolder.copyOfShipped(temp);
        String cell = rules.setTableCell("threat.drl.xlsx", "Occasional terrorist attacks", 'B',
                "Land borders to police");

        assertThat(refused(rules).lines()).containsExactly("rules/exposure.drl:57: rule \"Land borders to police\""
                + " is also defined at rules/threat.drl.xlsx: " + cell + " (package rules.defaults): a name must be"
                + " unique in its package; rename one");
    }

    @Test
    void aRuleNameInTwoPackagesCompilesWithOneWarningNamingBothPlaces() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(temp).write("copy.drl", "package rules.custom;\n"
                + "import dev.riskengine.model.*;\n\nrule \"Land borders to police\"\nwhen\n    Country( $c : iso3 )\nthen\nend\n");

        assertThat(new DuplicateNames("rules").acrossPackages(new RuleCompiler().compile(rules.dir()).sources()))
                .extracting(p -> p.describe("rules"))
                .containsExactly("rules/copy.drl:4: rule \"Land borders to police\" (package rules.custom) is also"
                        + " defined at rules/exposure.drl:57 (package rules.defaults): reports and explain --rule go"
                        + " by name and cannot tell them apart; rename one");
    }
}
