package dev.riskengine.backtest;

import java.util.Locale;
import java.util.OptionalDouble;

/** A metric as the table and the HTML page show it: two decimals (three for Brier), "n/a" when it does not exist. */
final class MetricText {
    static final String NONE = "n/a";

    private MetricText() { }

    static String of(OptionalDouble value) {
        return of(value, 2);
    }

    static String brier(OptionalDouble value) {
        return of(value, 3);
    }

    static String of(OptionalDouble value, int decimals) {
        return value.isPresent() ? String.format(Locale.ROOT, "%." + decimals + "f", value.getAsDouble()) : NONE;
    }

    /** A difference between two folders' numbers, always signed so that "+0.00" reads as "no change". */
    static String difference(double value, int decimals) {
        String shown = String.format(Locale.ROOT, "%+." + decimals + "f", value);
        return shown.matches("-0\\.0+") ? shown.replace('-', '+') : shown;
    }
}
