package dev.riskengine.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.riskengine.model.Country;
import dev.riskengine.model.Indicator;

/**
 * Issue 11, case 8: a condition that fails while matching names its rule, file and line. A
 * condition that can never work is refused by {@code rules check}'s compile of every condition;
 * one that fails only on some values is named when a run meets such a value.
 */
class ConditionFailureTest {
    @TempDir Path temp;

    @Test
    void case8ConditionComparingANumberWithAWordIsRefusedByTheConditionCheck() throws Exception {
        // a computed word: the literal check (LiteralTypeChecksTest) already refuses value >= "five" itself
        RulesFolder rules = RulesFolder.copyOfShipped(temp).write("five.drl", """
                package rules.custom;
                import dev.riskengine.model.*;
                rule "Five or more"
                when
                    Country( $c : iso3 )
                    not Indicator( iso3 == $c, value >= ("fi" + "ve") )
                then
                end
                """);

        assertThatThrownBy(() -> new RuleCompiler().compileWithConditions(rules.dir()))
                .isInstanceOf(RuleCompilationException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((RuleCompilationException) e).lines())
                        .containsExactly("rules/five.drl:6: rule \"Five or more\": the condition value >= (\"fi\" + \"ve\") cannot be"
                                + " evaluated: NumberFormatException: For input string: \"five\""));
    }

    @Test
    void case8ConditionFailingOnSomeValueNamesItsRuleFileAndLineWhenARunMeetsIt() throws Exception {
        RuleBase rules = new RuleCompiler().compile(RulesFolder.copyOfShipped(temp).write("codes.drl", """
                package rules.custom;
                import dev.riskengine.model.*;

                rule "Codes with a long suffix"
                when
                    Indicator( code.substring( 12 ) == "x" )
                then
                end
                """).dir());
        List<Country> countries = List.of(new Country("TST", "Testland", null, 1_000_000L));
        List<Indicator> facts = List.of(Indicator.point("TST", "terrorist_attacks", 2016, 3.0, "Indicators!C2"),
                Indicator.point("TST", "short", 2016, 1.0, "Indicators!D2"));

        assertThatThrownBy(() -> new RuleSession(rules).run(countries, facts))
                .isInstanceOf(RuleExecutionException.class)
                .hasMessage("rules/codes.drl:4: rule \"Codes with a long suffix\" (condition code.substring( 12 ) == \"x\"):"
                        + " a condition failed while matching facts: StringIndexOutOfBoundsException: begin 12, end 5, length 5");
    }
}
