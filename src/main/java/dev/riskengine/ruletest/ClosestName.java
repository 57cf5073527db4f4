package dev.riskengine.ruletest;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

/** "did you mean" for a misspelt rule name: the existing name at the smallest edit distance. */
final class ClosestName {
    private ClosestName() {
    }

    static String suggestion(String name, Collection<String> names) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return names.stream()
                .min(Comparator.comparingInt(n -> distance(wanted, n.toLowerCase(Locale.ROOT))))
                .filter(n -> distance(wanted, n.toLowerCase(Locale.ROOT)) <= Math.max(3, name.length() / 4))
                .map(n -> "; did you mean \"" + n + "\"?")
                .orElse("");
    }

    /** Levenshtein distance with two rows. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
