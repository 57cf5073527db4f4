package dev.riskengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.riskengine.rules.RulesFolder;
import dev.riskengine.store.RunLock;

/**
 * Issues 11 (cases 7 and 8) and 12: a rule that fails at run time on the shipped sample is named
 * with its file and line, in one line, exit 2, with no report and the lock released.
 */
class RuleRunTimeErrorsTest extends CommandTest {

    @TempDir
    Path temp;

    private int assess(Path rules) {
        return risk("assess", "--input", "inputs/indicators.xlsx", "--rules", rules.toString(),
                "--reports", temp.resolve("reports").toString());
    }

    private void assertOneLineNoReportNoLock() throws Exception {
        assertThat(err.toString().strip()).doesNotContain("\n").doesNotContain("\tat ");
        Path reports = temp.resolve("reports");
        if (Files.isDirectory(reports)) {
            try (Stream<Path> left = Files.list(reports)) {
                assertThat(left.map(p -> p.getFileName().toString()))
                        .noneMatch(name -> name.startsWith("20") || name.equals(RunLock.FILE_NAME));
            }
        }
    }

    @Test
    void aScoreInAGapBetweenTheBandRowsIsNamedWithItsScoreAndTheBandTableNotOnlyTheUnit() throws Exception {
        // "High risk" from 9.0 leaves 5.0 to 9.0 without a band: the run said only "no rule inserted a
        // RiskBand for LBY: the scoring rules must insert one per country"
        RulesFolder rules = RulesFolder.copyOfShipped(temp);
        rules.setTableCell("bands.drl.xlsx", "High risk", 'D', "9.0");

        int code = assess(rules.dir());

        assertThat(code).isEqualTo(ExitCodes.RULES_FAILED);
        assertThat(err.toString()).containsPattern("no rule gave [A-Z]{3} a RiskBand for its RiskScore [5-8]\\.\\d")
                .contains("the band rules (bands.drl.xlsx) must cover every score; is it in a gap between their rows?"
                        + " (`risk rules check` lists gaps)");
        assertOneLineNoReportNoLock();
    }

    @Test
    void case7RuleUpdatingACountryWithoutEndIsNamedNotTheShippedRuleItRetriggers() throws Exception {
        Path rules = shippedRulesWith(temp, "seen.drl", """
                package rules.custom;
                import dev.riskengine.model.*;

                rule "Mark the country as seen"
                when
                    $c : Country( )
                then
                    update( $c );
                end
                """);

        int code = assess(rules);

        assertThat(code).isEqualTo(ExitCodes.RULES_FAILED);
        assertThat(err.toString()).startsWith("rules kept firing without end (stopped after ")
                .contains("firings): rules/seen.drl:4: rule \"Mark the country as seen\" re-activates itself")
                .doesNotContain("Coping capacity starts at average");
        assertOneLineNoReportNoLock();
    }

    @Test
    void case7RuleLoopingThroughDimensionScoreIsNamedNotTheSpilloverRule() throws Exception {
        Path rules = shippedRulesWith(temp, "nudge.drl", """
                package rules.custom;
                import dev.riskengine.model.*;

                rule "Nudge the threat score"
                    salience -300
                when
                    $d : DimensionScore( dimension == Dimension.THREAT )
                then
                    update( $d );
                end
                """);

        int code = assess(rules);

        assertThat(code).isEqualTo(ExitCodes.RULES_FAILED);
        assertThat(err.toString()).contains("rules/nudge.drl:4: rule \"Nudge the threat score\" re-activates itself")
                .doesNotContain("Spillover");
        assertOneLineNoReportNoLock();
    }

    @Test
    void case7TwoRulesReactivatingEachOtherAreBothNamed() throws Exception {
        Path rules = shippedRulesWith(temp, "pingpong.drl", """
                package rules.custom;
                import dev.riskengine.model.*;

                rule "Ping"
                when
                    $b : Border( )
                then
                    insert( new Contribution( $b.getIso3(), Dimension.EXPOSURE, 0.0, "ping" ) );
                end

                rule "Pong"
                when
                    $p : Contribution( reason == "ping" )
                    $b : Border( iso3 == $p.iso3 )
                then
                    delete( $p );
                    update( $b );
                end
                """);

        int code = assess(rules);

        assertThat(code).isEqualTo(ExitCodes.RULES_FAILED);
        // busiest first: Pong also re-activates itself, through the Border it updates
        assertThat(err.toString()).contains("rules/pingpong.drl:11: rule \"Pong\" and rules/pingpong.drl:4: rule \"Ping\""
                + " re-activate one another");
        assertOneLineNoReportNoLock();
    }

    @Test
    void case8ConditionThatCannotCompareIsNamedByAssessWithItsFileAndLine() throws Exception {
        Path rules = shippedRulesWith(temp, "five.drl", """
                package rules.custom;
                import dev.riskengine.model.*;

                rule "Five or more"
                when
                    Indicator( value >= ("fi" + "ve") )
                then
                end
                """);

        int code = assess(rules);

        assertThat(code).isEqualTo(ExitCodes.RULES_FAILED);
        assertThat(err.toString()).isEqualTo("rules/five.drl:6: rule \"Five or more\": the condition value >= (\"fi\" + \"ve\")"
                + " cannot be evaluated: NumberFormatException: For input string: \"five\"" + System.lineSeparator());
        assertOneLineNoReportNoLock();
    }

    @Test
    void case8RulesCheckRefusesAConditionThatCannotCompare() throws Exception {
        Path rules = shippedRulesWith(temp, "five.drl", """
                package rules.custom;
                import dev.riskengine.model.*;

                rule "Five or more"
                when
                    Indicator( code == "terrorist_attacks" )
                    Indicator( value >= ("fi" + "ve") )
                then
                end
                """);

        int code = risk("rules", "check", "--rules", rules.toString());

        assertThat(code).isEqualTo(ExitCodes.RULES_FAILED);
        assertThat(err.toString()).contains("rules/five.drl:7: rule \"Five or more\": the condition value >= (\"fi\" + \"ve\")"
                + " cannot be evaluated");
    }

    @Test
    void recursiveFunctionIsOneLocatedLineExitTwoAndTheLockReleased() throws Exception {
        Path rules = shippedRulesWith(temp, "deep.drl", """
                package rules.custom;
                import dev.riskengine.model.*;

                function int depth( int n ) {
                    return depth( n + 1 ) + 1;
                }

                rule "Deep thought"
                when
                    Country( $c : iso3 )
                then
                    insert( new Contribution( $c, Dimension.THREAT, depth( 0 ), "deep" ) );
                end
                """);

        int code = assess(rules);

        assertThat(code).isEqualTo(ExitCodes.RULES_FAILED);
        assertThat(err.toString()).startsWith("rules/deep.drl:4: function depth() called itself without end")
                .contains("called by rules/deep.drl:8: rule \"Deep thought\"");
        assertOneLineNoReportNoLock();
    }
}
