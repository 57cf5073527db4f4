package dev.riskengine.rules;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * Every comparison in a rule's conditions between a fact's field and a literal
 * ({@code code == 5}, {@code $v : value >= "five"}, {@code code in (1, 2)}), with what kind of
 * value the field holds, learnt from the fact's class (its getter's type). Drools coerces a literal
 * of the other kind instead of refusing it, which is why the checks built on this exist. Fields of
 * classes that cannot be found (types declared in DRL) and paths ({@code a.b}) are left out.
 */
final class LiteralComparisons {
    private static final Pattern FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d[\\d_]*)?\\.?\\d+([eE][-+]?\\d+)?[lLdDfFiIbB]?");

    enum Kind { TEXT, NUMBER }

    /** {@code field op literal} in a rule; {@code line} is the constraint's (or its pattern's). */
    record Comparison(RuleSource source, String rule, int line, String factType, String field, Kind fieldKind,
                      String literal, Kind literalKind) {
        RuleProblem problem(String message) {
            return source.problem(line, "rule \"" + rule + "\": " + message);
        }
    }

    private LiteralComparisons() { }

    static List<Comparison> in(RuleSource source) {
        List<Comparison> comparisons = new ArrayList<>();
        PackageDescr descr = source.parsed().orElse(null);
        if (descr == null) {
            return comparisons; // Drools reports the syntax error itself
        }
        for (RuleDescr rule : descr.getRules()) {
            for (PatternDescr pattern : ConditionPatterns.of(rule.getLhs())) {
                Optional<Class<?>> type = resolve(pattern.getObjectType(), descr);
                if (type.isEmpty()) {
                    continue;
                }
                for (BaseDescr constraint : pattern.getDescrs()) {
                    if (constraint instanceof ExprConstraintDescr expr) {
                        int line = expr.getLine() > 0 ? expr.getLine() : pattern.getLine();
                        DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
                        ConstraintConnectiveDescr parsed = parser.parse(expr.getExpression());
                        if (parsed != null && !parser.hasErrors()) {
                            collect(parsed, new Where(source, rule.getName(), line, type.get()), comparisons);
                        }
                    }
                }
            }
        }
        return comparisons;
    }

    private record Where(RuleSource source, String rule, int line, Class<?> type) { }

    private static void collect(BaseDescr descr, Where where, List<Comparison> comparisons) {
        if (descr instanceof ConstraintConnectiveDescr connective) {
            connective.getDescrs().forEach(child -> collect(child, where, comparisons));
        } else if (descr instanceof RelationalExprDescr relation) {
            compare(relation.getLeft(), relation.getRight(), where, comparisons);
            compare(relation.getRight(), relation.getLeft(), where, comparisons);
        }
    }

    private static void compare(BaseDescr fieldSide, BaseDescr literalSide, Where where, List<Comparison> comparisons) {
        String field = fieldSide instanceof BindingDescr binding ? binding.getExpression()
                : fieldSide instanceof AtomicExprDescr atom && !atom.isLiteral() ? atom.getExpression() : null;
        if (field == null || !FIELD.matcher(field.strip()).matches()
                || !(literalSide instanceof AtomicExprDescr literal) || !literal.isLiteral()) {
            return;
        }
        Optional<Kind> fieldKind = kindOfField(where.type(), field.strip());
        Optional<Kind> literalKind = kindOfLiteral(literal.getExpression().strip());
        if (fieldKind.isPresent() && literalKind.isPresent()) {
            comparisons.add(new Comparison(where.source(), where.rule(), where.line(), where.type().getSimpleName(),
                    field.strip(), fieldKind.get(), literal.getExpression().strip(), literalKind.get()));
        }
    }

    static Optional<Kind> kindOfLiteral(String literal) {
        if (literal.startsWith("\"") || literal.startsWith("'")) {
            return Optional.of(Kind.TEXT);
        }
        return NUMBER.matcher(literal).matches() ? Optional.of(Kind.NUMBER) : Optional.empty();
    }

    /** TEXT for String and char fields, NUMBER for numbers, empty for the rest (booleans, enums, lists) and unknown fields. */
    private static Optional<Kind> kindOfField(Class<?> type, String field) {
        String capitalised = field.substring(0, 1).toUpperCase(Locale.ROOT) + field.substring(1);
        for (String name : List.of("get" + capitalised, "is" + capitalised, field)) {
            try {
                Method getter = type.getMethod(name);
                if (Modifier.isStatic(getter.getModifiers())) {
                    continue;
                }
                Class<?> returned = getter.getReturnType();
                if (CharSequence.class.isAssignableFrom(returned) || returned == char.class || returned == Character.class) {
                    return Optional.of(Kind.TEXT);
                }
                if (Number.class.isAssignableFrom(returned) || (returned.isPrimitive() && returned != boolean.class
                        && returned != void.class)) {
                    return Optional.of(Kind.NUMBER);
                }
                return Optional.empty();
            } catch (NoSuchMethodException e) {
                // try the next accessor name
            }
        }
        return Optional.empty();
    }

    /** The fact's class: a qualified name, or a simple name through the file's imports (exact, then wildcards). */
    private static Optional<Class<?>> resolve(String objectType, PackageDescr descr) {
        if (objectType == null) {
            return Optional.empty();
        }
        if (objectType.contains(".")) {
            return load(objectType);
        }
        List<String> candidates = new ArrayList<>();
        for (ImportDescr imported : descr.getImports()) {
            String target = imported.getTarget();
            if (target.endsWith("." + objectType)) {
                candidates.add(0, target);
            } else if (target.endsWith(".*")) {
                candidates.add(target.substring(0, target.length() - 1) + objectType);
            }
        }
        candidates.add("java.lang." + objectType);
        for (String candidate : candidates) {
            Optional<Class<?>> type = load(candidate);
            if (type.isPresent()) {
                return type;
            }
        }
        return Optional.empty();
    }

    private static Optional<Class<?>> load(String name) {
        try {
            return Optional.of(Class.forName(name, false, LiteralComparisons.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }
}
