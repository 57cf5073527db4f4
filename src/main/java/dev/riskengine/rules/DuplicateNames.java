package dev.riskengine.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Rule and function names defined more than once, found in the parsed rule files (DRL and the DRL
 * generated from decision tables) before Drools builds them. Drools turns a name defined twice in
 * one package into two Java classes of one name and reports a score of its internals ("The type
 * Rule_Long_land_borders_to_police444443120 is already defined"), located in one of the files
 * only; here it is one line per group of files sharing names, naming every place. A rule name in
 * two packages compiles, but reports and {@code explain --rule} go by name: that is a warning.
 */
final class DuplicateNames {
    private final String dirName;

    /** @param dirName the rules folder's name, as located problems start with it */
    DuplicateNames(String dirName) {
        this.dirName = dirName;
    }

    /** A rule, query or function and where it is defined. */
    private record Definition(String what, String packageName, RuleSource source, int line) {
        RuleProblem problem(String message) {
            return source.problem(line, message);
        }

        /** {@code rules/exposure.drl:14}, or a table's cell: the message names the rule, so its name cell is found. */
        String where(String dirName) {
            return source.problem(line, what).where(dirName);
        }
    }

    /** Names defined twice within one package: Drools cannot compile them, so these are errors. */
    List<RuleProblem> inOnePackage(List<RuleSource> sources) {
        Map<String, List<Definition>> byName = new LinkedHashMap<>();
        for (Definition d : definitions(sources, true)) {
            byName.computeIfAbsent(d.packageName() + "\u0000" + d.what(), k -> new ArrayList<>()).add(d);
        }
        return located(byName, (first, others, more) -> first.what() + " is also defined at " + others
                + " (package " + packageLabel(first.packageName()) + ")" + more
                + ": a name must be unique in its package; " + (more.isEmpty() ? "rename one" : "rename them or remove the copy"));
    }

    /** Rule names used in more than one package: they compile, but reports cannot tell them apart. */
    List<RuleProblem> acrossPackages(List<RuleSource> sources) {
        Map<String, List<Definition>> byName = new LinkedHashMap<>();
        for (Definition d : definitions(sources, false)) {
            byName.computeIfAbsent(d.what(), k -> new ArrayList<>()).add(d);
        }
        byName.values().removeIf(ds -> ds.stream().map(Definition::packageName).distinct().count() < 2);
        return located(byName, (first, others, more) -> first.what() + " (package " + packageLabel(first.packageName())
                + ") is also defined at " + others + " (package " + packageLabel(packageOfOthers(byName, first)) + ")"
                + more + ": reports and explain --rule go by name and cannot tell them apart; rename "
                + (more.isEmpty() ? "one" : "them"));
    }

    private interface Message {
        /** @param more empty, or ", and N more names are defined in these files too ..." */
        String of(Definition first, String othersAt, String more);
    }

    /**
     * One problem per group of files that share names (a copied file shares all of them), at the
     * first shared name of the first file, naming where else it is defined and how many more
     * names the files share.
     */
    private List<RuleProblem> located(Map<String, List<Definition>> byName, Message message) {
        Map<List<String>, List<List<Definition>>> byFiles = new LinkedHashMap<>();
        for (List<Definition> definitions : byName.values()) {
            if (definitions.size() < 2) {
                continue;
            }
            Set<String> files = new LinkedHashSet<>();
            definitions.forEach(d -> files.add(d.source().file().relativePath()));
            byFiles.computeIfAbsent(List.copyOf(files), k -> new ArrayList<>()).add(definitions);
        }
        List<RuleProblem> problems = new ArrayList<>();
        byFiles.forEach((files, groups) -> {
            List<Definition> first = groups.get(0);
            List<String> others = new ArrayList<>();
            first.subList(1, first.size()).forEach(d -> others.add(d.where(dirName)));
            int more = groups.size() - 1;
            String moreText = more == 0 ? "" : ", and " + more + " more name" + (more == 1 ? " is" : "s are")
                    + " defined in " + (files.size() == 1 ? "this file twice" : "these files too") + " (a copied file?)";
            problems.add(first.get(0).problem(message.of(first.get(0), String.join(" and ", others), moreText)));
        });
        return problems;
    }

    private static String packageOfOthers(Map<String, List<Definition>> byName, Definition first) {
        return byName.get(first.what()).stream().map(Definition::packageName)
                .filter(p -> !p.equals(first.packageName())).findFirst().orElse(first.packageName());
    }

    private static String packageLabel(String packageName) {
        return packageName.isEmpty() ? "none" : packageName;
    }

    /** Every rule and query, and with {@code functions} every function, in file order and line order. */
    private static List<Definition> definitions(List<RuleSource> sources, boolean functions) {
        List<Definition> definitions = new ArrayList<>();
        for (RuleSource source : sources) {
            PackageDescr descr = source.parsed().orElse(null);
            if (descr == null) {
                continue; // Drools reports the syntax error itself
            }
            String packageName = descr.getName() == null ? "" : descr.getName();
            List<Definition> ofSource = new ArrayList<>();
            for (RuleDescr rule : descr.getRules()) {
                String kind = rule instanceof QueryDescr ? "query" : "rule";
                ofSource.add(new Definition(kind + " \"" + rule.getName() + "\"", packageName, source, rule.getLine()));
            }
            if (functions) {
                for (FunctionDescr function : descr.getFunctions()) {
                    ofSource.add(new Definition("function " + function.getName(), packageName, source,
                            function.getLine()));
                }
            }
            ofSource.sort(Comparator.comparingInt(Definition::line));
            definitions.addAll(ofSource);
        }
        return definitions;
    }
}
