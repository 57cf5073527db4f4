package dev.riskengine.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides which of a country's contributions appeared, disappeared or changed between two
 * assessments. The one matcher behind both the run comparison ({@code --compare-to}, the previous
 * run) and watch mode, so both call the same things changed.
 * <p>
 * Contributions are matched by rule, file and dimension; where a rule fired more than once for a
 * country (spillover from each neighbour), by reason too, then in order. Same points is no change,
 * even if the reason's wording moved with its input or its rule.
 */
public final class ContributionMatcher {

    /** One contribution that moved: {@code before} null when it appeared, {@code after} null when it disappeared. */
    public record Match(ContributionRecord before, ContributionRecord after) {
        public boolean appeared() {
            return before == null;
        }

        public boolean disappeared() {
            return after == null;
        }
    }

    private ContributionMatcher() {
    }

    /** The changed and appeared contributions in the order of {@code after}, then the disappeared ones. */
    public static List<Match> changes(List<ContributionRecord> before, List<ContributionRecord> after) {
        Map<List<Object>, List<ContributionRecord>> unmatchedBefore = new LinkedHashMap<>();
        before.forEach(c -> unmatchedBefore.computeIfAbsent(key(c), k -> new ArrayList<>()).add(c));
        List<ContributionRecord> unmatchedAfter = new ArrayList<>();
        List<Match> changes = new ArrayList<>();
        // first pass: same rule and same reason
        for (ContributionRecord now : after) {
            ContributionRecord then = take(unmatchedBefore.get(key(now)), now.reason());
            if (then == null) {
                unmatchedAfter.add(now);
            } else if (Double.compare(then.points(), now.points()) != 0) {
                changes.add(new Match(then, now));
            }
        }
        // second pass: same rule, reason reworded
        for (ContributionRecord now : unmatchedAfter) {
            ContributionRecord then = take(unmatchedBefore.get(key(now)), null);
            if (then == null) {
                changes.add(new Match(null, now));
            } else if (Double.compare(then.points(), now.points()) != 0) {
                changes.add(new Match(then, now));
            }
        }
        unmatchedBefore.values().forEach(left -> left.forEach(then -> changes.add(new Match(then, null))));
        return List.copyOf(changes);
    }

    private static List<Object> key(ContributionRecord c) {
        return Arrays.asList(c.file(), c.rule(), c.dimension());
    }

    /** Removes and returns the first candidate with that reason (any reason when null), or null. */
    private static ContributionRecord take(List<ContributionRecord> candidates, String reason) {
        if (candidates == null) {
            return null;
        }
        for (Iterator<ContributionRecord> it = candidates.iterator(); it.hasNext(); ) {
            ContributionRecord candidate = it.next();
            if (reason == null || Objects.equals(candidate.reason(), reason)) {
                it.remove();
                return candidate;
            }
        }
        return null;
    }
}
