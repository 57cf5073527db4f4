package dev.riskengine.text;

import java.util.regex.Pattern;

/**
 * A number written with a decimal comma, as European spreadsheets write it: "6,38", "-0,5",
 * "1,2345", "0,125". A comma before one, two, or four and more digits, or after a lone zero, is no
 * thousands separator, so such text is a decimal comma; "3,215" may be either ({@link #mayBeEither}).
 */
public final class DecimalComma {
    private static final Pattern WRITTEN = Pattern.compile("[-+\u2212]?(?:\\d+,(?:\\d{1,2}|\\d{4,})|0+,\\d+)");
    /** One comma before exactly three digits, after one to three digits not starting with 0. */
    private static final Pattern EITHER = Pattern.compile("[-\u2212]?[1-9]\\d{0,2},\\d{3}");

    private DecimalComma() { }

    public static boolean writes(String text) {
        return WRITTEN.matcher(text).matches();
    }

    /**
     * "3,215", "-1,200": 3215 where the comma groups thousands, 3.215 where it marks decimals;
     * "1,200,000" and "1,200.5" can only be thousands. Read as thousands, such text is worth saying so.
     */
    public static boolean mayBeEither(String text) {
        return EITHER.matcher(text).matches();
    }
}
