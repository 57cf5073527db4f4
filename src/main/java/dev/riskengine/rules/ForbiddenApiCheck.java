package dev.riskengine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Refuses rule files that use APIs a rule has no business using: ending the program, running
 * other programs, threads, reflection, file and network I/O. Scheduled assessments run rule files
 * unattended, so a rule file must not be able to harm the machine. Works on Drools' own parsed
 * model: the imports, globals, functions, each rule's conditions and its consequence, and reports
 * the line of each use (the cell, for a decision table).
 *
 * <p>This is a guard against mistakes and careless copy-paste, not a sandbox against a determined
 * attacker: rule files are trusted to the extent that whoever can write them can also change the
 * engine.
 */
final class ForbiddenApiCheck {

    /** Packages whose classes no rule needs, by what they give access to. */
    private static final Map<String, String> PACKAGES = Map.ofEntries(
            Map.entry("java.io", "file I/O"),
            Map.entry("java.nio", "file I/O"),
            Map.entry("java.net", "network I/O"),
            Map.entry("javax.net", "network I/O"),
            Map.entry("java.net.http", "network I/O"),
            Map.entry("java.lang.reflect", "reflection"),
            Map.entry("java.lang.invoke", "reflection"),
            Map.entry("java.util.concurrent", "threads"),
            Map.entry("javax.script", "running scripts"),
            Map.entry("java.lang.management", "JVM management"),
            Map.entry("sun", "JVM internals"),
            Map.entry("jdk.internal", "JVM internals"));

    /** Classes of java.lang (visible without an import) and common simple names of the packages above. */
    private static final Map<String, String> CLASSES = Map.ofEntries(
            Map.entry("Runtime", "Runtime (runs programs, ends the program)"),
            Map.entry("ProcessBuilder", "ProcessBuilder (runs programs)"),
            Map.entry("Process", "Process (runs programs)"),
            Map.entry("ProcessHandle", "ProcessHandle (controls programs)"),
            Map.entry("Thread", "threads"),
            Map.entry("ThreadGroup", "threads"),
            Map.entry("Executors", "threads"),
            Map.entry("ExecutorService", "threads"),
            Map.entry("ForkJoinPool", "threads"),
            Map.entry("CompletableFuture", "threads"),
            Map.entry("ClassLoader", "reflection"),
            Map.entry("Class", "reflection"),
            Map.entry("Method", "reflection"),
            Map.entry("Field", "reflection"),
            Map.entry("MethodHandles", "reflection"),
            Map.entry("File", "file I/O"),
            Map.entry("Files", "file I/O"),
            Map.entry("Paths", "file I/O"),
            Map.entry("FileInputStream", "file I/O"),
            Map.entry("FileOutputStream", "file I/O"),
            Map.entry("FileReader", "file I/O"),
            Map.entry("FileWriter", "file I/O"),
            Map.entry("RandomAccessFile", "file I/O"),
            Map.entry("Socket", "network I/O"),
            Map.entry("ServerSocket", "network I/O"),
            Map.entry("DatagramSocket", "network I/O"),
            Map.entry("URL", "network I/O"),
            Map.entry("HttpClient", "network I/O"),
            Map.entry("URLConnection", "network I/O"));

    /** Members of java.lang.System that change or leave the JVM or read its environment. */
    private static final Map<String, String> SYSTEM_MEMBERS = Map.of(
            "exit", "System.exit (ends the program)",
            "load", "System.load (loads native code)",
            "loadLibrary", "System.loadLibrary (loads native code)",
            "setProperty", "System.setProperty (changes the JVM)",
            "clearProperty", "System.clearProperty (changes the JVM)",
            "setSecurityManager", "System.setSecurityManager (changes the JVM)",
            "setOut", "System.setOut (changes the JVM)",
            "setErr", "System.setErr (changes the JVM)",
            "setIn", "System.setIn (changes the JVM)",
            "getenv", "System.getenv (reads the environment)");

    /** Method names that only reflection uses. */
    private static final List<String> REFLECTION_METHODS = List.of("forName", "getDeclaredMethod", "getDeclaredMethods",
            "getDeclaredField", "getDeclaredFields", "getDeclaredConstructor", "getDeclaredConstructors", "getMethod",
            "getMethods", "getField", "getFields", "getConstructor", "getConstructors", "setAccessible",
            "getClassLoader", "newInstance");

    List<RuleProblem> check(RuleSource source) {
        Optional<PackageDescr> parsed = source.parsed();
        if (parsed.isEmpty()) {
            return List.of(); // a syntax error: the compiler reports it with its line
        }
        PackageDescr descr = parsed.get();
        String drl = source.drl();
        List<RuleProblem> problems = new ArrayList<>();
        for (ImportDescr imported : descr.getImports()) {
            forbiddenImport(imported.getTarget()).ifPresent(why -> problems.add(source.problem(imported.getLine(),
                    "refused: import " + imported.getTarget() + " gives a rule " + why
                            + "; a rule may only read facts and insert results")));
        }
        for (GlobalDescr global : descr.getGlobals()) {
            forbiddenImport(global.getType()).ifPresent(why -> problems.add(source.problem(global.getLine(),
                    "refused: global " + global.getIdentifier() + " of type " + global.getType() + " gives a rule " + why)));
        }
        for (FunctionDescr function : descr.getFunctions()) {
            checkCode(source, drl, function.getBody(), function.getStartCharacter(),
                    "function " + function.getName(), problems);
        }
        for (RuleDescr rule : descr.getRules()) {
            BaseDescr lhs = rule.getLhs();
            if (lhs != null && lhs.getStartCharacter() >= 0 && lhs.getEndCharacter() > lhs.getStartCharacter()
                    && lhs.getEndCharacter() <= drl.length()) {
                checkCode(source, drl, drl.substring(lhs.getStartCharacter(), lhs.getEndCharacter()),
                        lhs.getStartCharacter(), "rule \"" + rule.getName() + "\" (conditions)", problems);
            }
            if (rule.getConsequence() instanceof String consequence) {
                int from = Math.max(0, Math.max(rule.getStartCharacter(), lhs == null ? 0 : lhs.getEndCharacter()));
                checkCode(source, drl, consequence, from, "rule \"" + rule.getName() + "\"", problems);
            }
        }
        return problems;
    }

    /**
     * Checks one piece of code found in the DRL at or after {@code searchFrom}; its lines are
     * counted from where it really is in the DRL, so each use is reported at its own line.
     */
    private static void checkCode(RuleSource source, String drl, String code, int searchFrom, String where,
                                  List<RuleProblem> problems) {
        if (code == null || code.isBlank()) {
            return;
        }
        int at = drl.indexOf(code, Math.max(0, searchFrom));
        for (JavaNames.Name name : JavaNames.in(code)) {
            forbiddenUse(name.text()).ifPresent(why -> {
                int line = at < 0 ? 0 : lineOf(drl, at + name.offset());
                problems.add(source.problem(line, "refused: " + where + " uses " + why
                        + "; a rule may only read facts and insert results"));
            });
        }
    }

    /** Why an imported class or package is refused, or empty when it is fine. */
    static Optional<String> forbiddenImport(String target) {
        String name = target.endsWith(".*") ? target.substring(0, target.length() - 2) : target;
        for (Map.Entry<String, String> pkg : PACKAGES.entrySet()) {
            if (name.equals(pkg.getKey()) || name.startsWith(pkg.getKey() + ".")) {
                return Optional.of(pkg.getValue() + " (" + pkg.getKey() + ")");
            }
        }
        if (name.startsWith("java.lang.")) {
            String simple = name.substring("java.lang.".length());
            if (CLASSES.containsKey(simple)) {
                return Optional.of(CLASSES.get(simple));
            }
        }
        return Optional.empty();
    }

    /** Why a dotted name used in code is refused, or empty when it is fine. */
    static Optional<String> forbiddenUse(String dotted) {
        Optional<String> qualified = forbiddenImport(dotted.startsWith(".") ? dotted.substring(1) : dotted)
                .filter(why -> dotted.contains("."));
        if (qualified.isPresent() && (dotted.startsWith("java.") || dotted.startsWith("javax.")
                || dotted.startsWith("sun.") || dotted.startsWith("jdk."))) {
            return Optional.of(dotted + ", " + qualified.get());
        }
        String[] parts = dotted.startsWith(".") ? dotted.substring(1).split("\\.") : dotted.split("\\.");
        boolean chained = dotted.startsWith(".");
        if (!chained) {
            String first = parts[0].equals("java") && parts.length > 2 && parts[1].equals("lang") ? parts[2] : parts[0];
            int memberIndex = first.equals(parts[0]) ? 1 : 3;
            if (first.equals("System") && parts.length > memberIndex && SYSTEM_MEMBERS.containsKey(parts[memberIndex])) {
                return Optional.of(SYSTEM_MEMBERS.get(parts[memberIndex]));
            }
            if (CLASSES.containsKey(first)) {
                return Optional.of(CLASSES.get(first));
            }
        }
        for (int i = chained ? 0 : 1; i < parts.length; i++) {
            if (REFLECTION_METHODS.contains(parts[i])) {
                return Optional.of("reflection (" + parts[i] + ")");
            }
        }
        return Optional.empty();
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
