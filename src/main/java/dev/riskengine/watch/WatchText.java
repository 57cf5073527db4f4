package dev.riskengine.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.riskengine.model.ContributionRecord;
import dev.riskengine.model.Dimension;
import dev.riskengine.model.RunComparison;
import dev.riskengine.report.Plural;
import dev.riskengine.report.ShownText;
import dev.riskengine.report.UnitNoun;
import dev.riskengine.ruletest.CaseResult;
import dev.riskengine.ruletest.RuleTestSuite;

/**
 * Short terminal text for watch mode: one heading line per change, the failing cases one line
 * each, then per country that moved its score, band and dimensions with the contributions that
 * moved ({@code +} added, {@code -} removed, {@code ~} changed), each naming its rule.
 */
public final class WatchText {
    private static final int MAX_FILES_NAMED = 3;

    private WatchText() {
    }

    /** E.g. {@code 40 rules in 4 files, 22/22 cases pass, 11 countries assessed for 2016 (174 ms)}. */
    public static String state(Reassessment.Assessed a) {
        RuleTestSuite.Result tests = a.tests();
        long passed = tests.cases().size() - tests.failed();
        String cases = tests.cases().size() + tests.problems().size() == 0 ? "no cases"
                : passed + "/" + tests.cases().size() + " cases pass"
                + (tests.problems().isEmpty() ? "" : ", " + tests.problems().size() + " case file problems");
        return String.format(Locale.ROOT, "%s in %s, %s, %s assessed for %d (%d ms)",
                Plural.of(a.rules(), "rule", "rules"), Plural.of(a.ruleFiles(), "file", "files"), cases,
                UnitNoun.of(a.assessment()).count(a.assessment().countries().size()), a.assessment().year(), a.millis());
    }

    /** The failing cases and case-file problems, one line each. */
    public static List<String> testLines(RuleTestSuite.Result tests) {
        List<String> lines = new ArrayList<>();
        tests.problems().forEach(p -> lines.add("  " + p));
        for (CaseResult c : tests.cases()) {
            if (!c.passed()) {
                String first = c.failures().get(0).message();
                int more = c.failures().size() - 1;
                lines.add("  FAIL " + c.testCase().where() + "  " + c.testCase().name() + ": " + first
                        + (more > 0 ? " (+" + more + " more: ./risk rules test)" : ""));
            }
        }
        return lines;
    }

    public static List<String> brokenLines(Reassessment.Broken broken) {
        List<String> lines = new ArrayList<>();
        broken.problems().forEach(p -> lines.add("  " + p));
        lines.add("  " + broken.what() + ": still watching; changes are shown against the last good result.");
        return lines;
    }

    /** What moved per country, and a last line counting them. */
    public static List<String> changeLines(List<RunComparison.CountryChange> changes) {
        List<String> lines = new ArrayList<>();
        if (changes.isEmpty()) {
            lines.add("  No score, band or contribution moved.");
            return lines;
        }
        int width = changes.stream().mapToInt(c -> label(c).length()).max().orElse(3);
        for (RunComparison.CountryChange c : changes) {
            lines.add("  " + pad(label(c), width) + "  " + headline(c));
            for (RunComparison.ContributionChange m : c.contributions()) {
                lines.add("  " + " ".repeat(width) + "  " + contribution(m));
            }
        }
        long bands = changes.stream().filter(RunComparison.CountryChange::bandChanged).count();
        long scores = changes.stream().filter(RunComparison.CountryChange::scoreChanged).count();
        lines.add(String.format(Locale.ROOT, "  %d %s moved, %d %s changed.", scores,
                scores == 1 ? "score" : "scores", bands, bands == 1 ? "band" : "bands"));
        return lines;
    }

    public static String changedFiles(java.util.Set<java.nio.file.Path> files) {
        List<String> names = files.stream().map(f -> f.getFileName().toString()).distinct().sorted().toList();
        String shown = String.join(", ", names.subList(0, Math.min(MAX_FILES_NAMED, names.size())));
        return names.size() > MAX_FILES_NAMED ? shown + " and " + (names.size() - MAX_FILES_NAMED) + " more" : shown;
    }

    private static String label(RunComparison.CountryChange c) {
        return c.iso3() + (c.name() == null || c.name().equals(c.iso3()) ? ""
                : " " + ShownText.shortened(c.name(), ShownText.LONGEST_NAME));
    }

    private static String headline(RunComparison.CountryChange c) {
        if (!c.assessedBefore()) {
            return "new: score " + one(c.scoreOrNaN()) + ", band " + c.band();
        }
        if (!c.assessedNow()) {
            return "no longer in the workbook";
        }
        StringBuilder text = new StringBuilder();
        text.append("score ").append(moved(c.scoreBeforeOrNaN(), c.scoreOrNaN()));
        text.append("  band ").append(c.bandChanged() ? c.bandBefore() + " -> " + c.band() : c.band());
        for (Map.Entry<Dimension, double[]> d : c.dimensionChanges().entrySet()) {
            text.append("  ").append(d.getKey()).append(' ').append(moved(d.getValue()[0], d.getValue()[1]));
        }
        return text.toString();
    }

    /** {@code + THREAT  +2.00  rule: reason}; a changed one shows its points before and after. */
    private static String contribution(RunComparison.ContributionChange m) {
        ContributionRecord c = m.either();
        String marker = switch (m.change()) {
            case ADDED -> "+";
            case REMOVED -> "-";
            case CHANGED -> "~";
        };
        // A contribution is "changed" only when its points changed (model.ContributionMatcher).
        String points = m.change() == RunComparison.Change.CHANGED
                ? signed(m.before().points()) + " -> " + signed(m.after().points())
                : signed(c.points());
        return String.format(Locale.ROOT, "%s %-13s %s  %s: %s", marker, c.dimension(), points, c.rule(), c.reason());
    }

    private static String moved(double before, double after) {
        return Double.compare(before, after) == 0 ? one(after) : one(before) + " -> " + one(after);
    }

    /** One decimal; "none" for a unit without a score (insufficient data). */
    private static String one(double value) {
        return Double.isNaN(value) ? "none" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String signed(double value) {
        return String.format(Locale.ROOT, "%+.2f", value);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
