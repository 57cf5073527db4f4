package dev.riskengine.watch;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.pipeline.Pipeline;
import dev.riskengine.pipeline.YearNotInWorkbookException;
import dev.riskengine.rules.RuleBase;
import dev.riskengine.rules.RuleCompilationException;
import dev.riskengine.rules.RuleExecutionException;
import dev.riskengine.ruletest.RuleTestSuite;
import dev.riskengine.run.AssessmentRun;
import dev.riskengine.workbook.InvalidWorkbookException;
import dev.riskengine.workbook.WorkbookProblem;

/**
 * Recompiles, re-tests and re-assesses in this JVM, redoing only what a change touched: the rules
 * and their cases when a rule file changed, only the cases when a case file changed, the workbook
 * when it changed.
 * A step that fails is forgotten, so the next change retries it.
 */
public final class Reassessment {

    /** What one pass gave: an assessment with the case results, or the located problems that stopped it. */
    public sealed interface Outcome permits Assessed, Broken { }

    /** {@code evaluation} is this pass as {@link AssessmentRun} publishes it, so reports need no second pass. */
    public record Assessed(Assessment assessment, RuleTestSuite.Result tests, int rules, int ruleFiles, long millis,
                           AssessmentRun.Evaluation evaluation) implements Outcome { }

    /** {@code what} sums the failure up ("rules do not compile"); {@code problems} are one located line each. */
    public record Broken(String what, List<String> problems, long millis) implements Outcome { }

    private final Pipeline pipeline;
    private final Path rulesDir;
    private final Path input;
    private final Integer year;
    private final boolean everyYear;
    private RuleBase ruleBase;
    private RuleTestSuite.Result tests;
    private IndicatorWorkbook workbook;

    /** A null year assesses the latest year of the workbook each time. */
    public Reassessment(Path rulesDir, Path input, Integer year) {
        this(rulesDir, input, year, false);
    }

    /**
     * @param everyYear with a null year, assess every other year of the workbook too, as
     *                  {@code assess} does, so a published run has its trend
     */
    public Reassessment(Path rulesDir, Path input, Integer year, boolean everyYear) {
        this(new Pipeline(), rulesDir, input, year, everyYear);
    }

    /** @param pipeline where each pass's compiled rules come from (the cache, or compiled afresh) */
    public Reassessment(Pipeline pipeline, Path rulesDir, Path input, Integer year, boolean everyYear) {
        this.pipeline = pipeline;
        this.rulesDir = rulesDir;
        this.input = input;
        this.year = year;
        this.everyYear = everyYear;
    }

    /** A pass after a change to the rules (their cases included) or to the input. */
    public Outcome run(boolean rulesChanged, boolean inputChanged) {
        return run(rulesChanged, rulesChanged, inputChanged);
    }

    /**
     * A pass after a change to the rule files, to their cases only, or to the input: a saved case
     * reruns the cases against the rules already compiled, without compiling them again.
     */
    public Outcome run(boolean rulesChanged, boolean casesChanged, boolean inputChanged) {
        long start = System.nanoTime();
        Instant startedAt = Instant.now();
        Map<String, Long> timings = new LinkedHashMap<>(); // the stages this pass did, as a run's manifest lists them
        if (rulesChanged) {
            ruleBase = null;
        }
        if (inputChanged) {
            workbook = null;
        }
        CompletableFuture<RuleTestSuite.Result> testing = null;
        try {
            boolean compiling = ruleBase == null;
            if (compiling) {
                ruleBase = pipeline.rules(rulesDir);
                timings.put("compile", millisSince(start));
            }
            if (compiling || casesChanged) {
                // the cases run on the other core while the workbook is read and assessed
                RuleBase compiled = ruleBase;
                testing = CompletableFuture.supplyAsync(() -> pipeline.test(compiled));
            }
        } catch (RuleCompilationException e) {
            return new Broken("rules do not compile", e.lines(), millisSince(start));
        } catch (UncheckedIOException e) {
            return new Broken("cannot read the rules", List.of(e.getMessage()), millisSince(start));
        }
        try {
            if (workbook == null) {
                long reading = System.nanoTime();
                workbook = pipeline.read(input);
                timings.put("read", millisSince(reading));
            }
        } catch (InvalidWorkbookException e) {
            awaitCases(testing);
            return new Broken("invalid workbook", e.problems().stream().map(WorkbookProblem::message).toList(),
                    millisSince(start));
        }
        int assessed;
        try {
            assessed = Pipeline.year(input, year, workbook);
        } catch (YearNotInWorkbookException e) {
            awaitCases(testing);
            return new Broken("nothing to assess", List.of(e.getMessage()), millisSince(start));
        }
        Assessment assessment;
        try {
            long evaluating = System.nanoTime();
            assessment = pipeline.assess(workbook, ruleBase, assessed, everyYear && year == null);
            timings.put("evaluate", millisSince(evaluating));
        } catch (RuleExecutionException e) {
            awaitCases(testing);
            return new Broken("a rule failed", List.of(e.getMessage()), millisSince(start));
        }
        String unreadableCases = awaitCases(testing);
        if (unreadableCases != null) {
            return new Broken("cannot read the rule test cases", List.of(unreadableCases), millisSince(start));
        }
        return new Assessed(assessment, tests, ruleBase.ruleCount(), ruleBase.files().size(), millisSince(start),
                new AssessmentRun.Evaluation(workbook, ruleBase, assessment, startedAt, timings));
    }

    /**
     * Waits for the cases started with a new rule base, so {@code tests} always belongs to
     * {@code ruleBase}; when the case folder cannot be read, says why and forgets the rule base,
     * so the next change tries again.
     */
    private String awaitCases(CompletableFuture<RuleTestSuite.Result> testing) {
        if (testing == null) {
            return null;
        }
        try {
            tests = testing.join();
            return null;
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException unreadable) {
                ruleBase = null;
                return unreadable.getMessage();
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
