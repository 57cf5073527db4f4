package dev.riskengine.workbook;

import java.math.BigDecimal;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers typed as text, as analysts copy them from reports: {@code 1,200}, {@code 1 200} with a
 * non-breaking or thin space. A comma always groups thousands, never marks decimals: {@code 5,3}
 * is rejected rather than silently read as 53 or 5.3.
 */
final class NumberText {

    /** Group separators: comma, no-break space, figure space, thin space, narrow no-break space. */
    static final String SEPARATORS = ",\\u00A0\\u2007\\u2009\\u202F";

    /** One number, without sign handling of its own so that ranges can reuse it. */
    static final String UNSIGNED = "(?:\\d{1,3}(?:[" + SEPARATORS + "]\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+";

    /** A number with an optional leading minus (hyphen or the typographic minus sign). */
    static final String SIGNED = "[-\\u2212]?(?:" + UNSIGNED + ")";

    private static final Pattern WHOLE = Pattern.compile(SIGNED);

    private NumberText() {
    }

    static OptionalDouble parse(String text) {
        String trimmed = trim(text);
        Matcher matcher = WHOLE.matcher(trimmed);
        return matcher.matches() ? OptionalDouble.of(toDouble(trimmed)) : OptionalDouble.empty();
    }

    /** Reads one matched number; the caller has already checked it against {@link #SIGNED}. */
    static double toDouble(String matched) {
        String plain = matched.replaceAll("[" + SEPARATORS + "]", "").replace('\u2212', '-');
        return Double.parseDouble(plain);
    }

    /** Strips spaces including the non-breaking ones that {@link String#strip()} keeps. */
    static String trim(String text) {
        return text.replaceAll("^[\\p{Z}\\s]+|[\\p{Z}\\s]+$", "");
    }

    /** A number as an analyst would type it: 6000, not 6000.0 or 6E3. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
