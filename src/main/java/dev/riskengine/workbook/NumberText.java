package dev.riskengine.workbook;

import java.math.BigDecimal;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers typed as text, as analysts copy them from reports: {@code 1,200}, {@code 1 200} with a
 * non-breaking or thin space. A comma groups thousands, never marks decimals: {@code 5,3} and
 * {@code 0,125} are rejected rather than silently read as 53 or 125 (or as 5.3 and 0.125); the
 * reading of {@code 1,200}, which may be either, is warned about by {@link PlausibilityCheck}.
 */
final class NumberText {

    /** Group separators: comma, no-break space, figure space, thin space, narrow no-break space. */
    static final String SEPARATORS = ",\\u00A0\\u2007\\u2009\\u202F";

    /**
     * One number, without sign handling of its own so that ranges can reuse it. A first group of
     * thousands starts with 1 to 9: "0,125" groups nothing, it is a decimal comma, and read as
     * grouped it would be 125, a thousand times the figure typed.
     */
    static final String UNSIGNED = "(?:[1-9]\\d{0,2}(?:[" + SEPARATORS + "]\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+";

    /** A number with an optional leading minus (hyphen or the typographic minus sign). */
    static final String SIGNED = "[-\\u2212]?(?:" + UNSIGNED + ")";

    private static final Pattern WHOLE = Pattern.compile(SIGNED);

    private NumberText() {
    }

    static OptionalDouble parse(String text) {
        String trimmed = trim(text);
        Matcher matcher = WHOLE.matcher(trimmed);
        if (!matcher.matches()) {
            return OptionalDouble.empty();
        }
        double value = toDouble(trimmed);
        // Three hundred and nine digits or more overflow to infinity: too long to be a figure.
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /**
     * Reads one matched number; the caller has already checked it against {@link #SIGNED}. A loop
     * rather than a regular expression: this runs for every number typed as text in a workbook.
     */
    static double toDouble(String matched) {
        StringBuilder plain = new StringBuilder(matched.length());
        for (int i = 0; i < matched.length(); i++) {
            char c = matched.charAt(i);
            if (c == '\u2212') {
                plain.append('-');
            } else if (!isSeparator(c)) {
                plain.append(c);
            }
        }
        // + 0.0 turns "-0" into 0: a zero typed with a sign is no other number, and -0.0 would be
        // shown as such in scores.json and the reports
        return Double.parseDouble(plain.toString()) + 0.0;
    }

    /** One of {@link #SEPARATORS}. */
    private static boolean isSeparator(char c) {
        return c == ',' || c == '\u00A0' || c == '\u2007' || c == '\u2009' || c == '\u202F';
    }

    /**
     * Strips spaces including the non-breaking ones that {@link String#strip()} keeps: what the
     * pattern {@code [\p{Z}\s]} matches, checked without one since every text cell passes here.
     * Returns the text itself when there is nothing to strip.
     */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** A character of {@code [\p{Z}\s]}: a Unicode separator (spaces, line and paragraph separators) or an ASCII white space. */
    static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
        }
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** A number as an analyst would type it: 6000, not 6000.0 or 6E3. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
