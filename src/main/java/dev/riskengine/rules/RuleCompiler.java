package dev.riskengine.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles every rule file under a directory from disk (classic DRL engine, no build step), so a
 * rule author's new file is used by the next run. The {@code tests} folder holds test cases, not rules.
 * Decision tables are compiled through the DRL Drools generates from them, so that problems can be
 * located at their cells; files that use APIs a rule has no business using are refused.
 */
public final class RuleCompiler {
    private static final String RESOURCES = "src/main/resources/";
    private static final AtomicInteger BUILDS = new AtomicInteger();

    public RuleBase compile(Path rulesDir) throws RuleCompilationException {
        String dirName = rulesDir.getFileName() == null ? rulesDir.toString() : rulesDir.getFileName().toString();
        if (!Files.isDirectory(rulesDir)) {
            throw new RuleCompilationException(dirName,
                    List.of(new RuleProblem("", 0, "rules directory not found (expected a folder of .drl files)")));
        }
        List<RuleFile> files = findRuleFiles(rulesDir);
        if (files.isEmpty()) {
            throw new RuleCompilationException(dirName,
                    List.of(new RuleProblem("", 0, "no rule files (*.drl, *.drl.xlsx) in the rules directory")));
        }

        List<RuleSource> sources = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleFile file : files) {
            try {
                sources.add(RuleSource.read(file));
            } catch (DecisionTableException e) {
                problems.add(new RuleProblem(file.relativePath(), 0, e.getMessage()));
            }
        }
        // Refused before anything is built or run: scheduled runs must not run a harmful rule file.
        // Conditions run through MVEL, not as compiled Java: checked on their text.
        problems.addAll(new ConditionCheck().check(sources));
        // Drools coerces a literal of the other kind: code == 5 never matches, value >= "five" fails while running.
        List<LiteralComparisons.Comparison> comparisons = sources.stream().flatMap(s -> LiteralComparisons.in(s).stream()).toList();
        problems.addAll(new NumberForTextCheck().check(comparisons));
        problems.addAll(new TextForNumberCheck().check(comparisons));
        // A table cell like "2,5" where its column's code wants a number: located at the cell, not at the rule's name.
        problems.addAll(new NumericTableCells().check(sources));
        // Drools would report a name defined twice as a score of its internals, in one of the files only.
        problems.addAll(new DuplicateNames(dirName).inOnePackage(sources));
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(dirName, problems);
        }

        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // A fresh release id per build: the KIE repository caches modules by id, and watch mode recompiles.
        ReleaseId releaseId = ks.newReleaseId("dev.riskengine", "rules-" + BUILDS.incrementAndGet(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        Map<String, RuleSource> sourceByPath = new HashMap<>();
        Map<String, String> relativeBySource = new HashMap<>();
        for (RuleSource source : sources) {
            String sourcePath = kieFileSystemPath(source);
            if (source.table().isPresent()) {
                // The DRL generated from the table is compiled, so its lines can be mapped back to cells.
                kfs.write(sourcePath, source.drl().getBytes(StandardCharsets.UTF_8));
            } else {
                kfs.write(sourcePath, ks.getResources().newFileSystemResource(source.file().path().toFile()));
            }
            sourceByPath.put(sourcePath, source);
            sourceByPath.put(sourcePath.substring(RESOURCES.length()), source);
            relativeBySource.put(sourcePath, source.file().relativePath());
            // Compiled rules know their resource by the path below the resources folder.
            relativeBySource.put(sourcePath.substring(RESOURCES.length()), source.file().relativePath());
        }

        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        Set<String> tableCellsReported = new HashSet<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            String text = withoutParserTrace(oneLine(message.getText()));
            if (text.contains("Parser returned a null Package")) {
                continue; // always follows a syntax error already reported with its line
            }
            RuleSource source = message.getPath() == null ? null : sourceByPath.get(message.getPath());
            if (source == null) {
                String file = message.getPath() == null ? "" : relativeBySource.getOrDefault(message.getPath(), message.getPath());
                problems.add(new RuleProblem(file, Math.max(0, message.getLine()), text));
            } else {
                RuleProblem problem = source.problem(message.getLine(), text);
                // A stray quote in a table cell breaks the parse twice (where its string ends, and in
                // its rule): both name the same cell, and one line per cell is enough for its author.
                boolean sameCellAgain = problem.cell() != null && !tableCellsReported.add(problem.file() + "!" + problem.cell());
                if (!sameCellAgain) {
                    problems.add(problem);
                }
            }
        }
        if (problems.isEmpty()) {
            // Before the knowledge base exists: nothing compiled from a refused file ever runs.
            problems.addAll(checkCompiledCode(builder, sourceByPath));
        }
        if (!problems.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            throw new RuleCompilationException(dirName, problems);
        }
        KieContainer container = ks.newKieContainer(releaseId);
        return new RuleBase(rulesDir, container.getKieBase(), files, relativeBySource, sources);
    }

    /**
     * Compiles the rules and then every condition, which Drools leaves until a fact first reaches
     * it (see {@link ConditionCompileCheck}): what {@code rules check} does. A run does not pay for
     * it (a few hundred milliseconds): a condition that cannot compile is named when a run meets it.
     */
    public RuleBase compileWithConditions(Path rulesDir) throws RuleCompilationException {
        return withConditionsCompiled(compile(rulesDir));
    }

    /**
     * The same rules once every one of their conditions has compiled (see
     * {@link #compileWithConditions}), however they were compiled: afresh or read back from the cache.
     */
    public static RuleBase withConditionsCompiled(RuleBase ruleBase) throws RuleCompilationException {
        List<RuleProblem> problems = ConditionCompileCheck.check(ruleBase);
        if (!problems.isEmpty()) {
            Path rulesDir = ruleBase.directory();
            throw new RuleCompilationException(rulesDir.getFileName() == null ? rulesDir.toString()
                    : rulesDir.getFileName().toString(), problems);
        }
        return ruleBase;
    }

    /** Every class the build compiled from the rules, checked against what rules may use. */
    private static List<RuleProblem> checkCompiledCode(KieBuilder builder, Map<String, RuleSource> sourceByPath) {
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        List<RuleProblem> problems = new ArrayList<>();
        for (String kieBase : module.getKieModuleModel().getKieBaseModels().keySet()) {
            if (module.getKnowledgeBuilderForKieBase(kieBase) instanceof KnowledgeBuilderImpl compiled) {
                problems.addAll(new CompiledCodeCheck().check(compiled, sourceByPath));
            }
        }
        return problems;
    }

    /** The files of a rules folder that {@link #compile(Path)} compiles, in path order. */
    public static List<RuleFile> findRuleFiles(Path rulesDir) {
        Path testsDir = rulesDir.resolve("tests");
        try (Stream<Path> walk = Files.walk(rulesDir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(testsDir))
                    .filter(p -> RuleFile.isRuleFile(p.getFileName().toString()))
                    .map(p -> new RuleFile(rulesDir.relativize(p).toString().replace('\\', '/'), p))
                    .sorted(Comparator.comparing(RuleFile::relativePath))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + rulesDir, e);
        }
    }

    /**
     * Drools warns when a DRL's folder differs from its package, so each file goes under its
     * package's folder; a table's generated DRL gets a .drl name, which is what Drools compiles.
     */
    private static String kieFileSystemPath(RuleSource source) {
        String folder = source.packageName().map(p -> p.replace('.', '/')).orElse("rules");
        String flatName = source.file().relativePath().replace('/', '_');
        return RESOURCES + folder + "/" + flatName + (source.table().isPresent() ? ".drl" : "");
    }

    /**
     * Drools' parser puts a whole Java stack trace into the text of a message when it trips over
     * its own input (an unclosed quote in a condition): the author gets the place and a hint instead.
     */
    static String withoutParserTrace(String text) {
        int exception = text.indexOf(". Exception: ");
        if (exception < 0 || !text.contains("Stack trace:")) {
            return text;
        }
        return text.substring(0, exception)
                + ": the rule cannot be read from here on; look above it for an unclosed quote, bracket or parenthesis";
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
