package dev.riskengine.bench;

import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.model.Simulation;
import dev.riskengine.rules.EvidenceFacts;
import dev.riskengine.rules.RuleBase;
import dev.riskengine.rules.RuleCompiler;
import dev.riskengine.uncertainty.DrawProgress;
import dev.riskengine.uncertainty.MonteCarlo;
import dev.riskengine.workbook.WorkbookReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Times Monte Carlo draws over one year of a workbook in one JVM, for BENCHMARKS.md: {@code java
 * -cp CLASSPATH dev.riskengine.bench.DrawsCpuTiming WORKBOOK RULES DRAWS REPEATS [THREADS]}. Prints
 * each repeat's wall time and the CPU time of the whole process (the draws' threads, the collector
 * and the JIT), which a machine shared with other builds distorts less than wall time, and their
 * medians over the repeats after the first (the first warms the JIT).
 */
public final class DrawsCpuTiming {
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private DrawsCpuTiming() {
    }

    public static void main(String[] args) throws Exception {
        IndicatorWorkbook workbook = new WorkbookReader().read(Path.of(args[0]));
        RuleBase rules = new RuleCompiler().compile(Path.of(args[1]));
        int draws = Integer.parseInt(args[2]);
        int repeats = Integer.parseInt(args[3]);
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : Runtime.getRuntime().availableProcessors();
        int year = workbook.latestYear().orElseThrow();
        MonteCarlo monteCarlo = new MonteCarlo(rules, threads, DrawProgress.NONE);
        long[] wall = new long[repeats];
        long[] cpu = new long[repeats];
        for (int r = 0; r < repeats; r++) {
            long cpuStart = PROCESS.getProcessCpuTime();
            long start = System.nanoTime();
            Simulation simulation = monteCarlo.run(workbook.countries(), workbook.indicatorsOf(year), workbook.borders(),
                    EvidenceFacts.of(rules, workbook, year), draws, 1);
            wall[r] = (System.nanoTime() - start) / 1_000_000;
            cpu[r] = (PROCESS.getProcessCpuTime() - cpuStart) / 1_000_000;
            System.out.printf("repeat %d: %,d draws in %,d ms (CPU %,d ms), %d units with a distribution%n", r + 1, draws,
                    wall[r], cpu[r], simulation.byIso3().size());
        }
        System.out.printf("median of repeats 2-%d on %d threads: %,d ms wall, %,d ms CPU; load average %.2f%n", repeats,
                threads, median(wall), median(cpu), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long median(long[] values) {
        long[] sorted = Arrays.copyOfRange(values, Math.min(1, values.length - 1), values.length);
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
