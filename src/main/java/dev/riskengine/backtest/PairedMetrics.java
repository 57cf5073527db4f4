package dev.riskengine.backtest;

import java.util.List;
import java.util.OptionalDouble;

import dev.riskengine.model.BacktestMetrics;
import dev.riskengine.uncertainty.Spearman;

/** The backtest's numbers computed from paired units: one year's, a year with too few units, and the years pooled. */
final class PairedMetrics {

    private PairedMetrics() { }

    /** The metrics of one year's paired units; k is capped at the number of units. */
    static BacktestMetrics of(PairedUnits paired, int top) {
        double[] scores = paired.scores();
        double[] outcomes = paired.outcomes();
        boolean[] above = paired.aboveMedian();
        int k = Math.min(top, scores.length);
        double[] probabilities = paired.flaggedProbabilities();
        return new BacktestMetrics(scores.length, paired.insufficient(), paired.noOutcome(),
                Spearman.correlation(scores, outcomes), k, OptionalDouble.of(TopKOverlap.of(scores, outcomes, k)),
                RocAuc.of(paired.flags(), above),
                probabilities == null ? OptionalDouble.empty() : OptionalDouble.of(BrierScore.of(probabilities, above)));
    }

    /** A year with too few paired units: its counts, and no numbers. */
    static BacktestMetrics tooFew(PairedUnits paired) {
        return new BacktestMetrics(paired.units().size(), paired.insufficient(), paired.noOutcome(), OptionalDouble.empty(), 0,
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }

    /**
     * Every year with enough units taken together: rho, AUC and Brier over all (unit, year) pairs,
     * each outcome judged against its own year's median; the top-k share is the mean of the years'
     * shares, as a top k only means something within one year.
     */
    static BacktestMetrics pooled(List<PairedUnits> years, int top) {
        List<PairedUnits> counted = years.stream().filter(y -> y.units().size() >= BacktestMetrics.FEWEST_UNITS).toList();
        int units = counted.stream().mapToInt(y -> y.units().size()).sum();
        int insufficient = years.stream().mapToInt(PairedUnits::insufficient).sum();
        int noOutcome = years.stream().mapToInt(PairedUnits::noOutcome).sum();
        double[] scores = concat(counted.stream().map(PairedUnits::scores).toList());
        double[] outcomes = concat(counted.stream().map(PairedUnits::outcomes).toList());
        double[] flags = concat(counted.stream().map(PairedUnits::flags).toList());
        boolean[] above = new boolean[units];
        int at = 0;
        for (PairedUnits year : counted) {
            boolean[] ofYear = year.aboveMedian();
            System.arraycopy(ofYear, 0, above, at, ofYear.length);
            at += ofYear.length;
        }
        OptionalDouble topShare = counted.stream()
                .mapToDouble(y -> TopKOverlap.of(y.scores(), y.outcomes(), Math.min(top, y.units().size())))
                .average();
        boolean drawn = !counted.isEmpty() && counted.get(0).flaggedProbabilities() != null;
        OptionalDouble brier = drawn ? OptionalDouble.of(BrierScore.of(
                concat(counted.stream().map(PairedUnits::flaggedProbabilities).toList()), above))
                : OptionalDouble.empty();
        return new BacktestMetrics(units, insufficient, noOutcome, Spearman.correlation(scores, outcomes), top, topShare,
                RocAuc.of(flags, above), brier);
    }

    private static double[] concat(List<double[]> parts) {
        return parts.stream().flatMapToDouble(java.util.Arrays::stream).toArray();
    }
}
