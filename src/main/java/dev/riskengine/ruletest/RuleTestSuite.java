package dev.riskengine.ruletest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.stream.Stream;

import dev.riskengine.model.InsufficientEvidence;
import dev.riskengine.rules.BandNames;
import dev.riskengine.text.CloseNames;
import dev.riskengine.rules.RuleBase;

/**
 * Every case file under {@code <rules>/tests}: read, checked against the compiled rules (named
 * rules must exist, expected bands must be bands the rules give), run, and the rules that no case
 * shows firing listed. A malformed file is reported and skipped; the other files still run.
 */
public final class RuleTestSuite {
    public static final String TESTS_FOLDER = "tests";

    /** The outcome of a whole suite run. {@code untested} maps rule name to file. */
    public record Result(List<CaseResult> cases, List<String> problems, SortedMap<String, String> untested) {
        public long failed() {
            return cases.stream().filter(c -> !c.passed()).count();
        }

        public boolean passed() {
            return problems.isEmpty() && failed() == 0 && !cases.isEmpty();
        }
    }

    private final RuleBase ruleBase;

    public RuleTestSuite(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    public Result run() {
        Path rulesDir = ruleBase.directory();
        List<String> problems = new ArrayList<>();
        List<RuleTestCase> cases = new ArrayList<>();
        List<Path> files = caseFiles(rulesDir);
        if (files.isEmpty()) {
            problems.add(displayName(rulesDir, rulesDir.resolve(TESTS_FOLDER))
                    + ": no case files (*.yaml); see docs/rules.md, \"Rule tests\"");
        }
        CaseFileReader reader = new CaseFileReader();
        for (Path file : files) {
            try {
                cases.addAll(reader.read(file, displayName(rulesDir, file)));
            } catch (MalformedCaseFileException e) {
                problems.addAll(e.problems());
            }
        }
        List<RuleTestCase> runnable = checkAgainstRules(cases, problems);
        RuleTestRunner runner = new RuleTestRunner(ruleBase);
        List<CaseResult> results = runnable.stream().map(runner::run).toList();
        return new Result(results, List.copyOf(problems), untested(runnable));
    }

    /** Case files, sorted so the output is the same on every machine. */
    public static List<Path> caseFiles(Path rulesDir) {
        Path tests = rulesDir.resolve(TESTS_FOLDER);
        if (!Files.isDirectory(tests)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(tests)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return (name.endsWith(".yaml") || name.endsWith(".yml")) && !name.startsWith(".");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + tests, e);
        }
    }

    private static String displayName(Path rulesDir, Path file) {
        Path dirName = rulesDir.toAbsolutePath().normalize().getFileName();
        return (dirName == null ? "" : dirName + "/") + rulesDir.relativize(file).toString().replace('\\', '/');
    }

    /**
     * A misspelt rule name would make "does not fire" pass silently, so names must exist; so must
     * indicator codes: a case runs without a workbook, so the codes that count are those the rules
     * match, and a value under any other code changes nothing (usually a typo).
     */
    private List<RuleTestCase> checkAgainstRules(List<RuleTestCase> cases, List<String> problems) {
        Set<String> ruleNames = ruleBase.rulesWithFiles().keySet();
        Set<String> bands = BandNames.of(ruleBase);
        Optional<SortedSet<String>> codes = ruleBase.indicatorCodes();
        List<RuleTestCase> runnable = new ArrayList<>();
        for (RuleTestCase c : cases) {
            int before = problems.size();
            codes.ifPresent(known -> c.codes().stream().filter(given -> !known.contains(given.code()))
                    .forEach(given -> problems.add(c.file() + ":" + given.line() + ": " + given.iso3() + " indicator \""
                            + given.code() + "\" is no code a rule matches, so its value changes nothing"
                            + CloseNames.didYouMean(given.code(), known))));
            for (RuleTestCase.Expectation e : c.expectations()) {
                for (String rule : e.namedRules()) {
                    if (!ruleNames.contains(rule)) {
                        problems.add(c.file() + ":" + e.line() + ": " + e.iso3() + " names rule \"" + rule
                                + "\", which no rule file defines" + CloseNames.didYouMean(rule, ruleNames));
                    }
                }
                // "Insufficient data" is no band the band rules give but the state of a unit without a score
                if (e.band() != null && !bands.isEmpty() && !InsufficientEvidence.STATE.equalsIgnoreCase(e.band().strip())
                        && bands.stream().noneMatch(b -> b.equalsIgnoreCase(e.band().strip()))) {
                    problems.add(c.file() + ":" + e.line() + ": " + e.iso3() + " band \"" + e.band()
                            + "\" is not a band the rules give (" + String.join(", ", bands) + ", or "
                            + InsufficientEvidence.STATE + ")");
                }
            }
            if (problems.size() == before) {
                runnable.add(c);
            }
        }
        return runnable;
    }

    private SortedMap<String, String> untested(List<RuleTestCase> cases) {
        Set<String> shown = new HashSet<>();
        for (RuleTestCase c : cases) {
            for (RuleTestCase.Expectation e : c.expectations()) {
                shown.addAll(e.fires());
                shown.addAll(e.points().keySet());
            }
        }
        SortedMap<String, String> untested = new TreeMap<>(ruleBase.rulesWithFiles());
        untested.keySet().removeAll(shown);
        return untested;
    }
}
