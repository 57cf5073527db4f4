package dev.riskengine.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.FutureTask;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.model.RankSensitivity;
import dev.riskengine.model.RuleExplanation;
import dev.riskengine.model.Simulation;
import dev.riskengine.parallel.Awaited;
import dev.riskengine.parallel.DaemonThreads;
import dev.riskengine.rules.RuleBase;
import dev.riskengine.rules.RuleCompilationException;
import dev.riskengine.rules.RuleCompiler;
import dev.riskengine.rules.RuleExplainer;
import dev.riskengine.rules.RuleExplainer.UnknownRuleException;
import dev.riskengine.ruletest.RuleTestSuite;
import dev.riskengine.uncertainty.DrawProgress;
import dev.riskengine.uncertainty.PointsSensitivity;
import dev.riskengine.workbook.InvalidWorkbookException;
import dev.riskengine.workbook.PartLimits;
import dev.riskengine.workbook.WorkbookReader;

/**
 * The one way from files to an assessment: read the workbook, get the compiled rules, choose the
 * year, assess. Every command that reads, compiles or assesses goes through here (assess, watch,
 * validate, rules check and test, explain, verify), so each step is done one way. Two seams:
 * {@link RuleBaseSource}, where compiled rules come from, and {@link AssessmentEngine}, which
 * engine evaluates the units (Monte Carlo draws included).
 */
public final class Pipeline {
    private final RuleBaseSource ruleSource;
    private final AssessmentEngine engine;

    /**
     * The rules compiled once per content and kept in the user's cache folder (a damaged entry is
     * named on standard error), evaluated by Drools in this JVM.
     */
    public Pipeline() {
        this(CachedCompilation.inUserCacheFolder(System.err::println));
    }

    /** The rules from this source, evaluated by Drools in this JVM. */
    public Pipeline(RuleBaseSource ruleSource) {
        this(ruleSource, new LocalDroolsEngine());
    }

    public Pipeline(RuleBaseSource ruleSource, AssessmentEngine engine) {
        // POI's part limits hold process-wide, so they also guard the decision tables (.drl.xlsx)
        // that Drools reads as the rules compile; the workbook and importer openers set them too.
        PartLimits.apply();
        this.ruleSource = ruleSource;
        this.engine = engine;
    }

    /**
     * What to evaluate; a null year means the latest year of the workbook. With {@code everyYear}
     * the workbook's other years are assessed too (for change and trend); with {@code draws}
     * above 0 the chosen year also gets that many Monte Carlo draws from {@code seed}.
     */
    public record Request(Path input, Path rulesDir, Integer year, boolean everyYear, int draws, long seed) { }

    /** What was read, compiled and assessed, with how long each stage took ("read", "compile", ...). */
    public record Evaluated(IndicatorWorkbook workbook, RuleBase rules, Assessment assessment,
                            Map<String, Long> timingsMillis) { }

    public IndicatorWorkbook read(Path workbook) throws InvalidWorkbookException {
        return new WorkbookReader().read(workbook);
    }

    public RuleBase rules(Path rulesDir) throws RuleCompilationException {
        return ruleSource.rules(rulesDir);
    }

    /**
     * The rules with every condition compiled ({@code rules check}), which Drools otherwise
     * leaves until a fact reaches it. The rules come from the source as for a run: a cached
     * compilation is one of exactly these files, so the check still looks at the files as they are.
     */
    public RuleBase checkedRules(Path rulesDir) throws RuleCompilationException {
        return RuleCompiler.withConditionsCompiled(rules(rulesDir));
    }

    /** The year asked for, or the workbook's latest when none is; either must be in the workbook. */
    public static int year(Path input, Integer asked, IndicatorWorkbook workbook) throws YearNotInWorkbookException {
        if (asked == null) {
            return workbook.latestYear().orElseThrow(
                    () -> new YearNotInWorkbookException(input, null, workbook.years()));
        }
        if (!workbook.years().contains(asked)) {
            throw new YearNotInWorkbookException(input, asked, workbook.years());
        }
        return asked;
    }

    /**
     * The chosen year, and with {@code everyYear} every other year of the workbook too, each in
     * its own session with the same rules, so the reports can show change and trend.
     */
    public Assessment assess(IndicatorWorkbook workbook, RuleBase rules, int year, boolean everyYear) {
        Assessor assessor = new Assessor(rules, engine);
        if (!everyYear) {
            return assessor.assess(workbook, year);
        }
        List<Integer> years = new ArrayList<>(List.of(year));
        workbook.years().stream().filter(other -> other != year).forEach(years::add);
        List<Assessment> assessed = assessor.assess(workbook, years);
        Assessment chosen = assessed.get(0);
        return new Assessment(chosen.year(), chosen.countries(), chosen.dataIssues(), assessed.subList(1, assessed.size()));
    }

    /** Monte Carlo draws over the ranged indicators of one year, each draw evaluated by the engine. */
    public Simulation simulate(IndicatorWorkbook workbook, RuleBase rules, int year, int draws, long seed,
                               DrawProgress progress) {
        return engine.simulate(rules, Assessor.factsOf(rules, workbook, year), draws, seed, progress);
    }

    /**
     * How stable the year's ranking is when the rules' points are uncertain: the year assessed as
     * written, then {@code draws} sessions with every rule's points multiplied by its own factor
     * from 1 - {@code spread} to 1 + {@code spread}, each evaluated by the engine.
     */
    public RankSensitivity sensitivity(IndicatorWorkbook workbook, RuleBase rules, int year, double spread, int draws,
                                       long seed, DrawProgress progress) {
        return sensitivity(workbook, rules, assess(workbook, rules, year, false), spread, draws, seed, progress);
    }

    /** As above, around an assessment of one year with the points as written (from {@link #evaluate}). */
    public RankSensitivity sensitivity(IndicatorWorkbook workbook, RuleBase rules, Assessment central, double spread,
                                       int draws, long seed, DrawProgress progress) {
        UnitFacts facts = Assessor.factsOf(rules, workbook, central.year());
        PointsSensitivity sensitivity = new PointsSensitivity(
                factors -> engine.scores(rules, facts, PointsSensitivity.DURING, factors),
                Runtime.getRuntime().availableProcessors(), progress);
        return sensitivity.run(central, rules.rulesWithFiles(), spread, draws, seed);
    }

    /** One rule explained for one unit over the same facts the assessment of that year used. */
    public RuleExplanation explain(IndicatorWorkbook workbook, RuleBase rules, int year, String iso3, String rule)
            throws UnknownRuleException {
        return new RuleExplainer(rules).explain(rule, iso3, workbook.countries(),
                Assessor.factsOf(rules, workbook, year).all());
    }

    /** The rules folder's cases ({@code tests/*.yaml}) run against the rules. */
    public RuleTestSuite.Result test(RuleBase rules) {
        return new RuleTestSuite(rules).run();
    }

    /**
     * Reads, compiles, assesses and (with draws) simulates, timing each stage. Reading the workbook
     * and compiling the rules are independent and each takes most of a second in a fresh JVM, so
     * the rules compile on the other core meanwhile.
     */
    public Evaluated evaluate(Request request, DrawProgress progress)
            throws InvalidWorkbookException, RuleCompilationException, YearNotInWorkbookException {
        Map<String, Long> timings = new LinkedHashMap<>();
        FutureTask<Compiled> compilation = startCompiling(request.rulesDir());
        long t0 = System.nanoTime();
        IndicatorWorkbook workbook = read(request.input());
        timings.put("read", millis(t0, System.nanoTime()));
        Compiled compiled = awaitCompilation(compilation);
        timings.put("compile", compiled.millis());
        RuleBase rules = compiled.rules();
        long t1 = System.nanoTime();
        int year = year(request.input(), request.year(), workbook);
        Assessment assessment = assess(workbook, rules, year, request.everyYear());
        timings.put("evaluate", millis(t1, System.nanoTime()));
        if (request.draws() > 0) {
            long t2 = System.nanoTime();
            assessment = assessment.withSimulation(simulate(workbook, rules, year, request.draws(), request.seed(),
                    progress));
            timings.put("simulate", millis(t2, System.nanoTime()));
        }
        return new Evaluated(workbook, rules, assessment, timings);
    }

    private record Compiled(RuleBase rules, long millis) { }

    private FutureTask<Compiled> startCompiling(Path rulesDir) {
        FutureTask<Compiled> task = new FutureTask<>(() -> {
            long start = System.nanoTime();
            RuleBase rules = rules(rulesDir);
            return new Compiled(rules, millis(start, System.nanoTime()));
        });
        // a daemon: a workbook error ends the run without waiting for the compiler
        DaemonThreads.start(task, "rule-compiler");
        return task;
    }

    private static Compiled awaitCompilation(FutureTask<Compiled> compilation) throws RuleCompilationException {
        return Awaited.result(compilation, RuleCompilationException.class, "while compiling the rules");
    }

    /** Milliseconds between two {@link System#nanoTime()} readings. */
    public static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }
}
