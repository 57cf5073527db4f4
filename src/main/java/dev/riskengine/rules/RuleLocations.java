package dev.riskengine.rules;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.api.definition.rule.Rule;

/**
 * Where each rule and DRL function is written, for messages about what happened at run time:
 * {@code rules/exposure.drl:76} or, for a decision table, the rule's row
 * ({@code rules/threat.drl.xlsx: Threat!B30}). Compiled rules do not keep their line, so it is
 * read from Drools' parsed model of each file, once per rule base and only when a message needs it.
 */
final class RuleLocations {
    /** A DRL function: its name and where it is written. */
    record Function(String name, String place) { }

    private final String dirPrefix;
    private final Map<String, Map<String, String>> placeByFileAndRule = new HashMap<>();
    private final Map<String, Map<String, RuleDescr>> ruleByFileAndName = new HashMap<>();
    private final Map<String, RuleSource> sourceByFile = new HashMap<>();
    private final Map<String, String> fileOnly = new HashMap<>();
    /** For rules compiled without their file (explain compiles Drools' parsed model): the first file defining the name. */
    private final Map<String, String> placeByRule = new HashMap<>();
    /** Drools compiles a function {@code depth} of package {@code rules.custom} into the class {@code rules.custom.Depth}. */
    private final Map<String, Function> functionByClass = new HashMap<>();

    private RuleLocations(RuleBase ruleBase) {
        java.nio.file.Path dir = ruleBase.directory().getFileName();
        this.dirPrefix = dir == null ? "" : dir + "/";
        for (RuleSource source : ruleBase.sources()) {
            String file = source.file().relativePath();
            fileOnly.put(file, dirPrefix + file);
            sourceByFile.put(file, source);
            Optional<PackageDescr> parsed = source.parsed(); // read only: shared with the compile's checks
            if (parsed.isEmpty()) {
                continue;
            }
            Map<String, String> rules = placeByFileAndRule.computeIfAbsent(file, k -> new HashMap<>());
            Map<String, RuleDescr> descrs = ruleByFileAndName.computeIfAbsent(file, k -> new HashMap<>());
            for (RuleDescr rule : parsed.get().getRules()) {
                rules.putIfAbsent(rule.getName(), dirPrefix + source.place(rule.getLine()));
                placeByRule.putIfAbsent(rule.getName(), dirPrefix + source.place(rule.getLine()));
                descrs.putIfAbsent(rule.getName(), rule);
            }
            for (FunctionDescr function : parsed.get().getFunctions()) {
                String name = function.getName();
                String className = parsed.get().getName() + "." + name.substring(0, 1).toUpperCase(Locale.ROOT)
                        + name.substring(1);
                functionByClass.put(className, new Function(name, dirPrefix + source.place(function.getLine())));
            }
        }
    }

    static RuleLocations of(RuleBase ruleBase) {
        return new RuleLocations(ruleBase);
    }

    /** "rules/exposure.drl:76", or the file alone when its line is unknown. */
    String placeOf(String file, String ruleName) {
        String place = placeByFileAndRule.getOrDefault(file, Map.of()).get(ruleName);
        if (place == null && !fileOnly.containsKey(file)) {
            place = placeByRule.get(ruleName);
        }
        return place != null ? place : fileOnly.getOrDefault(file, dirPrefix + file);
    }

    /**
     * A problem with one condition of a rule, at the condition's line (the rule's line when
     * Drools rewrote the condition's text), or for a decision table at its cell.
     */
    RuleProblem problemInCondition(String file, String ruleName, String expression, String message) {
        RuleSource source = sourceByFile.get(file);
        RuleDescr rule = ruleByFileAndName.getOrDefault(file, Map.of()).get(ruleName);
        if (source == null || rule == null) {
            return new RuleProblem(file, 0, message);
        }
        int line = rule.getLhs() == null ? rule.getLine() : ConditionPatterns.constraintsOf(rule.getLhs()).stream()
                .filter(c -> c.getExpression().trim().equals(expression.trim()) && c.getLine() > 0)
                .mapToInt(ExprConstraintDescr::getLine).findFirst().orElse(rule.getLine());
        return source.problem(line, message);
    }

    /** The DRL function a stack frame belongs to, or empty for any other code. */
    Optional<Function> functionOf(StackTraceElement frame) {
        Function function = functionByClass.get(frame.getClassName());
        return function != null && function.name().equals(frame.getMethodName()) ? Optional.of(function) : Optional.empty();
    }

    /** "rules/exposure.drl:76: rule \"Spillover ...\"": the start of a message about that rule. */
    static String describe(RuleBase ruleBase, Rule rule) {
        return ruleBase.locations().placeOf(ruleBase.fileOf(rule), rule.getName()) + ": rule \"" + rule.getName() + "\"";
    }
}
