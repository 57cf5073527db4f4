package dev.riskengine.backtest;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Ranks 1..n of a list of values, lowest first, where tied values all get the average of the
 * ranks they span (1, 2.5, 2.5, 4): the usual convention for Spearman's rho, so a tie neither
 * helps nor hurts a ranking.
 */
final class AverageRanks {

    private AverageRanks() { }

    static double[] of(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        int start = 0;
        while (start < order.length) {
            int end = start;
            while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            double average = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                ranks[order[k]] = average;
            }
            start = end + 1;
        }
        return ranks;
    }
}
