package dev.riskengine.report;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How numbers read in the text reports (Markdown and HTML). Always {@link Locale#ROOT}, so a run
 * on a machine set to French or German still writes "6.5", never "6,5". A number that is not
 * finite (a rule that divided by zero) shows as a dash rather than "NaN".
 */
public final class NumberText {

    public static final String NONE = "–";

    private NumberText() {
    }

    /** A score on the 0-10 scale, one decimal like INFORM publishes. */
    public static String score(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.1f", value) : NONE;
    }

    public static String score(Double value) {
        return value == null ? NONE : score(value.doubleValue());
    }

    /** A score range, "6.1–7.4"; a single value when low and high agree at one decimal. */
    public static String range(double low, double high) {
        String lowText = score(low);
        String highText = score(high);
        return lowText.equals(highText) ? lowText : lowText + "–" + highText;
    }

    /** Contribution points with their sign, so mitigations stand out: "+1.5", "-0.5". */
    public static String points(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%+.1f", value) : NONE;
    }

    /** A change of score with its sign, "+0.8", "-0.6", or "0.0" for none. */
    public static String change(double value) {
        if (!Double.isFinite(value)) {
            return NONE;
        }
        return value == 0 ? "0.0" : String.format(Locale.ROOT, "%+.1f", value);
    }

    /**
     * {@code now - before} as the decimals they print as: 5.4 after 4.6 is 0.8, not
     * 0.8000000000000007. Not finite when either is not.
     */
    public static double difference(double now, double before) {
        if (!Double.isFinite(now) || !Double.isFinite(before)) {
            return Double.NaN;
        }
        return new BigDecimal(Double.toString(now)).subtract(new BigDecimal(Double.toString(before))).doubleValue();
    }

    /** A share 0..1 as a whole percentage: 0.875 is "88%". */
    public static String percent(double share) {
        return Double.isFinite(share) ? String.format(Locale.ROOT, "%.0f%%", share * 100) : NONE;
    }

    /** People, with thousands separators. */
    public static String count(Long value) {
        return value == null ? NONE : String.format(Locale.ROOT, "%,d", value);
    }

    /**
     * An indicator value exactly as the engine holds it, without float noise or exponent
     * ("11000", "5.3", "0.25"), so an analyst can compare it with the workbook cell.
     */
    public static String exact(double value) {
        if (!Double.isFinite(value)) {
            return NONE;
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
