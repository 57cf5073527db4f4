package dev.riskengine.backtest;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The share of the k highest-scored units that are among the k highest outcomes. The scored top k
 * is taken in score order (ties kept in the order given, which is the assessment's rank order);
 * a unit whose outcome ties with the k-th highest outcome counts as in the outcomes' top k, so a
 * tie at the cut never costs a ranking a hit.
 */
final class TopKOverlap {

    private TopKOverlap() { }

    static double of(double[] scores, double[] outcomes, int k) {
        if (scores.length != outcomes.length || k < 1 || k > scores.length) {
            throw new IllegalArgumentException("k must be from 1 to the number of units");
        }
        Integer[] byScore = new Integer[scores.length];
        for (int i = 0; i < byScore.length; i++) {
            byScore[i] = i;
        }
        Arrays.sort(byScore, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        double[] sortedOutcomes = outcomes.clone();
        Arrays.sort(sortedOutcomes);
        double kthHighest = sortedOutcomes[sortedOutcomes.length - k];
        int hits = 0;
        for (int rank = 0; rank < k; rank++) {
            if (outcomes[byScore[rank]] >= kthHighest) {
                hits++;
            }
        }
        return (double) hits / k;
    }
}
