package dev.riskengine.backtest;

import java.util.Locale;
import java.util.OptionalDouble;

/** A metric as the table and the HTML page show it: two decimals (three for Brier), "n/a" when it does not exist. */
final class MetricText {
    static final String NONE = "n/a";

    private MetricText() { }

    static String of(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : NONE;
    }

    static String brier(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : NONE;
    }
}
