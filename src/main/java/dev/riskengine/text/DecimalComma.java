package dev.riskengine.text;

import java.util.regex.Pattern;

/**
 * A number written with a decimal comma, as European spreadsheets write it: "6,38", "-0,5",
 * "1,2345", "0,125". A comma before one, two, or four and more digits, or after a lone zero, is no
 * thousands separator, so such text is a decimal comma; "3,215" is not judged here, as it may be either.
 */
public final class DecimalComma {
    private static final Pattern WRITTEN = Pattern.compile("[-+\u2212]?(?:\\d+,(?:\\d{1,2}|\\d{4,})|0+,\\d+)");

    private DecimalComma() { }

    public static boolean writes(String text) {
        return WRITTEN.matcher(text).matches();
    }
}
