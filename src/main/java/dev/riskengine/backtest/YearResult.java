package dev.riskengine.backtest;

/** The scores of {@code year} against the outcome of {@code outcomeYear} (year + lead). */
public record YearResult(int year, int outcomeYear, Metrics metrics) { }
