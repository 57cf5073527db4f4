package dev.riskengine.backtest;

import java.util.Arrays;

/** The median of a list of values: the middle one, or the mean of the two middle ones. */
final class Median {

    private Median() { }

    static double of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
