package dev.riskengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks on rule files of issue 12, each with a harmless payload (creating a marker file in
 * a temporary folder), run through {@code assess}: the real compile-and-run path. Each must be
 * refused with a line naming its file, line and the API, and none may run: the marker never
 * appears, and the ones that would end the JVM would end this test run.
 */
class HostileRuleFilesTest extends CommandTest {
    private static final String HEADER = "package rules.custom;\nimport dev.riskengine.model.*;\n";

    @TempDir
    Path temp;

    private Path marker;

    @BeforeEach
    void markerInTheTemporaryFolder() {
        marker = temp.resolve("marker");
    }

    /** A rule on every country whose consequence is {@code then}; line 6 is the consequence's first line. */
    private static String rule(String name, String then) {
        return HEADER + "rule \"" + name + "\"\nwhen\n    Country( $c : iso3 )\nthen\n" + then + "\nend\n";
    }

    private String quotedMarker() {
        return "\"" + marker.toString().replace("\\", "\\\\") + "\"";
    }

    /** Files whose compiled code (consequences, functions, eval, accumulate code) calls what rules may not. */
    private Map<String, String[]> compiledAttacks() {
        String m = quotedMarker();
        Map<String, String[]> files = new LinkedHashMap<>();
        files.put("static-import-runtime.drl", new String[] {HEADER + "import static java.lang.Runtime.getRuntime;\n"
                + "rule \"Static import\"\nwhen\n    Country()\nthen\n    getRuntime().exec( new String[] { \"touch\", " + m + " } );\nend\n",
                ":8: refused: rule \"Static import\" uses java.lang.Runtime.getRuntime"});
        files.put("static-import-star.drl", new String[] {HEADER + "import static java.lang.System.*;\n"
                + "rule \"Star import\"\nwhen\n    Country()\nthen\n    exit( 0 );\nend\n",
                ":8: refused: rule \"Star import\" uses java.lang.System.exit"});
        files.put("import-function.drl", new String[] {HEADER + "import function java.lang.System.exit;\n"
                + "rule \"Imported function\"\nwhen\n    Country()\nthen\n    exit( 3 );\nend\n",
                ":8: refused: rule \"Imported function\" uses java.lang.System.exit"});
        files.put("beans-statement.drl", new String[] {rule("Statement exit",
                "    new java.beans.Statement( System.class, \"ex\" + \"it\", new Object[] { 0 } ).execute();"),
                ":7: refused: rule \"Statement exit\" uses new java.beans.Statement"});
        files.put("beans-expression.drl", new String[] {rule("Expression with built names",
                "    Object file = new java.beans.Expression( Class.class, \"for\" + \"Name\", new Object[] { \"java.util.For\" + \"matter\" } ).getValue();"),
                ":7: refused: rule \"Expression with built names\" uses new java.beans.Expression"});
        files.put("formatter.drl", new String[] {rule("Formatter writes a file",
                "    new java.util.Formatter( " + m + " ).close();"),
                ":7: refused: rule \"Formatter writes a file\" uses new java.util.Formatter"});
        files.put("file-handler.drl", new String[] {rule("Log handler writes a file",
                "    new java.util.logging.FileHandler( " + m + " ).close();"),
                ":7: refused: rule \"Log handler writes a file\" uses new java.util.logging.FileHandler"});
        files.put("xml-file-read.drl", new String[] {rule("XML parser reads a file",
                "    javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse( \"file:///etc/hostname\" );"),
                ":7: refused: rule \"XML parser reads a file\" uses javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance"});
        files.put("timer.drl", new String[] {rule("Timer thread", "    new java.util.Timer();"),
                ":7: refused: rule \"Timer thread\" uses new java.util.Timer"});
        files.put("property.drl", new String[] {rule("Reads a property",
                "    insert( new Contribution( $c, Dimension.THREAT, 0.0, System.getProperty( \"user.home\" ) ) );"),
                ":7: refused: rule \"Reads a property\" uses java.lang.System.getProperty"});
        files.put("integer-property.drl", new String[] {rule("Reads a property as a number",
                "    Integer.getInteger( \"user.home\" );"),
                ":7: refused: rule \"Reads a property as a number\" uses java.lang.Integer.getInteger"});
        files.put("function.drl", new String[] {HEADER + "function void write( String name ) {\n"
                + "    try { new java.util.Formatter( name ).close(); } catch ( Exception e ) { }\n}\n"
                + "rule \"Calls a function\"\nwhen\n    Country()\nthen\n    write( " + m + " );\nend\n",
                ":4: refused: function write uses new java.util.Formatter"});
        files.put("eval.drl", new String[] {HEADER + "rule \"Eval writes\"\nwhen\n    Country()\n"
                + "    eval( new java.util.Formatter( " + m + " ) != null )\nthen\nend\n",
                ":3: refused: rule \"Eval writes\" uses new java.util.Formatter"});
        files.put("lambda.drl", new String[] {rule("Lambda", "    Runnable r = () -> {};\n    r.run();"),
                ":7: refused: rule \"Lambda\" uses java.lang.invoke.LambdaMetafactory.metafactory"});
        files.put("thread.drl", new String[] {rule("Thread", "    new Thread().start();"),
                ":7: refused: rule \"Thread\" uses new java.lang.Thread"});
        files.put("process.drl", new String[] {rule("Process", "    new ProcessBuilder( \"touch\", " + m + " ).start();"),
                ":7: refused: rule \"Process\" uses new java.lang.ProcessBuilder"});
        files.put("reflection.drl", new String[] {rule("Reflection", "    $c.getClass().getClassLoader();"),
                ":7: refused: rule \"Reflection\" uses java.lang.Object.getClass"});
        files.put("kie-runtime.drl", new String[] {rule("Engine internals", "    drools.getKieRuntime().halt();"),
                ":7: refused: rule \"Engine internals\" uses org.drools.core.rule.consequence.KnowledgeHelper.getKieRuntime"});
        files.put("nio.drl", new String[] {rule("Files", "    java.nio.file.Files.createFile( java.nio.file.Path.of( " + m + " ) );"),
                ":7: refused: rule \"Files\" uses java.nio.file.Path.of"});
        files.put("anonymous-class.drl", new String[] {rule("Anonymous class",
                "    Object o = new Object() { public String toString() { return System.getenv( \"HOME\" ); } };"),
                ":7: refused: rule \"Anonymous class\" uses java.lang.System.getenv"});
        return files;
    }

    /** Files whose conditions or attributes MVEL would evaluate, refused before anything is compiled. */
    private Map<String, String[]> conditionAttacks() {
        String m = quotedMarker();
        Map<String, String[]> files = new LinkedHashMap<>();
        files.put("mvel-dialect.drl", new String[] {"package rules.custom;\nimport dev.riskengine.model.*;\ndialect \"mvel\"\n"
                + "rule \"MVEL consequence\"\nwhen\n    Country()\nthen\n    new java.util.Formatter( " + m + " ).close();\nend\n",
                ":3: refused: dialect \"mvel\""});
        files.put("mvel-rule-dialect.drl", new String[] {HEADER + "rule \"MVEL rule\"\n    dialect \"mvel\"\nwhen\n    Country()\n"
                + "then\n    new java.util.Formatter( " + m + " ).close();\nend\n",
                ":4: refused: rule \"MVEL rule\": dialect \"mvel\""});
        files.put("condition-new.drl", new String[] {HEADER + "rule \"Condition writes\"\nwhen\n"
                + "    Country( new java.util.Formatter( " + m + " ) != null )\nthen\nend\n",
                ":5: refused: rule \"Condition writes\" (conditions) uses new"});
        files.put("condition-reflection.drl", new String[] {HEADER + "rule \"Condition reflects\"\nwhen\n"
                + "    Country( iso3.getClass().forName( \"java.util.Formatter\" ) != null )\nthen\nend\n",
                ":5: refused: rule \"Condition reflects\" (conditions) uses .getClass(...)"});
        files.put("condition-static-call.drl", new String[] {HEADER + "import static java.lang.System.getProperty;\n"
                + "rule \"Condition reads a property\"\nwhen\n    Country( iso3 == getProperty( \"user.name\" ) )\nthen\nend\n",
                ":6: refused: rule \"Condition reads a property\" (conditions) uses getProperty(...)"});
        files.put("condition-unicode.drl", new String[] {HEADER + "rule \"Condition escape\"\nwhen\n"
                + "    Country( \\u0052untime.getRuntime() != null )\nthen\nend\n",
                ":5: refused: unicode escape \\u0052 (\"R\")"});
        files.put("shadowed-function.drl", new String[] {HEADER + "import static java.lang.System.*;\n"
                + "function String getProperty( String name ) {\n    return name;\n}\n"
                + "rule \"Condition calls an imported name\"\nwhen\n    Country( iso3 == getProperty( \"user.name\" ) )\nthen\nend\n",
                ":9: refused: rule \"Condition calls an imported name\" (conditions) uses getProperty(...)"});
        files.put("unicode-escape.drl", new String[] {rule("Unicode escape",
                "    \\u0052untime.getRuntime().exec( new String[] { \"touch\", " + m + " } );"),
                ":7: refused: unicode escape \\u0052 (\"R\")"});
        files.put("from-call.drl", new String[] {HEADER + "rule \"From calls\"\nwhen\n"
                + "    $s : String() from java.lang.System.getProperty( \"user.home\" )\nthen\nend\n",
                ":5: refused: rule \"From calls\" (conditions) uses java"});
        files.put("accumulate-code.drl", new String[] {HEADER + "rule \"Accumulate writes\"\nwhen\n"
                + "    $x : Object() from accumulate( Country(), init( Object f = null; ),\n"
                + "        action( f = new java.util.Formatter( " + m + " ); ), result( f ) )\nthen\nend\n",
                ":5: refused: rule \"Accumulate writes\" uses accumulate with init/action/result code"});
        files.put("salience-expression.drl", new String[] {HEADER + "rule \"Salience runs code\"\n"
                + "    salience ( new java.util.Formatter( " + m + " ).hashCode() )\nwhen\n    Country()\nthen\nend\n",
                ":4: refused: rule \"Salience runs code\": salience"});
        files.put("enabled-expression.drl", new String[] {HEADER + "rule \"Enabled runs code\"\n"
                + "    enabled ( System.getProperty( \"user.home\" ) != null )\nwhen\n    Country()\nthen\nend\n",
                ":4: refused: rule \"Enabled runs code\": enabled"});
        files.put("timer.drl", new String[] {HEADER + "rule \"Timer attribute\"\n    timer ( int: 1s 1s )\nwhen\n    Country()\nthen\nend\n",
                ":4: refused: rule \"Timer attribute\": attribute timer is not supported"});
        files.put("accumulate-import.drl", new String[] {HEADER + "import accumulate java.util.Timer timerFunction;\n",
                ":3: refused: import accumulate java.util.Timer"});
        files.put("declare.drl", new String[] {HEADER + "declare Marker\n    name : String\nend\n",
                ":3: refused: declare Marker"});
        return files;
    }

    @Test
    void everyCompiledAttackIsRefusedAtItsLineAndNoneRuns() throws Exception {
        assertEveryFileRefusedAndNothingRan(compiledAttacks());
    }

    @Test
    void everyConditionAttackIsRefusedAtItsLineAndNoneRuns() throws Exception {
        assertEveryFileRefusedAndNothingRan(conditionAttacks());
    }

    private void assertEveryFileRefusedAndNothingRan(Map<String, String[]> attacks) throws Exception {
        Path rules = Files.createDirectories(temp.resolve("rules"));
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        for (Map.Entry<String, String[]> attack : attacks.entrySet()) {
            Files.writeString(rules.resolve(attack.getKey()), attack.getValue()[0]);
        }
        Path reports = temp.resolve("reports");

        int code = risk("assess", "--rules", rules.toString(), "--reports", reports.toString());

        List<String> lines = Arrays.asList(err.toString().split("\\R"));
        assertThat(code).isEqualTo(ExitCodes.RULES_FAILED);
        attacks.forEach((file, attack) -> assertThat(lines)
                .as("the refusal of %s", file)
                .anySatisfy(line -> assertThat(line).startsWith("rules/" + file + ":").contains(attack[1])
                        .matches("rules/" + file.replace(".", "\\.") + ":\\d+: refused: .*")));
        assertThat(lines).as("only refusals, and the one closing line")
                .allSatisfy(line -> assertThat(line).matches("rules/\\S+:\\d+: refused: .*|rules do not compile: nothing assessed\\."));
        assertThat(marker).doesNotExist();
        assertThat(reports.toFile().list() == null ? new String[0] : reports.toFile().list())
                .noneMatch(name -> name.startsWith("20"));
    }
}
