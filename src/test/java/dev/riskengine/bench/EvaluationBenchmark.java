package dev.riskengine.bench;

import dev.riskengine.generate.GenerateRequest;
import dev.riskengine.generate.WorkbookGenerator;
import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.rules.EvidenceFacts;
import dev.riskengine.rules.RuleBase;
import dev.riskengine.rules.RuleCompiler;
import dev.riskengine.rules.RuleSession;
import dev.riskengine.rules.ScoreSession;
import dev.riskengine.workbook.WorkbookReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process cost of evaluating the default rules on generated workbooks (run by bench/run):
 * Drools as the engine runs it (full session recording provenance), Drools as a Monte Carlo
 * draw runs it (scores only), and the same rules written in plain Java. Reading and writing are
 * left out; bench/run times those in whole runs. Drools gets the facts a run's session gets: the
 * indicators, the borders and the year's evidence facts (rules/evidence.drl judges them).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class EvaluationBenchmark {

    @Param({"1000", "10000"})
    public int units;

    /** The rules folder: {@code -p rules=copy-of-rules} measures a variant (e.g. without one file) beside the shipped one. */
    @Param({"rules"})
    public String rules;

    private RuleBase ruleBase;
    private IndicatorWorkbook workbook;
    private List<Object> facts;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path folder = Files.createTempDirectory("bench-");
        Path file = folder.resolve("grid.xlsx");
        new WorkbookGenerator().generate(new GenerateRequest(units, 1, 2024, 1, 0.2, 0.05, file));
        workbook = new WorkbookReader().read(file);
        Files.delete(file);
        Files.delete(folder);
        ruleBase = new RuleCompiler().compile(Path.of(rules));
        facts = new ArrayList<>(workbook.indicators());
        facts.addAll(workbook.borders());
        facts.addAll(EvidenceFacts.of(ruleBase, workbook, workbook.latestYear().orElseThrow()));
    }

    @Benchmark
    public Object droolsWithProvenance() {
        return new RuleSession(ruleBase).run(workbook.countries(), facts);
    }

    @Benchmark
    public Object droolsScoresOnly() {
        return new ScoreSession(ruleBase, "in a benchmark").run(workbook.countries(), facts);
    }

    @Benchmark
    public Object plainJava() {
        return new PlainJavaEvaluator().evaluate(workbook.countries(), workbook.indicators(), workbook.borders());
    }
}
