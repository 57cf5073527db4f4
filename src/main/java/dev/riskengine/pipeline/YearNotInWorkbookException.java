package dev.riskengine.pipeline;

import java.nio.file.Path;
import java.util.SortedSet;

/** The requested year is not in the workbook (or the workbook has no year at all). */
public final class YearNotInWorkbookException extends Exception {
    public YearNotInWorkbookException(Path workbook, Integer year, SortedSet<Integer> years) {
        super(workbook.getFileName() + ": " + (years.isEmpty()
                ? "Indicators: no rows, so no year to assess"
                : "Indicators: no year " + year + " (the workbook has " + describe(years) + ")"));
    }

    private static String describe(SortedSet<Integer> years) {
        return years.size() == 1 ? String.valueOf(years.first())
                : years.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
