package dev.riskengine.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Names close to a misspelt one (a rule name, an indicator code, a YAML key: for "did you mean"), by Levenshtein distance. */
public final class CloseNames {

    private CloseNames() { }

    /** Up to five names, closest first: within a few edits, containing what was typed, or sharing a long word with it. */
    public static List<String> to(String wanted, Collection<String> names) {
        String lower = wanted.toLowerCase(Locale.ROOT);
        return names.stream()
                .filter(n -> distance(lower, n.toLowerCase(Locale.ROOT)) <= Math.max(3, wanted.length() / 3)
                        || n.toLowerCase(Locale.ROOT).contains(lower) || sharesAWord(lower, n.toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparingInt((String n) -> distance(lower, n.toLowerCase(Locale.ROOT))))
                .limit(5)
                .toList();
    }

    /** {@code ; did you mean "coastline_km"?} for the closest name, or nothing when no name is close. */
    public static String didYouMean(String wanted, Collection<String> names) {
        return to(wanted, names).stream().findFirst().map(n -> "; did you mean \"" + n + "\"?").orElse("");
    }

    private static boolean sharesAWord(String a, String b) {
        for (String word : a.split("\\W+")) {
            if (word.length() >= 5 && b.contains(word)) {
                return true;
            }
        }
        return false;
    }

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
