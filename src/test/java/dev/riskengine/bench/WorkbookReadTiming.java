package dev.riskengine.bench;

import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.workbook.WorkbookReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Times reading one workbook several times in one JVM, for BENCHMARKS.md, "Reading large
 * workbooks": {@code java -Xmx2g -cp CLASSPATH dev.riskengine.bench.WorkbookReadTiming FILE [RUNS]}.
 * Prints each run's wall and CPU time (the first run includes the JIT's warm-up, as a command
 * line run does; CPU time tells more than wall time on a busy machine), the medians, the heap
 * live while the result is held, the memory allocated (mostly garbage, which the collector pays
 * for) and the peak heap.
 */
public final class WorkbookReadTiming {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private WorkbookReadTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        long[] processCpu = new long[runs];
        long[] allocated = new long[runs];
        for (int i = 0; i < runs; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long processCpuStart = PROCESS.getProcessCpuTime();
            long allocatedStart = THREADS.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            IndicatorWorkbook workbook = new WorkbookReader().read(file);
            wall[i] = (System.nanoTime() - start) / 1_000_000;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            processCpu[i] = (PROCESS.getProcessCpuTime() - processCpuStart) / 1_000_000;
            allocated[i] = (THREADS.getCurrentThreadAllocatedBytes() - allocatedStart) >> 20;
            System.out.printf("run %d: %,d ms (CPU: %,d ms reading, %,d ms with GC and JIT), %,d MB allocated,"
                    + " %,d indicators, %,d borders; live heap holding them %,d MB%n", i + 1, wall[i], cpu[i],
                    processCpu[i], allocated[i], workbook.indicators().size(), workbook.borders().size(),
                    liveHeapAfterGc());
            workbook = null; // not held while the next run reads
            System.gc();
        }
        System.out.printf("median of %d runs: %,d ms (CPU: %,d ms reading, %,d ms with GC and JIT);"
                + " first run %,d ms (CPU: %,d ms, %,d ms); %,d MB allocated per read; peak heap %,d MB%n",
                runs, median(wall), median(cpu), median(processCpu), wall[0], cpu[0], processCpu[0], median(allocated),
                peakHeap());
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long liveHeapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }

    /** The most heap in use, summed over the heap's pools (each pool's own peak, so an upper bound). */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
