package dev.riskengine.ruletest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An expected number or span of numbers, written in a case as {@code 4.9} or {@code 4.5-5.0}
 * (both ends included). Scores are rounded to tenths by the rules, so a point expectation is exact.
 */
public record ValueRange(double low, double high) {
    private static final String NUMBER = "(-?\\d+(?:\\.\\d+)?)";
    private static final Pattern POINT = Pattern.compile("\\s*" + NUMBER + "\\s*");
    private static final Pattern SPAN = Pattern.compile("\\s*" + NUMBER + "\\s*(?:-|\\u2013|to)\\s*" + NUMBER + "\\s*");
    /** Only floating-point noise is tolerated at the ends: 0.1 + 0.2 must meet an expected 0.3. */
    private static final double NOISE = 1e-9;

    public static ValueRange point(double value) {
        return new ValueRange(value, value);
    }

    /** Reads {@code 4.9}, {@code 4.5-5.0}, {@code 4.5 to 5} or {@code -2--1}; empty message when fine. */
    static ValueRange parse(String text) throws IllegalArgumentException {
        Matcher m;
        if ((m = POINT.matcher(text)).matches()) {
            return point(Double.parseDouble(m.group(1)));
        }
        if ((m = SPAN.matcher(text)).matches()) {
            double low = Double.parseDouble(m.group(1));
            double high = Double.parseDouble(m.group(2));
            if (low > high) {
                throw new IllegalArgumentException("found \"" + text + "\", a range whose low end is above its high end;"
                        + " expected low-high, such as " + plain(high) + "-" + plain(low));
            }
            return new ValueRange(low, high);
        }
        throw new IllegalArgumentException("found \"" + text + "\", expected a number such as 4.9 or a range such as 4.5-5.0");
    }

    public boolean contains(double value) {
        return value >= low - NOISE && value <= high + NOISE;
    }

    @Override
    public String toString() {
        return low == high ? plain(low) : plain(low) + "-" + plain(high);
    }

    static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%s", value);
    }
}
