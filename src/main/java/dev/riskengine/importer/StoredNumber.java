package dev.riskengine.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Compares and shows numbers as a workbook stores them. An analyst's cell that holds the source's
 * figure rounded (11863.2 for 11863.2345; 0.0565 for 0.05651) holds the same figure: only a
 * difference that survives rounding to the cell's own precision is a conflict.
 */
final class StoredNumber {
    /** Beyond this relative difference two figures differ, whatever the rounding (1 is not 1.4). */
    private static final double ROUNDING_TOLERANCE = 0.005;
    private static final int SHOWN_DECIMALS = 4;

    private StoredNumber() { }

    static boolean same(double existing, double incoming) {
        if (existing == incoming) {
            return true;
        }
        BigDecimal old = BigDecimal.valueOf(existing);
        int scale = Math.max(0, old.stripTrailingZeros().scale());
        boolean roundsToExisting = BigDecimal.valueOf(incoming).setScale(scale, RoundingMode.HALF_UP).compareTo(old) == 0;
        double relative = Math.abs(existing - incoming) / Math.max(Math.abs(existing), Math.abs(incoming));
        return roundsToExisting && relative <= ROUNDING_TOLERANCE;
    }

    /** A number as an analyst reads it: at most four decimals, no exponent, no trailing zeros. */
    static String shown(double value) {
        return BigDecimal.valueOf(value).setScale(SHOWN_DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
