package dev.riskengine.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.riskengine.model.Border;
import dev.riskengine.model.Contribution;
import dev.riskengine.model.Country;
import dev.riskengine.model.Dimension;
import dev.riskengine.model.DimensionEvidence;
import dev.riskengine.model.DimensionScore;
import dev.riskengine.model.Indicator;
import dev.riskengine.model.InsufficientEvidence;
import dev.riskengine.model.Reliability;
import dev.riskengine.model.RiskBand;
import dev.riskengine.model.RiskScore;

import dev.riskengine.rules.BytecodeReferences.Reference;

/**
 * What compiled rule code may use: the facts, Math, String, StringBuilder, boxed numbers, the
 * java.util collections, and the few members of Drools that rules and Drools' own generated glue
 * need. Everything else is refused, so a rule cannot end the program, start processes or threads,
 * reflect, read properties or the environment, or touch files and the network, however the call
 * is spelt. The list is of owners (a class name) with either every member or only the members
 * named; a class reference (new, cast, constant, superclass) needs the owner on the list.
 */
final class AllowedApi {
    private static final Set<String> EVERY_MEMBER = Set.of("*");

    /**
     * Members rule code may not call on any owner: they block the rule thread (wait), wake others,
     * or hand out a Class, the way into reflection.
     */
    private static final Set<String> NEVER = Set.of("wait", "notify", "notifyAll", "getClass", "getDeclaringClass");

    /** The facts a rule matches and inserts (docs/rules.md lists their fields): every member. */
    static final List<Class<?>> FACTS = List.of(Country.class, Indicator.class, Border.class,
            DimensionEvidence.class, Dimension.class, Contribution.class, DimensionScore.class, RiskScore.class,
            RiskBand.class, InsufficientEvidence.class, Reliability.class);

    /** What rule code (consequences, functions, eval, accumulate code) may use besides the facts. */
    private static final Map<String, Set<String>> RULE_CODE = Map.ofEntries(
            // Arithmetic, text and numbers. getClass is left out of Object: it leads to reflection.
            Map.entry("java.lang.Object", Set.of("<init>", "equals", "hashCode", "toString")),
            Map.entry("java.lang.Math", EVERY_MEMBER),
            Map.entry("java.lang.StrictMath", EVERY_MEMBER),
            Map.entry("java.lang.String", EVERY_MEMBER),
            Map.entry("java.lang.CharSequence", EVERY_MEMBER),
            Map.entry("java.lang.StringBuilder", EVERY_MEMBER),
            Map.entry("java.lang.Comparable", EVERY_MEMBER),
            Map.entry("java.lang.Number", EVERY_MEMBER),
            Map.entry("java.lang.Double", EVERY_MEMBER),
            Map.entry("java.lang.Float", EVERY_MEMBER),
            // Integer.getInteger, Long.getLong and Boolean.getBoolean read system properties.
            Map.entry("java.lang.Integer", Set.of("<init>", "valueOf", "intValue", "longValue", "doubleValue",
                    "floatValue", "compare", "compareTo", "equals", "hashCode", "toString", "parseInt", "max", "min",
                    "sum", "signum", "MAX_VALUE", "MIN_VALUE")),
            Map.entry("java.lang.Long", Set.of("<init>", "valueOf", "intValue", "longValue", "doubleValue",
                    "floatValue", "compare", "compareTo", "equals", "hashCode", "toString", "parseLong", "max", "min",
                    "sum", "signum", "MAX_VALUE", "MIN_VALUE")),
            Map.entry("java.lang.Boolean", Set.of("<init>", "valueOf", "booleanValue", "compare", "compareTo",
                    "equals", "hashCode", "toString", "parseBoolean", "logicalAnd", "logicalOr", "logicalXor",
                    "TRUE", "FALSE")),
            Map.entry("java.lang.Enum", Set.of("name", "ordinal", "compareTo", "equals", "hashCode", "toString")),
            // String concatenation (a + " km") compiles to this bootstrap method on Java 9 and later.
            Map.entry("java.lang.invoke.StringConcatFactory", Set.of("makeConcatWithConstants")),
            // Collections (not Timer, Formatter, Scanner, Properties, ServiceLoader or streams).
            Map.entry("java.util.Collection", EVERY_MEMBER),
            Map.entry("java.util.List", EVERY_MEMBER),
            Map.entry("java.util.ArrayList", EVERY_MEMBER),
            Map.entry("java.util.LinkedList", EVERY_MEMBER),
            Map.entry("java.util.Set", EVERY_MEMBER),
            Map.entry("java.util.HashSet", EVERY_MEMBER),
            Map.entry("java.util.LinkedHashSet", EVERY_MEMBER),
            Map.entry("java.util.TreeSet", EVERY_MEMBER),
            Map.entry("java.util.SortedSet", EVERY_MEMBER),
            Map.entry("java.util.Map", EVERY_MEMBER),
            Map.entry("java.util.Map$Entry", EVERY_MEMBER),
            Map.entry("java.util.HashMap", EVERY_MEMBER),
            Map.entry("java.util.LinkedHashMap", EVERY_MEMBER),
            Map.entry("java.util.TreeMap", EVERY_MEMBER),
            Map.entry("java.util.SortedMap", EVERY_MEMBER),
            Map.entry("java.util.Iterator", EVERY_MEMBER),
            Map.entry("java.util.Collections", EVERY_MEMBER),
            Map.entry("java.util.Objects", EVERY_MEMBER),
            // Arrays.parallelSort and its kin run on the common thread pool.
            Map.entry("java.util.Arrays", Set.of("asList", "sort", "copyOf", "copyOfRange", "equals", "fill",
                    "toString", "hashCode", "binarySearch")),
            // Locale.ROOT for String.format; Locale.setDefault would change the engine's own formatting.
            Map.entry("java.util.Locale", Set.of("ROOT", "ENGLISH", "US")),
            // The drools variable of a consequence: what a rule does with facts.
            Map.entry("org.drools.core.rule.consequence.KnowledgeHelper", Set.of("insert", "insertLogical",
                    "delete", "retract", "update", "getFactHandle")),
            // What Drools writes for update( $fact ) and delete( $fact ): the fact's handle and
            // the mask saying which of its properties may have changed (all of them).
            Map.entry("org.drools.util.bitmask.AllSetButLastBitMask", Set.of("get")),
            // What Drools compiles into a rule's own class: accumulate expressions wrap their
            // values with FieldFactory, and function classes are declared Externalizable (the
            // interface only: none of its members).
            Map.entry("org.drools.mvel.field.FieldFactory", Set.of("getFieldValue", "getInstance")),
            Map.entry("java.io.Externalizable", Set.of()));

    /**
     * What the classes Drools generates around the rule code (its invokers, from Drools'
     * templates, never from rule text) use besides the above: found by compiling the shipped rules
     * and rules using each construct, and printing every reference of their bytecode.
     */
    private static final Map<String, Set<String>> DROOLS_GLUE = Map.ofEntries(
            Map.entry("java.lang.Object", Set.of("getClass")),
            Map.entry("org.drools.base.rule.Declaration", Set.of("getValue")),
            Map.entry("org.drools.base.rule.accessor.CompiledInvoker", Set.of("getMethodBytecode")),
            Map.entry("org.drools.base.rule.accessor.ReturnValueExpression", Set.of()),
            Map.entry("org.drools.base.rule.consequence.Consequence", Set.of("evaluate")),
            Map.entry("org.drools.mvel.asm.ConsequenceGenerator", Set.of("generate")),
            Map.entry("org.drools.mvel.asm.ConsequenceStub", Set.of()),
            Map.entry("org.drools.mvel.asm.MethodComparator", Set.of("compareBytecode", "getMethodBytecode")),
            Map.entry("org.drools.base.rule.accessor.EvalExpression", Set.of("evaluate")),
            Map.entry("org.drools.mvel.asm.EvalGenerator", Set.of("generate")),
            Map.entry("org.drools.mvel.asm.EvalStub", Set.of()));

    private static final Set<String> FACT_NAMES = FACTS.stream().map(Class::getName).collect(Collectors.toSet());

    private AllowedApi() { }

    /**
     * Whether rule code may use what a reference names. {@code ownClasses} are the classes
     * compiled from the rules themselves (functions, other rules' classes), which are checked in
     * their own right.
     */
    static boolean allowed(Reference reference, boolean droolsGlue, Set<String> ownClasses) {
        String owner = reference.owner();
        String member = reference.member();
        if (droolsGlue && allows(DROOLS_GLUE, owner, member)) {
            return true;
        }
        return !NEVER.contains(member)
                && (ownClasses.contains(owner) || FACT_NAMES.contains(owner) || allows(RULE_CODE, owner, member));
    }

    /** How a refusal names what was used: {@code new java.util.Timer}, {@code java.lang.System.exit}, {@code java.beans.Statement}. */
    static String describe(Reference reference) {
        if (reference.member().equals("<init>")) {
            return "new " + reference.owner();
        }
        return reference.member().isEmpty() ? reference.owner() : reference.owner() + "." + reference.member();
    }

    private static boolean allows(Map<String, Set<String>> list, String owner, String member) {
        Set<String> members = list.get(owner);
        return members != null && (member.isEmpty() || members == EVERY_MEMBER || members.contains(member));
    }
}
