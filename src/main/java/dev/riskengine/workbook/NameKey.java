package dev.riskengine.workbook;

import java.util.Locale;

/**
 * A sheet or header name as it is matched: case-insensitive, with surrounding and repeated inner
 * spaces (including non-breaking ones, which Excel users paste in unknowingly) ignored.
 */
record NameKey(String key) {

    static NameKey of(String raw) {
        String text = raw == null ? "" : raw;
        return new NameKey(text.replaceAll("[\\p{Z}\\s]+", " ").trim().toLowerCase(Locale.ROOT));
    }

    boolean isBlank() {
        return key.isEmpty();
    }
}
