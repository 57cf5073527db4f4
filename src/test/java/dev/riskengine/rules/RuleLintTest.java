package dev.riskengine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules check's warnings: table gaps and overlaps, Dictionary codes, duplicate rule names. */
class RuleLintTest {
    private static final Set<String> SAMPLE_DICTIONARY = Set.of("fighters_abroad", "returning_fighters",
            "active_armed_groups", "terrorist_attacks", "coastline_km", "military_spending_pct_gdp",
            "military_spending_usd_m", "foreign_security_support", "government_control_pct",
            "political_stability", "government_effectiveness");

    @TempDir
    Path temp;

    private List<String> warnings(RulesFolder rules, Set<String> dictionary) throws Exception {
        return new RuleLint().warnings(new RuleCompiler().compile(rules.dir()), dictionary, "indicators.xlsx");
    }

    @Test
    void theShippedRulesHaveNoWarnings() throws Exception {
        assertThat(new RuleLint().warnings(ShippedRules.ruleBase(), SAMPLE_DICTIONARY, "indicators.xlsx")).isEmpty();
    }

    @Test
    void aGapBetweenBandsIsReportedAtTheCellAfterIt() throws Exception {
        // given High starting at 5.2 while Medium ends below 5.0
        RulesFolder rules = RulesFolder.copyOfShipped(temp);
        String cell = rules.setTableCell("bands.drl.xlsx", "High risk", 'D', "5.2");

        assertThat(warnings(rules, SAMPLE_DICTIONARY)).containsExactly("rules/bands.drl.xlsx: " + cell
                + ": table \"INFORM risk bands\": gap: no row covers value from 5 to 5.2 (between \"Medium risk\" and \"High risk\")");
    }

    @Test
    void anOverlapBetweenTiersOfOneIndicatorIsReported() throws Exception {
        // given "Several" groups starting at 2 while "An armed group" still covers 1 to 2
        RulesFolder rules = RulesFolder.copyOfShipped(temp);
        String cell = rules.setTableCell("threat.drl.xlsx", "Several armed groups active", 'D', "2");

        assertThat(warnings(rules, SAMPLE_DICTIONARY)).containsExactly("rules/threat.drl.xlsx: " + cell
                + ": table \"Armed groups and attacks, counts in the year\", active_armed_groups: overlap: "
                + "\"An armed group active\" and \"Several armed groups active\" both cover value from 2 to 3");
    }

    @Test
    void aBoundThatLeavesARowEmptyIsReported() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(temp);
        rules.setTableCell("threat.drl.xlsx", "Some fighters have come home", 'E', "4");

        assertThat(warnings(rules, SAMPLE_DICTIONARY)).anySatisfy(w -> assertThat(w)
                .contains("\"Some fighters have come home\" covers no value / $million at all (from 5 is not below 4)"));
    }

    @Test
    void codesMissingFromTheDictionaryAndDictionaryCodesNoRuleUsesAreReported() throws Exception {
        // given a rule on a misspelt code, in a table and in a DRL file, and a Dictionary with an unused code
        RulesFolder rules = RulesFolder.copyOfShipped(temp)
                .write("custom.drl", "package rules.custom;\nimport dev.riskengine.model.*;\n\nrule \"Recruiting cells dismantled\"\n"
                        + "when\n    Indicator( code == \"recruiting_cells\", value >= 5, $c : iso3 )\nthen\nend\n");
        String cell = rules.setTableCell("threat.drl.xlsx", "Occasional terrorist attacks", 'C', "terrorist_attack");
        Set<String> dictionary = new java.util.HashSet<>(SAMPLE_DICTIONARY);
        dictionary.add("recruiting_cells_dismantled");

        assertThat(warnings(rules, dictionary)).contains(
                "rules/custom.drl:6: indicator code \"recruiting_cells\" is not in the Dictionary of indicators.xlsx, so this rule can never match it",
                "rules/threat.drl.xlsx: " + cell + ": indicator code \"terrorist_attack\" is not in the Dictionary of indicators.xlsx, so this rule can never match it",
                "indicators.xlsx: Dictionary: no rule uses indicator \"recruiting_cells_dismantled\" (its values change no score and no completeness)");
    }

    @Test
    void aRuleNameDefinedInTwoFilesIsReported() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(temp).write("copy.drl", "package rules.custom;\n"
                + "import dev.riskengine.model.*;\n\nrule \"Heavy defence effort\"\nwhen\n"
                + "    Indicator( $c : iso3, code == \"military_spending_pct_gdp\", value >= 4.0 )\nthen\nend\n");

        assertThat(warnings(rules, SAMPLE_DICTIONARY)).containsExactly("rules/copy.drl:4: rule \"Heavy defence effort\" "
                + "(package rules.custom) is also defined at rules/vulnerability.drl:88 (package rules.defaults): reports"
                + " and explain --rule go by name and cannot tell them apart; rename one");
    }

    @Test
    void codesAreReadFromEqualityAndInConstraints() {
        assertThat(RuleLint.codesIn("code == \"a\"")).containsExactly("a");
        assertThat(RuleLint.codesIn("\"b\" == code")).containsExactly("b");
        assertThat(RuleLint.codesIn("code in ( \"c\", \"d\" )")).containsExactly("c", "d");
        assertThat(RuleLint.codesIn("value >= 5")).isEmpty();
    }
}
