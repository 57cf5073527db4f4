package dev.riskengine.rules;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.MVELExprDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import dev.riskengine.text.CloseNames;

/**
 * The part of a rule Drools does not compile to bytecode: conditions and {@code from} expressions,
 * which MVEL evaluates reflectively, so {@link CompiledCodeCheck} cannot see them. They are held
 * to a smaller language, checked token by token and refused by default: literals, operators, bound
 * variables, the facts' fields and methods, Math, the Dimension constants, the rules' own DRL
 * functions (compiled, so checked as bytecode) and a few harmless methods of collections and text.
 * No {@code new}, no class names, no other calls. Everything around the conditions that would
 * run code Drools does not compile as Java is refused too: the MVEL dialect, salience and enabled
 * expressions, timers, declared types, imported accumulate functions.
 */
final class ConditionCheck {
    private static final String CONDITION_RULE = ": a condition may only use the facts' fields and methods, bound variables,"
            + " literals, Math and the rules' own functions (see rules/README.md)";

    private static final Pattern TOKEN = Pattern.compile(
            "\\s+|\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'"
                    + "|(?<number>\\d[\\d_]*(?:\\.\\d+)?(?:[eE][+-]?\\d+)?[lLdDfFbBiI]?|\\.\\d+(?:[eE][+-]?\\d+)?[dDfF]?)"
                    + "|(?<name>[A-Za-z_$][\\w$]*)"
                    + "|(?<op>==|!=|<=|>=|&&|\\|\\||[<>!+\\-*/%(),:?.\\[\\]&|])");

    /** Words of DRL's constraint language. */
    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "this", "in", "not", "matches",
            "contains", "memberOf", "excludes", "str", "startsWith", "endsWith", "length");

    /** Methods harmless on any value a condition can reach (a fact's field, a list a rule collected, a number). */
    private static final Set<String> SAFE_MEMBERS = Set.of("size", "isEmpty", "empty", "contains", "containsKey",
            "length", "intValue", "longValue", "doubleValue", "equals", "compareTo", "startsWith", "endsWith",
            "toLowerCase", "toUpperCase", "trim", "name", "ordinal", "isBlank", "get",
            // text methods that only read their string: rules pick codes apart with them
            "substring", "charAt", "indexOf", "lastIndexOf");

    private static final Set<String> FACT_MEMBERS = factMembers();
    private static final Set<String> FACT_NAMES = factNames();
    /** The facts a pattern can match: the enum Dimension is only a value of their fields. */
    private static final SortedSet<String> MATCHABLE_FACTS = AllowedApi.FACTS.stream().filter(fact -> !fact.isEnum())
            .map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
    /** What collect, accumulate and from give a pattern to match, besides the facts. */
    private static final Set<String> RESULT_TYPES = Set.of("List", "ArrayList", "LinkedList", "Collection", "Set",
            "HashSet", "TreeSet", "Number", "Double", "Integer", "Long", "String", "Object");
    private static final Set<String> MATH_MEMBERS = publicStaticMembers(Math.class);
    private static final Set<String> ATTRIBUTES = Set.of("salience", "no-loop", "lock-on-active", "auto-focus",
            "agenda-group", "activation-group", "ruleflow-group", "date-effective", "date-expires", "dialect", "enabled");

    /** Every problem of every source, each source parsed once. */
    List<RuleProblem> check(List<RuleSource> sources) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<RuleSource, PackageDescr> parsed = new LinkedHashMap<>();
        for (RuleSource source : sources) {
            List<RuleProblem> escapes = unicodeEscapes(source);
            problems.addAll(escapes);
            // With an escape Drools' parser would print its own unlocated complaint about the backslash;
            // a syntax error is reported by the compiler with its line.
            Optional<PackageDescr> descr = escapes.isEmpty() ? source.parsed() : Optional.empty(); // read only, shared
            descr.ifPresent(d -> parsed.put(source, d));
        }
        Set<String> functions = new HashSet<>();
        parsed.values().forEach(descr -> descr.getFunctions().forEach(f -> functions.add(f.getName())));
        // A static import (import function, import static) in any file of a package reaches MVEL in
        // every file of it, and may shadow a DRL function of the same name: such names are not callable.
        Map<String, Set<String>> importedByPackage = new HashMap<>();
        parsed.values().forEach(descr -> descr.getFunctionImports().forEach(imported -> {
            String target = imported.getTarget();
            importedByPackage.computeIfAbsent(descr.getName(), p -> new HashSet<>())
                    .add(target.endsWith(".*") ? "*" : target.substring(target.lastIndexOf('.') + 1));
        }));
        parsed.forEach((source, descr) -> {
            Set<String> imported = importedByPackage.getOrDefault(descr.getName(), Set.of());
            Set<String> callable = new HashSet<>(functions);
            if (imported.contains("*")) {
                callable.clear();
            }
            callable.removeAll(imported);
            problems.addAll(check(source, descr, callable));
        });
        return problems;
    }

    /** @param functions the names of the DRL functions of every rule file (compiled, so checked as bytecode) */
    private List<RuleProblem> check(RuleSource source, PackageDescr descr, Set<String> functions) {
        List<RuleProblem> problems = new ArrayList<>();
        for (AttributeDescr attribute : descr.getAttributes()) {
            attributeProblem(attribute).ifPresent(why -> problems.add(source.problem(attribute.getLine(), "refused: " + why)));
        }
        descr.getAccumulateImports().forEach(imported -> problems.add(source.problem(imported.getLine(),
                "refused: import accumulate " + imported.getTarget() + " would load and run a class of the program;"
                        + " use the built-in accumulate functions (sum, count, min, max, average, collectList, ...)")));
        descr.getTypeDeclarations().forEach(declared -> problems.add(source.problem(declared.getLine(),
                "refused: declare " + declared.getTypeName() + ": rules use the engine's facts (see rules/README.md)")));
        descr.getEnumDeclarations().forEach(declared -> problems.add(source.problem(declared.getLine(),
                "refused: declare enum " + declared.getTypeName() + ": rules use the engine's facts (see rules/README.md)")));
        descr.getWindowDeclarations().forEach(declared -> problems.add(source.problem(declared.getLine(),
                "refused: declare window " + declared.getName() + ": rules use the engine's facts (see rules/README.md)")));
        for (RuleDescr rule : descr.getRules()) {
            String where = "rule \"" + rule.getName() + "\"";
            for (AttributeDescr attribute : rule.getAttributes().values()) {
                if (descr.getAttributes().contains(attribute)) {
                    continue; // the package's own attribute, already reported
                }
                attributeProblem(attribute).ifPresent(why -> problems.add(source.problem(
                        attribute.getLine() > 0 ? attribute.getLine() : rule.getLine(), "refused: " + where + ": " + why)));
            }
            if (rule.getLhs() != null) {
                new Conditions(source, where, functions, bindingsOf(rule), problems).walk(rule.getLhs(), rule.getLine());
            }
        }
        return problems;
    }

    private static final Pattern UNICODE_ESCAPE = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\u+([0-9a-fA-F]{4})");

    /**
     * Java reads a unicode escape ({@code \u0052} for R) before anything else, anywhere in the
     * code, so an escape can spell a name that no reader of the file sees; the checks above would
     * still see through it in compiled code, but Drools' parsers do not read escapes the way Java
     * does. A rule file writes characters as themselves.
     */
    private static List<RuleProblem> unicodeEscapes(RuleSource source) {
        List<RuleProblem> problems = new ArrayList<>();
        String[] lines = source.drl().split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher escape = UNICODE_ESCAPE.matcher(lines[i]);
            if (escape.find()) {
                char decoded = (char) Integer.parseInt(escape.group(1), 16);
                problems.add(source.problem(i + 1, "refused: unicode escape \\u" + escape.group(1) + " (\""
                        + (Character.isISOControl(decoded) ? "control character" : String.valueOf(decoded))
                        + "\"): write the character itself, so that what a rule calls is what it shows"));
            }
        }
        return problems;
    }

    /** Only attributes whose value is a plain literal: an expression there is evaluated by MVEL. */
    private static Optional<String> attributeProblem(AttributeDescr attribute) {
        String name = attribute.getName();
        String value = attribute.getValue() == null ? "" : attribute.getValue().trim();
        if (!ATTRIBUTES.contains(name)) {
            return Optional.of("attribute " + name + " is not supported (timers and calendars run rules on other threads)");
        }
        return switch (name) {
            case "dialect" -> value.replace("\"", "").equals("java") ? Optional.empty()
                    : Optional.of("dialect \"" + value.replace("\"", "") + "\": MVEL evaluates code reflectively, out of reach of the checks;"
                    + " rules are written in the java dialect (the default)");
            case "salience" -> value.matches("[+-]?\\d+") ? Optional.empty()
                    : Optional.of("salience " + value + " is an expression; a salience is a whole number");
            case "enabled", "no-loop", "lock-on-active", "auto-focus" ->
                    value.isEmpty() || value.equals("true") || value.equals("false") ? Optional.empty()
                            : Optional.of(name + " " + value + " is an expression; it is true or false");
            default -> Optional.empty();
        };
    }

    /** The names a rule binds ({@code $c : iso3}, {@code $e : DimensionEvidence(...)}, accumulate results). */
    private static final Pattern LABEL = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*:(?!:)");

    private static Set<String> bindingsOf(RuleDescr rule) {
        Set<String> bindings = new HashSet<>();
        for (PatternDescr pattern : ConditionPatterns.of(rule.getLhs())) {
            if (pattern.getIdentifier() != null) {
                bindings.add(pattern.getIdentifier());
            }
            for (BaseDescr constraint : pattern.getDescrs()) {
                if (constraint instanceof BindingDescr binding) {
                    bindings.add(binding.getVariable());
                } else if (constraint instanceof ExprConstraintDescr expr) {
                    Matcher label = LABEL.matcher(expr.getExpression());
                    while (label.find()) {
                        bindings.add(label.group(1));
                    }
                }
            }
            if (pattern.getSource() instanceof AccumulateDescr accumulate) {
                accumulate.getFunctions().stream().map(f -> f.getBind()).filter(bind -> bind != null).forEach(bindings::add);
            }
        }
        return bindings;
    }

    /** Walks one rule's conditions; what it does not know is refused. */
    private record Conditions(RuleSource source, String where, Set<String> functions, Set<String> bindings,
                              List<RuleProblem> problems) {

        void walk(BaseDescr descr, int line) {
            int at = descr.getLine() > 0 ? descr.getLine() : line;
            if (descr instanceof PatternDescr pattern) {
                String type = simpleName(pattern.getObjectType());
                if (!MATCHABLE_FACTS.contains(type) && !RESULT_TYPES.contains(type)) {
                    // Its constraints would only be refused as names the check does not know: say what is wrong.
                    problems.add(source.problem(at, where + ": " + type + " is not a fact rules can match (they are "
                            + String.join(", ", MATCHABLE_FACTS) + ")" + CloseNames.didYouMean(type, MATCHABLE_FACTS)));
                    walkSource(pattern, at);
                    return;
                }
                for (BaseDescr constraint : pattern.getDescrs()) {
                    int constraintLine = constraint.getLine() > 0 ? constraint.getLine() : at;
                    if (constraint instanceof ExprConstraintDescr expr) {
                        expression(expr.getExpression(), constraintLine);
                    } else if (constraint instanceof BindingDescr binding) {
                        expression(binding.getExpression(), constraintLine);
                    } else {
                        unsupported(constraint, constraintLine);
                    }
                }
                walkSource(pattern, at);
            } else if (descr instanceof EvalDescr || descr instanceof NamedConsequenceDescr) {
                // compiled to Java: checked as bytecode
            } else if (descr instanceof ConditionalElementDescr element && isPlainElement(descr)) {
                element.getDescrs().forEach(child -> walk(child, at));
            } else {
                unsupported(descr, at);
            }
        }

        private void walkSource(PatternDescr pattern, int line) {
            BaseDescr from = pattern.getSource();
            if (from == null || from instanceof EntryPointDescr) {
                return;
            }
            int at = from.getLine() > 0 ? from.getLine() : line;
            if (from instanceof FromDescr fromDescr) {
                if (fromDescr.getDataSource() instanceof MVELExprDescr expr) {
                    expression(expr.getExpression(), at);
                } else {
                    unsupported(from, at);
                }
            } else if (from instanceof AccumulateDescr accumulate) {
                // The functions' arguments are compiled to Java (checked as bytecode); custom code
                // (init, action, reverse, result) is compiled into classes Drools builds from a
                // template that reads class files itself, so it is refused outright.
                if (accumulate.getInitCode() != null || accumulate.getActionCode() != null
                        || accumulate.getReverseCode() != null || accumulate.getResultCode() != null) {
                    problems.add(source.problem(at, "refused: " + where + " uses accumulate with init/action/result code;"
                            + " use the built-in accumulate functions (sum, count, min, max, average, collectList, ...)"));
                }
                if (accumulate.getInput() != null) {
                    walk(accumulate.getInput(), at);
                }
            } else if (from instanceof CollectDescr collect) {
                walk(collect.getInputPattern(), at);
            } else {
                unsupported(from, at);
            }
        }

        private void unsupported(BaseDescr descr, int line) {
            problems.add(source.problem(line, "refused: " + where + " uses "
                    + descr.getClass().getSimpleName().replace("Descr", "").toLowerCase(Locale.ROOT)
                    + ", which the checks of what rules may run do not cover"));
        }

        /** Checks one MVEL expression token by token. */
        private void expression(String text, int line) {
            if (text == null) {
                return;
            }
            Matcher token = TOKEN.matcher(text);
            List<String> tokens = new ArrayList<>();
            int at = 0;
            while (at < text.length()) {
                if (!token.find(at) || token.start() != at) {
                    problems.add(source.problem(line, "refused: " + where + " (conditions) uses \"" + text.charAt(at)
                            + "\" in " + text.trim() + CONDITION_RULE));
                    return;
                }
                if (token.group("number") == null && (token.group("name") != null || token.group("op") != null)) {
                    tokens.add(token.group());
                } else if (token.group().startsWith("\"") || token.group().startsWith("'") || token.group("number") != null) {
                    tokens.add("0"); // a literal
                }
                at = token.end();
            }
            String root = null;
            for (int i = 0; i < tokens.size(); i++) {
                String name = tokens.get(i);
                if (!Character.isJavaIdentifierStart(name.charAt(0))) {
                    continue;
                }
                boolean member = i > 0 && tokens.get(i - 1).equals(".");
                boolean call = i + 1 < tokens.size() && tokens.get(i + 1).equals("(");
                boolean label = i + 1 < tokens.size() && tokens.get(i + 1).equals(":");
                if (!member) {
                    root = name;
                }
                if (!allowed(name, member, call, label, root)) {
                    problems.add(source.problem(line, "refused: " + where + " (conditions) uses "
                            + (member ? "." : "") + name + (call ? "(...)" : "") + CONDITION_RULE));
                    return;
                }
            }
        }

        private boolean allowed(String name, boolean member, boolean call, boolean label, String root) {
            if (member) {
                if ("Math".equals(root)) {
                    return MATH_MEMBERS.contains(name);
                }
                return FACT_MEMBERS.contains(name) || SAFE_MEMBERS.contains(name);
            }
            if (KEYWORDS.contains(name)) {
                return true;
            }
            if (call) {
                return functions.contains(name);
            }
            // A name on its own is a binding, or a field of the pattern's type (a fact, or a list a rule collected).
            return label || name.startsWith("$") || bindings.contains(name) || FACT_MEMBERS.contains(name)
                    || SAFE_MEMBERS.contains(name) || FACT_NAMES.contains(name) || name.equals("Math");
        }
    }

    /** and, or, not, exists, forall: the conditional elements whose children are conditions. */
    private static boolean isPlainElement(BaseDescr descr) {
        return descr instanceof AndDescr || descr instanceof OrDescr || descr instanceof NotDescr
                || descr instanceof ExistsDescr || descr instanceof ForallDescr;
    }

    /** Every public member of the facts: field names as properties (getIso3 is iso3 too) and enum constants. */
    private static Set<String> factMembers() {
        Set<String> members = new HashSet<>();
        for (Class<?> fact : AllowedApi.FACTS) {
            for (Method method : fact.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                String name = method.getName();
                members.add(name);
                for (String prefix : List.of("get", "is")) {
                    if (name.startsWith(prefix) && name.length() > prefix.length()) {
                        String property = name.substring(prefix.length());
                        members.add(Character.toLowerCase(property.charAt(0)) + property.substring(1));
                    }
                }
            }
            if (fact.isEnum()) {
                for (Object constant : fact.getEnumConstants()) {
                    members.add(((Enum<?>) constant).name());
                }
            }
        }
        members.remove("getClass");
        members.remove("getDeclaringClass");
        return Set.copyOf(members);
    }

    private static String simpleName(String type) {
        String name = type == null ? "Object" : type.trim();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static Set<String> factNames() {
        Set<String> names = new HashSet<>();
        AllowedApi.FACTS.forEach(fact -> names.add(fact.getSimpleName()));
        return Set.copyOf(names);
    }

    private static Set<String> publicStaticMembers(Class<?> type) {
        Set<String> members = new HashSet<>();
        for (Method method : type.getMethods()) {
            if (Modifier.isStatic(method.getModifiers())) {
                members.add(method.getName());
            }
        }
        for (java.lang.reflect.Field field : type.getFields()) {
            members.add(field.getName());
        }
        return Set.copyOf(members);
    }
}
