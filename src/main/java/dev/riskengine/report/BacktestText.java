package dev.riskengine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A backtest's numbers as the printed table and backtest.html show them: two decimals (three for
 * Brier), "n/a" when a number does not exist, signed differences; and what each column means.
 */
public final class BacktestText {
    public static final String NONE = "n/a";

    private BacktestText() { }

    public static String of(OptionalDouble value) {
        return of(value, 2);
    }

    public static String brier(OptionalDouble value) {
        return of(value, 3);
    }

    public static String of(OptionalDouble value, int decimals) {
        return value.isPresent() ? String.format(Locale.ROOT, "%." + decimals + "f", value.getAsDouble()) : NONE;
    }

    /** A difference between two folders' numbers, always signed so that "+0.00" reads as "no change". */
    public static String difference(double value, int decimals) {
        String shown = String.format(Locale.ROOT, "%+." + decimals + "f", value);
        return shown.matches("-0\\.0+") ? shown.replace('-', '+') : shown;
    }

    /** The column headings explained, for the HTML page and the docs. */
    public static List<String> legend() {
        List<String> lines = new ArrayList<>();
        lines.add("rho: Spearman's rank correlation of score and outcome (1 same order, -1 reversed, 0 unrelated).");
        lines.add("Top-k: share of the k highest scores that are among the k highest outcomes.");
        lines.add("AUC: chance that a unit with an outcome above the year's median is flagged over one below "
                + "(ties half; 0.5 is chance).");
        lines.add("Brier: mean squared gap between the Monte Carlo probability of the flagged band and what happened "
                + "(0 best, 0.25 a coin toss).");
        return lines;
    }
}
