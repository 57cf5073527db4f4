package dev.riskengine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule files that could harm the machine running scheduled assessments are refused before anything runs. */
class ForbiddenApiCheckTest {

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

    private static String rule(String then) {
        return HEADER + "rule \"Harmful\"\nwhen\n    Country( $c : iso3 )\nthen\n" + then + "\nend\n";
    }

    @Test
    void systemExitInAConsequenceIsRefusedWithItsLine() throws Exception {
        RuleCompilationException e = refused("exit.drl", rule("    System.exit( 3 );"));
        assertThat(e.lines()).containsExactly("rules/exit.drl:7: refused: rule \"Harmful\" uses System.exit "
                + "(ends the program); a rule may only read facts and insert results");
    }

    @Test
    void processesThreadsReflectionFileAndNetworkAreRefusedEachAtItsLine() throws Exception {
        RuleCompilationException e = refused("many.drl", rule(String.join("\n",
                "    Runtime.getRuntime().exec( \"rm -rf /\" );",
                "    new ProcessBuilder( \"sh\" ).start();",
                "    new Thread( () -> {} ).start();",
                "    $c.getClass().getDeclaredMethod( \"x\" );",
                "    java.nio.file.Files.delete( null );",
                "    new java.net.Socket( \"host\", 80 );",
                "    java.util.concurrent.Executors.newFixedThreadPool( 2 );")));
        assertThat(e.lines()).satisfiesExactly(
                l -> assertThat(l).startsWith("rules/many.drl:7: refused: rule \"Harmful\" uses Runtime"),
                l -> assertThat(l).startsWith("rules/many.drl:8: refused: rule \"Harmful\" uses ProcessBuilder"),
                l -> assertThat(l).startsWith("rules/many.drl:9: refused: rule \"Harmful\" uses threads"),
                l -> assertThat(l).startsWith("rules/many.drl:10: refused: rule \"Harmful\" uses reflection (getDeclaredMethod)"),
                l -> assertThat(l).startsWith("rules/many.drl:11: refused: rule \"Harmful\" uses java.nio.file.Files.delete, file I/O"),
                l -> assertThat(l).startsWith("rules/many.drl:12: refused: rule \"Harmful\" uses java.net.Socket, network I/O"),
                l -> assertThat(l).startsWith("rules/many.drl:13: refused: rule \"Harmful\" uses java.util.concurrent.Executors"));
    }

    @Test
    void importsOfFileNetworkAndThreadPackagesAreRefused() throws Exception {
        RuleCompilationException e = refused("imports.drl", "package rules.custom;\nimport java.io.File;\n"
                + "import java.net.*;\nimport java.util.concurrent.ExecutorService;\nimport dev.riskengine.model.*;\n");
        assertThat(e.lines()).containsExactly(
                "rules/imports.drl:2: refused: import java.io.File gives a rule file I/O (java.io); a rule may only read facts and insert results",
                "rules/imports.drl:3: refused: import java.net.* gives a rule network I/O (java.net); a rule may only read facts and insert results",
                "rules/imports.drl:4: refused: import java.util.concurrent.ExecutorService gives a rule threads (java.util.concurrent); a rule may only read facts and insert results");
    }

    @Test
    void conditionsAndFunctionsAreCheckedToo() throws Exception {
        RuleCompilationException e = refused("hidden.drl", HEADER
                + "function boolean wipe() {\n    return new java.io.File( \"/\" ).delete();\n}\n"
                + "rule \"Sneaky\"\nwhen\n    Country( $c : iso3 )\n    eval( Class.forName( \"x\" ) != null )\nthen\nend\n");
        assertThat(e.lines()).containsExactly(
                "rules/hidden.drl:4: refused: function wipe uses java.io.File, file I/O (java.io); a rule may only read facts and insert results",
                "rules/hidden.drl:9: refused: rule \"Sneaky\" (conditions) uses reflection; a rule may only read facts and insert results");
    }

    @Test
    void aTableCellThatCallsSystemExitIsRefusedAtItsCell() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(temp);
        String cell = rules.setTableCell("threat.drl.xlsx", "Frequent terrorist attacks", 'F', "System.exit(0)");
        assertThatThrownBy(() -> new RuleCompiler().compile(rules.dir()))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.lines()).containsExactly(
                        "rules/threat.drl.xlsx: " + cell + ": refused: rule \"Frequent terrorist attacks\" uses "
                                + "System.exit (ends the program); a rule may only read facts and insert results"));
    }

    @Test
    void namesInTextAndCommentsAndHarmlessJavaAreAllowed() throws Exception {
        RulesFolder rules = RulesFolder.copyOfShipped(temp).write("fine.drl", rule(String.join("\n",
                "    // Runtime and System.exit are only mentioned here",
                "    String reason = String.format( java.util.Locale.ROOT, \"no Thread, no java.io.File: %d\", 1 );",
                "    insert( new Contribution( $c, Dimension.THREAT, 0.0, reason ) );")));
        assertThat(new RuleCompiler().compile(rules.dir()).ruleCount()).isEqualTo(43);
    }
}
