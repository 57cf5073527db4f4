package dev.riskengine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A literal of the wrong kind for its field is refused at compile time, where Drools would coerce it. */
class LiteralTypeChecksTest {
    private static final String HEADER = "package rules.custom;\nimport dev.riskengine.model.*;\n\n";

    @TempDir
    Path temp;

    private RuleCompilationException refused(String drl) throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(temp).write("typo.drl", HEADER + drl);
        try {
            new RuleCompiler().compile(rules.dir());
        } catch (RuleCompilationException e) {
            return e;
        }
        throw new AssertionError("the rules compiled");
    }

    private static String rule(String name, String condition) {
        return "rule \"" + name + "\"\nwhen\n    " + condition + "\nthen\nend\n";
    }

    @Test
    void codeComparedWithANumberIsACompileErrorSayingCodeIsTextQuoteIt() throws Exception {
        RuleCompilationException e = refused(rule("Five attacks", "Indicator( $c : iso3, code == 5 )")
                + rule("Listed codes", "Indicator( code in ( \"terrorist_attacks\", 12 ) )")
                + rule("Number first", "Country( 716 == iso3 )"));

        assertThat(e.lines()).containsExactly(
                "rules/typo.drl:6: rule \"Five attacks\": code is text (Indicator.code), compared with the number 5;"
                        + " quote it: \"5\"",
                "rules/typo.drl:11: rule \"Listed codes\": code is text (Indicator.code), compared with the number 12;"
                        + " quote it: \"12\"",
                "rules/typo.drl:16: rule \"Number first\": iso3 is text (Country.iso3), compared with the number 716;"
                        + " quote it: \"716\"");
    }

    @Test
    void aQuotedTextComparedWithANumberFieldIsACompileError() throws Exception {
        RuleCompilationException e = refused(rule("Five in words",
                "Indicator( code == \"terrorist_attacks\", $v : value >= \"five\" )")
                + rule("Quoted length", "Border( lengthKm > \"1000\" )"));

        assertThat(e.lines()).containsExactly(
                "rules/typo.drl:6: rule \"Five in words\": value is a number (Indicator.value), compared with the text"
                        + " \"five\"; write a number without quotes",
                "rules/typo.drl:11: rule \"Quoted length\": lengthKm is a number (Border.lengthKm), compared with the"
                        + " text \"1000\"; write the number without quotes: 1000");
    }

    @Test
    void literalsOfTheRightKindNullAndVariablesPass() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(temp).write("fine.drl", HEADER
                + rule("Fine", "Country( $c : iso3, population != null, name == 'Tunisia' )\n"
                + "    Indicator( iso3 == $c, code == \"terrorist_attacks\", value >= 5, value < 1e3 )"));

        assertThat(new RuleCompiler().compile(rules.dir()).rulesWithFiles()).containsEntry("Fine", "fine.drl");
    }
}
