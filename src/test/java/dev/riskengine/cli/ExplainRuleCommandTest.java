package dev.riskengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** explain ISO3 --rule NAME on the sample workbook and the shipped rules. */
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
}
