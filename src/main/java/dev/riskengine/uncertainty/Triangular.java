package dev.riskengine.uncertainty;

/**
 * The triangular distribution over an analyst's range: most likely at the central value,
 * impossible outside low-high. It needs nothing but the three figures analysts already give,
 * which is why risk analysts use it for expert ranges (it is also PERT's cruder cousin).
 */
final class Triangular {

    private Triangular() {
    }

    /**
     * The value at cumulative probability {@code u} (0 to 1), by inverting the distribution
     * function: a uniform {@code u} gives a triangular sample.
     */
    static double inverse(double low, double mode, double high, double u) {
        if (high <= low) {
            return mode;
        }
        double width = high - low;
        double modeShare = (mode - low) / width;
        if (u < modeShare) {
            return low + Math.sqrt(u * width * (mode - low));
        }
        return high - Math.sqrt((1 - u) * width * (high - mode));
    }
}
