package dev.riskengine.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.drools.base.rule.LineMappings;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.compiler.compiler.PackageRegistry;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

import dev.riskengine.rules.BytecodeReferences.Reference;

/**
 * Checks the bytecode Drools compiled from the rules (every consequence, function, eval and
 * accumulate expression, and the classes Drools generates around them) against {@link AllowedApi},
 * after the build and before any of it is loaded into a knowledge base, let alone run. Each
 * refusal is located at the rule or function the class was compiled from and the line of the use.
 */
final class CompiledCodeCheck {
    private static final String MESSAGE = "; rules may only use the facts, Math, String, StringBuilder, numbers"
            + " and java.util collections (see rules/README.md)";

    /** The rule or function a generated class was compiled from. */
    private record Unit(String className, String description, int line, String sourcePath) { }

    /**
     * @param sourceByPath the rule sources by the path Drools knows them by (a resource's source path)
     */
    List<RuleProblem> check(KnowledgeBuilderImpl builder, Map<String, RuleSource> sourceByPath) {
        Map<String, byte[]> classes = new TreeMap<>();
        Map<String, LineMappings> lineMappings = new HashMap<>();
        Map<String, Unit> units = new HashMap<>();
        for (PackageRegistry registry : builder.getPackageRegistry().values()) {
            String pkg = registry.getPackage().getName();
            if (registry.getDialectRuntimeRegistry().getDialectData("java") instanceof JavaDialectRuntimeData data) {
                data.getStore().forEach((resource, bytes) -> classes.put(
                        resource.replaceAll("\\.class$", "").replace('/', '.'), bytes));
            }
            lineMappings.putAll(registry.getDialectRuntimeRegistry().getLineMappings());
            List<PackageDescr> descrs = builder.getPackageDescrs(pkg);
            for (PackageDescr descr : descrs == null ? List.<PackageDescr>of() : descrs) {
                for (RuleDescr rule : descr.getRules()) {
                    if (rule.getClassName() != null) {
                        String name = qualified(pkg, rule.getClassName());
                        units.put(name, new Unit(name, "rule \"" + rule.getName() + "\"", rule.getLine(), sourcePath(rule.getResource())));
                    }
                }
                for (FunctionDescr function : descr.getFunctions()) {
                    if (function.getClassName() != null) {
                        String name = qualified(pkg, function.getClassName());
                        units.put(name, new Unit(name, "function " + function.getName(), function.getLine(),
                                sourcePath(function.getResource())));
                    }
                }
            }
        }
        Set<String> ownClasses = classes.keySet();
        Set<RuleProblem> problems = new LinkedHashSet<>();
        classes.forEach((className, bytes) -> {
            Unit unit = unitOf(className, units);
            boolean glue = unit != null && isDroolsGlue(className, unit);
            // new Timer() is both a class and a constructor reference: one line per class used on a line.
            Map<String, Reference> refusedByLineAndOwner = new LinkedHashMap<>();
            for (Reference reference : BytecodeReferences.of(bytes)) {
                if (!AllowedApi.allowed(reference, glue, ownClasses)) {
                    refusedByLineAndOwner.merge(reference.line() + " " + reference.owner(), reference,
                            (first, next) -> first.member().isEmpty() ? next : first);
                }
            }
            refusedByLineAndOwner.values().forEach(reference ->
                    problems.add(problem(unit, className, reference, AllowedApi.describe(reference), lineMappings, sourceByPath)));
        });
        return new ArrayList<>(problems);
    }

    private static RuleProblem problem(Unit unit, String className, Reference reference, String api,
                                       Map<String, LineMappings> lineMappings, Map<String, RuleSource> sourceByPath) {
        if (unit == null) {
            return new RuleProblem("", 0, "refused: generated class " + className + " uses " + api + MESSAGE);
        }
        RuleSource source = unit.sourcePath() == null ? null : sourceByPath.get(unit.sourcePath());
        int line = lineInSource(unit, className, reference, lineMappings.get(unit.className()), source);
        String message = "refused: " + unit.description() + " uses " + api + MESSAGE;
        return source == null ? new RuleProblem(unit.sourcePath() == null ? "" : unit.sourcePath(), line, message)
                : source.problem(line, message);
    }

    /**
     * The line of the rule file a reference comes from. Drools pastes a function's body into its
     * class at line {@code offset + 1} for the line after {@code function}; a consequence, trimmed,
     * at line {@code offset + 4} for its first line that is not blank (both measured, and pinned
     * by tests). Other code of a rule's class (eval, accumulate expressions) and Drools' glue are
     * reported at the rule's first line.
     */
    private static int lineInSource(Unit unit, String className, Reference reference, LineMappings mapping,
                                    RuleSource source) {
        if (mapping == null || reference.line() <= 0 || !className.startsWith(unit.className())
                || isDroolsGlue(className, unit)) {
            return unit.line();
        }
        if (unit.description().startsWith("function ")) {
            int line = mapping.getStartLine() + reference.line() - mapping.getOffset();
            return line > unit.line() ? line : unit.line();
        }
        // A class nested in the rule's class (an anonymous class of the consequence) shares its lines.
        boolean consequence = reference.method().equals("defaultConsequence") || !className.equals(unit.className());
        int firstJavaLine = mapping.getOffset() + CONSEQUENCE_LINE_AFTER_OFFSET;
        if (!consequence || reference.line() < firstJavaLine || source == null) {
            return unit.line();
        }
        return firstConsequenceLine(source.drl(), mapping.getStartLine()) + reference.line() - firstJavaLine;
    }

    private static final int CONSEQUENCE_LINE_AFTER_OFFSET = 4;

    /** The first line at or after the {@code then} line (1-based) that has code after {@code then}. */
    static int firstConsequenceLine(String drl, int thenLine) {
        String[] lines = drl.split("\\R", -1);
        for (int i = Math.max(0, thenLine - 1); i < lines.length; i++) {
            String text = lines[i];
            if (i == thenLine - 1) {
                java.util.regex.Matcher then = java.util.regex.Pattern.compile("\\bthen\\b").matcher(text);
                int after = -1;
                while (then.find()) {
                    after = then.end();
                }
                text = after < 0 ? "" : text.substring(after);
            }
            if (!text.isBlank()) {
                return i + 1;
            }
        }
        return thenLine;
    }

    /**
     * The rule or function whose class this is, or whose class this class is nested in
     * ({@code Rule_X123$1}) or generated for ({@code Rule_X123DefaultConsequenceInvoker}). Rule
     * class names may hold {@code $} themselves ({@code $u44$} for a comma), so the longest unit
     * class name that starts the name wins.
     */
    private static Unit unitOf(String className, Map<String, Unit> units) {
        Unit best = null;
        for (Unit candidate : units.values()) {
            String name = candidate.className();
            if (className.startsWith(name) && (best == null || name.length() > best.className().length())) {
                String rest = className.substring(name.length());
                if (rest.isEmpty() || rest.startsWith("$") || rest.endsWith("Invoker")) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    /**
     * Drools' invokers (from its own templates, never from rule text) need a few of Drools' members
     * that rule code does not: a class named after a rule's class plus a name ending in Invoker.
     */
    private static boolean isDroolsGlue(String className, Unit unit) {
        String rest = className.substring(unit.className().length());
        return unit.description().startsWith("rule ") && !rest.isEmpty() && !rest.contains("$") && rest.endsWith("Invoker");
    }

    private static String qualified(String pkg, String className) {
        return className.contains(".") ? className : pkg + "." + className;
    }

    private static String sourcePath(org.kie.api.io.Resource resource) {
        return resource == null ? null : resource.getSourcePath();
    }
}
