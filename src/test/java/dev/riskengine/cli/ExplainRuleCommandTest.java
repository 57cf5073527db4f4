package dev.riskengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** explain COUNTRY --rule NAME on the sample workbook and the shipped rules. */
class ExplainRuleCommandTest extends CommandTest {

    @Test
    void aRuleThatFiredIsShownWithItsContributionAndCells() {
        int code = risk("explain", "TUN", "--rule", "Very many citizens fighting abroad");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains(
                "Rule \"Very many citizens fighting abroad\" (threat.drl.xlsx: Threat!B12) for Tunisia (TUN), 2016: fired once.",
                "+4.00 THREAT        254 citizens fighting abroad per million people (100 or more)",
                "Country TUN (Tunisia), population 11,500,000 (Countries!D4)",
                "Indicator TUN fighters_abroad = 2926 (Indicators!C10)");
    }

    @Test
    void aRuleThatDidNotFireNamesTheConstraintAndTheCell() {
        int code = risk("explain", "LBY", "--rule", "Many armed groups active");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("for Libya (LBY), 2016: did not fire.",
                "Condition 1 had no match for LBY:",
                "its constraint value >= 5 was not met by the fact that met the constraints before it:",
                "Indicator LBY active_armed_groups = 4 (Indicators!E13)");
    }

    @Test
    void anUnknownRuleIsAUsageErrorWithCloseNames() {
        int code = risk("explain", "LBY", "--rule", "Many armd groups");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).isEqualTo("rules: no rule \"Many armd groups\"; close names: "
                + "\"Many armed groups active\", \"Several armed groups active\"" + System.lineSeparator());
    }

    @Test
    void explainTunisiaByItsNameInAnyCaseIsExplainedAsTun() {
        int byName = risk("explain", "tunisia", "--rule", "Very many citizens fighting abroad");
        String named = out.toString();
        out.getBuffer().setLength(0);
        int byCode = risk("explain", "TUN", "--rule", "Very many citizens fighting abroad");

        assertThat(byName).isEqualTo(ExitCodes.OK);
        assertThat(byCode).isEqualTo(ExitCodes.OK);
        assertThat(named).isEqualTo(out.toString()).contains("for Tunisia (TUN), 2016: fired once.");
    }

    @Test
    void aNameWithoutItsAccentFindsTheCountry() {
        int code = risk("explain", "cote d'ivoire");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("(CIV)");
    }

    @Test
    void aMisspeltCountryIsNamedWithTheClosestName() {
        int code = risk("explain", "Tunisa");

        assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).startsWith("indicators.xlsx: Countries: no country \"Tunisa\"; did you mean \"Tunisia\"? "
                + "(the workbook has BFA, CIV, DZA, EGY, LBY, MAR, MLI, MRT, NER, TCD, TUN)");
    }

    @Test
    void aRuleNameInAnotherCaseIsTheRuleWhenNoOtherRuleSharesIt() {
        int code = risk("explain", "TUN", "--rule", "very many CITIZENS fighting abroad");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Rule \"Very many citizens fighting abroad\" (threat.drl.xlsx: Threat!B12)");
    }

    @Test
    void mauritaniasThreatWithNoPointsSaysNoRuleContributedInsteadOfShowingNothing() {
        int code = risk("explain", "MRT");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("THREAT" + System.lineSeparator()
                + "  no rule contributed points: 0.5 is what the scoring rules give a dimension without evidence");
        assertThat(out.toString().indexOf("THREAT")).isLessThan(out.toString().indexOf("EXPOSURE"));
    }
}
