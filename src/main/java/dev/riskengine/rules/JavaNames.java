package dev.riskengine.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The dotted names in a piece of Java or MVEL code ({@code System.exit}, {@code java.io.File},
 * {@code x.getClass.getMethod}), each with its offset, skipping string and character literals
 * and comments, so that a rule's reason text may mention "Runtime" without being refused.
 * Method calls and parentheses between the parts of a chain are kept out: {@code
 * Runtime.getRuntime().exec("x")} gives {@code Runtime.getRuntime} and {@code .exec}.
 */
final class JavaNames {

    /** A dotted name and the offset of its first character in the scanned text. */
    record Name(String text, int offset) { }

    private JavaNames() { }

    static List<Name> in(String code) {
        List<Name> names = new ArrayList<>();
        int i = 0;
        int n = code.length();
        StringBuilder chain = null;
        int chainStart = 0;
        boolean afterDot = false;
        while (i < n) {
            char ch = code.charAt(i);
            if (ch == '/' && i + 1 < n && code.charAt(i + 1) == '/') {
                i = skipTo(code, i, "\n");
            } else if (ch == '/' && i + 1 < n && code.charAt(i + 1) == '*') {
                i = skipTo(code, i + 2, "*/");
            } else if (ch == '"' || ch == '\'') {
                i = skipLiteral(code, i, ch);
                chain = flush(names, chain, chainStart);
            } else if (Character.isJavaIdentifierStart(ch)) {
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(code.charAt(i))) {
                    i++;
                }
                String word = code.substring(start, i);
                if (chain != null && afterDot) {
                    chain.append('.').append(word);
                } else {
                    chain = flush(names, chain, chainStart);
                    chain = new StringBuilder(afterDot ? "." + word : word);
                    chainStart = start;
                }
                afterDot = false;
                continue;
            } else if (ch == '.') {
                afterDot = true;
                i++;
                continue;
            } else if (!Character.isWhitespace(ch)) {
                chain = flush(names, chain, chainStart);
                afterDot = false;
            }
            i++;
        }
        flush(names, chain, chainStart);
        return names;
    }

    private static StringBuilder flush(List<Name> names, StringBuilder chain, int start) {
        if (chain != null) {
            names.add(new Name(chain.toString(), start));
        }
        return null;
    }

    private static int skipTo(String code, int from, String end) {
        int at = code.indexOf(end, from);
        return at < 0 ? code.length() : at + end.length();
    }

    private static int skipLiteral(String code, int from, char quote) {
        int i = from + 1;
        while (i < code.length()) {
            char ch = code.charAt(i);
            if (ch == '\\') {
                i += 2;
            } else if (ch == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return i;
    }
}
