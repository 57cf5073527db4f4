package dev.riskengine.backtest;

/**
 * The Brier score of probabilities against what happened: the mean of (p - o)² where o is 1 when
 * the event happened and 0 when not. 0 is a perfect forecast; always saying 0.5 scores 0.25.
 */
final class BrierScore {

    private BrierScore() { }

    static double of(double[] probabilities, boolean[] happened) {
        if (probabilities.length != happened.length || probabilities.length == 0) {
            throw new IllegalArgumentException("need as many outcomes as probabilities, at least one");
        }
        double sum = 0;
        for (int i = 0; i < probabilities.length; i++) {
            double error = probabilities[i] - (happened[i] ? 1 : 0);
            sum += error * error;
        }
        return sum / probabilities.length;
    }
}
