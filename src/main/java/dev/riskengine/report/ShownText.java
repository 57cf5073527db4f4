package dev.riskengine.report;

/**
 * Input text (names, codes, sheet names, indicator text) made safe to show where a person reads
 * it: the console and Markdown. A terminal obeys control characters: {@code ESC [31m} turns the
 * text red, others move the cursor, rewrite the title or the clipboard, and a bidirectional
 * override reverses what follows. Each is shown as its code instead ({@code \x1b},
 * {@code \u202e}), so what the workbook holds is what the reader sees. Every console line passes
 * through {@link #inert} (the CLI's writers) and every Markdown text through {@code SummaryMarkdown.escape}.
 */
public final class ShownText {
    /** Long enough for any country or unit name in use ("The United Kingdom of Great Britain and Northern Ireland" is 56). */
    public static final int LONGEST_NAME = 60;

    private ShownText() {
    }

    /** The text with every control character but tab and line breaks shown as its code. */
    public static String inert(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n');
            if (isControl(c) && c != '\t' && !lineBreak) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(code(c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * C0 and C1 controls, DEL, and the invisible characters that reorder or hide text (bidirectional
     * embeddings, overrides and isolates).
     */
    public static boolean isControl(char c) {
        return Character.isISOControl(c) || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }

    /** {@code \x1b} for a C0 or C1 control or DEL, {@code \u202e} for the others. */
    public static String code(char c) {
        return c <= 0xff ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c);
    }

    /** The text cut to {@code max} characters with an ellipsis, never inside a surrogate pair. */
    public static String shortened(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
