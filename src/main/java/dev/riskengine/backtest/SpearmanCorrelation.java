package dev.riskengine.backtest;

import java.util.OptionalDouble;

/**
 * Spearman's rank correlation between scores and outcomes: Pearson's correlation of their average
 * ranks. 1 when the scores order the units exactly as the outcomes do, -1 when exactly reversed,
 * about 0 when unrelated. Empty when either side does not vary (every outcome 0, say): there is
 * no ordering to agree with, and NaN would read as a number.
 */
final class SpearmanCorrelation {

    private SpearmanCorrelation() { }

    static OptionalDouble of(double[] scores, double[] outcomes) {
        if (scores.length != outcomes.length) {
            throw new IllegalArgumentException("scores and outcomes differ in length");
        }
        double[] x = AverageRanks.of(scores);
        double[] y = AverageRanks.of(outcomes);
        double meanX = mean(x);
        double meanY = mean(y);
        double covariance = 0;
        double varianceX = 0;
        double varianceY = 0;
        for (int i = 0; i < x.length; i++) {
            covariance += (x[i] - meanX) * (y[i] - meanY);
            varianceX += (x[i] - meanX) * (x[i] - meanX);
            varianceY += (y[i] - meanY) * (y[i] - meanY);
        }
        if (varianceX == 0 || varianceY == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(covariance / Math.sqrt(varianceX * varianceY));
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }
}
