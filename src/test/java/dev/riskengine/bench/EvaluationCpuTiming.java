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
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The evaluations of {@link EvaluationBenchmark} timed by the CPU time of the evaluating thread,
 * which a machine shared with other builds distorts far less than JMH's wall time: {@code java
 * -cp CLASSPATH dev.riskengine.bench.EvaluationCpuTiming UNITS ROUNDS RULES [RULES...]}. The
 * variants (Drools with provenance and score-only for each rules folder, plain Java) take turns
 * within every round, so a change of load hits them alike; the first third of the rounds warm
 * the JIT and are not counted. A rules folder written with a trailing {@code !} gets no evidence
 * facts (a session as it was before rules/evidence.drl). Prints the median CPU time and allocation per evaluation.
 */
public final class EvaluationCpuTiming {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private EvaluationCpuTiming() {
    }

    public static void main(String[] args) throws Exception {
        int units = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Path folder = Files.createTempDirectory("bench-");
        Path file = folder.resolve("grid.xlsx");
        new WorkbookGenerator().generate(new GenerateRequest(units, 1, 2024, 1, 0.2, 0.05, file));
        IndicatorWorkbook workbook = new WorkbookReader().read(file);
        Files.delete(file);
        Files.delete(folder);
        Map<String, Supplier<Object>> variants = new LinkedHashMap<>();
        for (int r = 2; r < args.length; r++) {
            boolean withoutEvidence = args[r].endsWith("!");
            RuleBase rules = new RuleCompiler().compile(Path.of(withoutEvidence ? args[r].substring(0, args[r].length() - 1)
                    : args[r]));
            List<Object> facts = new ArrayList<>(workbook.indicators());
            facts.addAll(workbook.borders());
            if (!withoutEvidence) {
                facts.addAll(EvidenceFacts.of(rules, workbook, workbook.latestYear().orElseThrow()));
            }
            variants.put("drools with provenance, " + args[r], () -> new RuleSession(rules).run(workbook.countries(), facts));
            variants.put("drools scores only, " + args[r],
                    () -> new ScoreSession(rules, "in a benchmark").run(workbook.countries(), facts));
        }
        variants.put("plain Java", () -> new PlainJavaEvaluator().evaluate(workbook.countries(), workbook.indicators(),
                workbook.borders()));
        Map<String, List<long[]>> samples = new LinkedHashMap<>();
        variants.keySet().forEach(name -> samples.put(name, new ArrayList<>()));
        int warmUp = rounds / 3;
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, Supplier<Object>> variant : variants.entrySet()) {
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                long allocatedStart = THREADS.getCurrentThreadAllocatedBytes();
                Object result = variant.getValue().get();
                long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
                long allocated = THREADS.getCurrentThreadAllocatedBytes() - allocatedStart;
                if (result == null) {
                    throw new IllegalStateException(variant.getKey() + " gave nothing");
                }
                if (round >= warmUp) {
                    samples.get(variant.getKey()).add(new long[] {cpu, allocated});
                }
            }
        }
        double plain = median(samples.get("plain Java"), 0);
        System.out.printf("%,d units, %d rounds (%d counted), load average %.2f%n", units, rounds, rounds - warmUp,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (Map.Entry<String, List<long[]>> entry : samples.entrySet()) {
            double cpu = median(entry.getValue(), 0);
            System.out.printf("%-60s %9.3f ms CPU %8.1f x plain Java %9.1f MB allocated%n", entry.getKey(), cpu / 1e6,
                    cpu / plain, median(entry.getValue(), 1) / 1048576.0);
        }
    }

    private static double median(List<long[]> samples, int column) {
        long[] values = samples.stream().mapToLong(s -> s[column]).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2.0;
    }
}
