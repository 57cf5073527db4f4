package dev.riskengine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What rules may use compiles and runs; what they may not is refused at its own line, wherever it hides. */
class RuleAllowlistTest {

    @TempDir
    Path temp;

    private static final String HEADER = "package rules.custom;\nimport dev.riskengine.model.*;\n";

    private RuleCompilationException refused(String name, String drl) throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(temp).write(name, drl);
        try {
            new RuleCompiler().compile(rules.dir());
        } catch (RuleCompilationException e) {
            return e;
        }
        throw new AssertionError(name + " was not refused");
    }

    @Test
    void everyConstructARuleMayUseCompiles() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(temp).write("allowed.drl", HEADER
                + "import java.util.List;\nimport java.util.ArrayList;\nimport java.util.Locale;\n"
                + "function String codes( List indicators ) {\n"
                + "    StringBuilder text = new StringBuilder();\n"
                + "    for ( Object o : indicators ) {\n"
                + "        text.append( ((Indicator) o).getCode().toUpperCase( Locale.ROOT ) ).append( ' ' );\n"
                + "    }\n"
                + "    return text.toString().trim();\n}\n"
                + "function boolean sizeable( double v ) {\n    return Math.abs( v ) > 0.5 && Double.isFinite( v );\n}\n"
                + "rule \"Every allowed construct\"\n    salience -10\n    no-loop\nwhen\n"
                + "    $c : Country( $iso : iso3, name != null, iso3 in (\"TUN\", \"LBY\"), name.length() > 2 )\n"
                + "    exists Indicator( iso3 == $iso, Math.abs( value ) >= 0 )\n"
                + "    not Indicator( iso3 == $iso, code == \"never\" )\n"
                + "    forall( Indicator( iso3 == $iso, $v : value ) Indicator( iso3 == $iso, value == $v ) )\n"
                + "    $all : List( size > 0 ) from collect( Indicator( iso3 == $iso ) )\n"
                + "    $first : Indicator( sizeable( value ) ) from $all\n"
                + "    accumulate( Indicator( iso3 == $iso, $x : value ); $sum : sum( $x ), $n : count( $x ), $max : max( $x ) )\n"
                + "    eval( sizeable( $sum.doubleValue() ) || $n.intValue() >= 0 )\n"
                + "then\n"
                + "    List<String> names = new ArrayList<>();\n"
                + "    names.add( $c.getName() + \" (\" + $iso + \")\" );\n"
                + "    String reason = String.format( Locale.ROOT, \"%s: %.1f over %d (%s)\", String.join( \", \", names ),\n"
                + "        Math.round( $sum.doubleValue() * 10.0 ) / 10.0, $n.intValue(), codes( $all ) );\n"
                + "    insertLogical( new Contribution( $iso, Dimension.THREAT, 0.0, reason ) );\n"
                + "    update( $c );\n"
                + "    delete( $first );\n"
                + "end\n");
        assertThat(new RuleCompiler().compile(rules.dir()).ruleCount()).isEqualTo(49);
    }

    @Test
    void aCallInAConsequenceIsReportedAtItsOwnLineAfterBlankLinesAndComments() throws Exception {
        RuleCompilationException e = refused("exit.drl", HEADER + "rule \"Harmful\"\nwhen\n    Country( $c : iso3 )\nthen\n\n"
                + "    // leaving\n    String s = $c;\n    System.exit( 3 );\nend\n"
                + "rule \"Harmful on one line\" when Country() then System.exit( 4 ); end\n");
        assertThat(e.lines()).containsExactly(
                "rules/exit.drl:10: refused: rule \"Harmful\" uses java.lang.System.exit; rules may only use the facts,"
                        + " Math, String, StringBuilder, numbers and java.util collections (see rules/README.md)",
                "rules/exit.drl:12: refused: rule \"Harmful on one line\" uses java.lang.System.exit; rules may only use"
                        + " the facts, Math, String, StringBuilder, numbers and java.util collections (see rules/README.md)");
    }

    @Test
    void aCallInAFunctionIsReportedAtItsOwnLine() throws Exception {
        RuleCompilationException e = refused("function.drl", HEADER + "function int count( String s ) {\n"
                + "    int n = s.length();\n\n    Runtime.getRuntime().halt( n );\n    return n;\n}\n");
        assertThat(e.lines()).singleElement().asString()
                .startsWith("rules/function.drl:6: refused: function count uses java.lang.Runtime.getRuntime;");
    }

    @Test
    void aTableCellThatCallsTheRuntimeIsRefusedAtItsCell() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(temp);
        String cell = rules.setTableCell("threat.drl.xlsx", "Frequent terrorist attacks", 'F',
                "Runtime.getRuntime().availableProcessors()");
        assertThatThrownBy(() -> new RuleCompiler().compile(rules.dir()))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.lines()).containsExactly(
                        "rules/threat.drl.xlsx: " + cell + ": refused: rule \"Frequent terrorist attacks\" uses "
                                + "java.lang.Runtime.getRuntime; rules may only use the facts, Math, String, StringBuilder,"
                                + " numbers and java.util collections (see rules/README.md)"));
    }

    @Test
    void namesInTextAndCommentsAreOnlyText() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(temp).write("fine.drl", HEADER
                + "rule \"Mentions\"\nwhen\n    Country( $c : iso3, name != \"Runtime.getRuntime()\" )\nthen\n"
                + "    // Runtime and System.exit are only mentioned here\n"
                + "    insert( new Contribution( $c, Dimension.THREAT, 0.0, \"no Thread, no java.io.File, no System.exit\" ) );\nend\n");
        assertThat(new RuleCompiler().compile(rules.dir()).ruleCount()).isEqualTo(49);
    }
}
