package dev.riskengine.bench;

import dev.riskengine.model.IndicatorWorkbook;
import dev.riskengine.workbook.WorkbookReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Times reading one workbook several times in one JVM (the first runs warm the JIT), for
 * BENCHMARKS.md, "Reading large workbooks":
 * {@code java -Xmx2g -cp CLASSPATH dev.riskengine.bench.WorkbookReadTiming FILE [RUNS]}.
 * Prints each run's time, the median, the peak heap the JVM saw and the heap live after the read.
 */
public final class WorkbookReadTiming {

    private WorkbookReadTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            IndicatorWorkbook workbook = new WorkbookReader().read(file);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            long live = liveHeapAfterGc();
            System.out.printf("run %d: %,d ms, %,d indicators, %,d borders, live heap holding the result %,d MB%n",
                    i + 1, millis[i], workbook.indicators().size(), workbook.borders().size(), live);
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("median %,d ms of %d runs; peak heap %,d MB%n", sorted[runs / 2], runs, peakHeap());
    }

    private static long liveHeapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }

    /** The largest heap in use at any moment, summed over the heap's pools. */
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
