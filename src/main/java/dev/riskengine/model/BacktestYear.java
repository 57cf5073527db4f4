package dev.riskengine.model;

/** The scores of {@code year} against the outcome of {@code outcomeYear} (year + lead). */
public record BacktestYear(int year, int outcomeYear, BacktestMetrics metrics) { }
