package dev.riskengine.backtest;

import java.util.OptionalDouble;

/**
 * The area under the ROC curve: the chance that a unit picked at random among the positives
 * (outcome above its median) has a higher predictor than one picked among the negatives; a tie
 * counts half. 1 separates them perfectly, 0.5 is a coin toss. Empty when there are no positives
 * or no negatives: nothing to separate.
 */
final class RocAuc {

    private RocAuc() { }

    static OptionalDouble of(double[] predictor, boolean[] positive) {
        if (predictor.length != positive.length) {
            throw new IllegalArgumentException("predictor and outcomes differ in length");
        }
        double wins = 0;
        long pairs = 0;
        for (int p = 0; p < predictor.length; p++) {
            if (!positive[p]) {
                continue;
            }
            for (int n = 0; n < predictor.length; n++) {
                if (positive[n]) {
                    continue;
                }
                pairs++;
                if (predictor[p] > predictor[n]) {
                    wins += 1;
                } else if (predictor[p] == predictor[n]) {
                    wins += 0.5;
                }
            }
        }
        return pairs == 0 ? OptionalDouble.empty() : OptionalDouble.of(wins / pairs);
    }
}
