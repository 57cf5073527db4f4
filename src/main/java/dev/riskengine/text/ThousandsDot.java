package dev.riskengine.text;

import java.util.regex.Pattern;

/**
 * A number with a dot before exactly three digits, after one to three digits not starting with 0:
 * "1.200", "-12.500". It reads as 1.2 with a decimal point, but means 1200 where a dot groups
 * thousands, as European spreadsheets write them; {@link DecimalComma#mayBeEither} is the same
 * doubt about a comma.
 */
public final class ThousandsDot {
    private static final Pattern EITHER = Pattern.compile("[-\u2212]?[1-9]\\d{0,2}\\.\\d{3}");

    private ThousandsDot() { }

    public static boolean mayBeEither(String text) {
        return EITHER.matcher(text).matches();
    }
}
