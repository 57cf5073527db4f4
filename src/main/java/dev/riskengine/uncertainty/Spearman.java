package dev.riskengine.uncertainty;

import java.util.Arrays;
import java.util.Comparator;
import java.util.OptionalDouble;

/**
 * Spearman's rank correlation: Pearson's correlation of the two samples' ranks, equal values
 * sharing their mean rank (as R's {@code cor(method = "spearman")} and Excel's RANK.AVG do). Used
 * by the sensitivity analysis (a rule's factor against a unit's rank) and the backtest (scores
 * against outcomes).
 */
public final class Spearman {

    private Spearman() {
    }

    /**
     * Ranks 1..n, lowest first, where tied values all get the average of the ranks they span
     * (1, 2.5, 2.5, 4): the usual convention, so that a tie neither helps nor hurts a ranking.
     */
    public static double[] averageRanks(double[] values) {
        Integer[] order = new Integer[values.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        for (int start = 0; start < order.length; ) {
            int end = start;
            while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            double mean = (start + end) / 2.0 + 1;
            for (int i = start; i <= end; i++) {
                ranks[order[i]] = mean;
            }
            start = end + 1;
        }
        return ranks;
    }

    /**
     * The correlation of two samples of equal length: 1 same order, -1 reversed, about 0 unrelated.
     * Empty when either does not vary (every outcome 0, say): there is no ordering to agree with,
     * and NaN would read as a number.
     */
    public static OptionalDouble correlation(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("the two samples differ in length");
        }
        double[] x = centredRanks(a);
        double[] y = centredRanks(b);
        return varies(x) && varies(y) ? OptionalDouble.of(ofCentred(x, y)) : OptionalDouble.empty();
    }

    /** The sample's ranks (1 = smallest, ties averaged) minus their mean, ready for {@link #ofCentred}. */
    static double[] centredRanks(double[] values) {
        double[] ranks = averageRanks(values);
        double centre = (values.length + 1) / 2.0;
        for (int i = 0; i < ranks.length; i++) {
            ranks[i] -= centre;
        }
        return ranks;
    }

    /** The correlation of two samples' centred ranks; 0 when either does not vary (no ranking to follow). */
    static double ofCentred(double[] a, double[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return aa == 0 || bb == 0 ? 0 : ab / Math.sqrt(aa * bb);
    }

    static double of(double[] a, double[] b) {
        return correlation(a, b).orElse(0);
    }

    private static boolean varies(double[] centred) {
        for (double value : centred) {
            if (value != 0) {
                return true;
            }
        }
        return false;
    }
}
