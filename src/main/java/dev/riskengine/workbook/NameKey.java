package dev.riskengine.workbook;

import java.util.Locale;

/**
 * A sheet or header name as it is matched: case-insensitive, with surrounding and repeated inner
 * spaces (including non-breaking ones, which Excel users paste in unknowingly) ignored.
 */
record NameKey(String key) {

    static NameKey of(String raw) {
        String text = raw == null ? "" : raw;
        return new NameKey(singleSpaced(text).trim().toLowerCase(Locale.ROOT));
    }

    /**
     * Every run of spaces ({@link NumberText#isSpace}) as one plain space. Headers are looked up
     * for every row, so the common case (nothing to replace) returns the text itself unchanged.
     */
    private static String singleSpaced(String text) {
        StringBuilder result = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!NumberText.isSpace(c)) {
                if (result != null) {
                    result.append(c);
                }
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && NumberText.isSpace(text.charAt(end))) {
                end++;
            }
            if (result == null && (c != ' ' || end - i > 1)) {
                result = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (result != null) {
                result.append(' ');
            }
            i = end;
        }
        return result == null ? text : result.toString();
    }

    boolean isBlank() {
        return key.isEmpty();
    }
}
