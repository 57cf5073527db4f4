package dev.riskengine.uncertainty;

/**
 * Percentiles of a sorted sample by linear interpolation between the closest ranks (the
 * default of R, NumPy and Excel's PERCENTILE.INC), so figures can be checked in a spreadsheet.
 */
final class Percentile {

    private Percentile() {
    }

    /** @param sorted ascending values; @param p between 0 and 1 */
    static double of(double[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double rank = p * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(sorted.length - 1, below + 1);
        double fraction = rank - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }
}
