package dev.riskengine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Warnings about rules that compile but are probably not what their author meant: gaps and
 * overlaps in a decision table's ranges, indicator codes that rules match but the workbook's
 * Dictionary lacks (such a rule can never fire) and Dictionary indicators no rule uses, and rule
 * names defined in more than one file (reports and {@code explain --rule} go by name). Reads
 * Drools' parsed model of every rule file, so the codes come from the rules' own constraints.
 */
public final class RuleLint {
    /** {@code code == "x"}, {@code "x" == code}, {@code code in ("x", "y")}: the constraints that name an indicator. */
    private static final Pattern CODE_EQUALS = Pattern.compile("^\\s*code\\s*==\\s*\"([^\"]+)\"\\s*$|^\\s*\"([^\"]+)\"\\s*==\\s*code\\s*$");
    private static final Pattern CODE_IN = Pattern.compile("^\\s*code\\s+in\\s*\\((.*)\\)\\s*$");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    /** An indicator code a rule matches, and where. */
    private record CodeUse(String code, RuleSource source, int line) { }

    /**
     * @param dictionaryCodes the workbook's Dictionary codes, or null to skip the Dictionary checks
     * @param workbookName    the workbook's file name, for the warnings about its Dictionary
     * @return one line per warning, ready to print
     */
    public List<String> warnings(RuleBase rules, Set<String> dictionaryCodes, String workbookName) {
        String dir = rules.directory().getFileName() == null ? rules.directory().toString()
                : rules.directory().getFileName().toString();
        List<String> warnings = new ArrayList<>();
        TableRangeCheck ranges = new TableRangeCheck();
        for (RuleSource source : rules.sources()) {
            ranges.check(source).forEach(p -> warnings.add(p.describe(dir)));
        }
        List<CodeUse> codes = new ArrayList<>();
        for (RuleSource source : rules.sources()) {
            PackageDescr descr = source.parsed().orElse(null);
            if (descr == null) {
                continue;
            }
            for (RuleDescr rule : descr.getRules()) {
                if (rule.getLhs() != null) {
                    collectCodes(rule.getLhs(), source, codes);
                }
            }
        }
        new DuplicateNames(dir).acrossPackages(rules.sources()).forEach(p -> warnings.add(p.describe(dir)));
        if (dictionaryCodes != null) {
            Set<String> used = new TreeSet<>();
            for (CodeUse use : codes) {
                used.add(use.code());
                if (!dictionaryCodes.contains(use.code())) {
                    warnings.add(use.source().problem(use.line(), "indicator code \"" + use.code()
                            + "\" is not in the Dictionary of " + workbookName + ", so this rule can never match it")
                            .describe(dir));
                }
            }
            for (String code : new TreeSet<>(dictionaryCodes)) {
                if (!used.contains(code)) {
                    warnings.add(workbookName + ": Dictionary: no rule uses indicator \"" + code
                            + "\" (its values change no score and no completeness)");
                }
            }
        }
        return warnings;
    }

    /** The codes every pattern of a rule's conditions names, with the constraint's line (or the pattern's). */
    private static void collectCodes(BaseDescr conditions, RuleSource source, List<CodeUse> codes) {
        for (PatternDescr pattern : ConditionPatterns.of(conditions)) {
            for (BaseDescr constraint : pattern.getDescrs()) {
                if (constraint instanceof ExprConstraintDescr expr) {
                    codesIn(expr.getExpression()).forEach(code -> codes.add(new CodeUse(code, source,
                            expr.getLine() > 0 ? expr.getLine() : pattern.getLine())));
                }
            }
        }
    }

    static List<String> codesIn(String constraint) {
        Matcher equals = CODE_EQUALS.matcher(constraint);
        if (equals.matches()) {
            return List.of(equals.group(1) != null ? equals.group(1) : equals.group(2));
        }
        Matcher in = CODE_IN.matcher(constraint);
        if (in.matches()) {
            List<String> codes = new ArrayList<>();
            Matcher quoted = QUOTED.matcher(in.group(1));
            while (quoted.find()) {
                codes.add(quoted.group(1));
            }
            return codes;
        }
        return List.of();
    }
}
