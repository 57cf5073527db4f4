package dev.riskengine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.riskengine.model.PastRun;
import dev.riskengine.model.RunComparison;

/**
 * The words every report uses to say what changed since the run compared with, as plain text;
 * each writer escapes them for its format and lays them out.
 */
public final class ComparisonText {

    private ComparisonText() {
    }

    /** "Compared with run X (year 2016): 2 of 11 countries changed, 1 band rose; input workbook changed; 1 rule file changed." */
    public static String headline(RunComparison comparison) {
        if (!comparison.hasPrevious()) {
            return capitalised(comparison.note()) + ".";
        }
        long changed = comparison.changedCountries().size();
        long rose = comparison.countries().stream().filter(RunComparison.CountryChange::bandRose).count();
        long fell = comparison.countries().stream().filter(RunComparison.CountryChange::bandFell).count();
        StringBuilder text = new StringBuilder("Compared with run ").append(comparison.previousRunId())
                .append(java.util.Objects.equals(comparison.previousYear(), comparison.year())
                        ? " (year " + comparison.previousYear() + "): "
                        : ", which assessed " + comparison.previousYear() + " (this run: " + comparison.year() + "): ")
                .append(changed).append(" of ")
                .append(UnitNoun.of(comparison.unitCodes()).count(comparison.units()))
                .append(" changed");
        if (rose > 0 || fell > 0) {
            text.append(", ").append(rose).append(rose == 1 ? " band rose, " : " bands rose, ")
                    .append(fell).append(" fell");
        }
        text.append("; input workbook ").append(comparison.inputChanged() ? "changed" : "unchanged").append("; ");
        int ruleChanges = comparison.ruleFiles().size();
        text.append(ruleChanges == 0 ? "rule files unchanged" : ruleChanges + (ruleChanges == 1 ? " rule file" : " rule files")
                + " changed").append('.');
        return text.toString();
    }

    /** "4.2 → 5.3 (+1.1)", "new: 5.3", "gone (was 4.2)". */
    public static String score(RunComparison.CountryChange c) {
        if (!c.assessedBefore()) {
            return "new: " + scoreOrState(c.score(), c.band());
        }
        if (!c.assessedNow()) {
            return "no longer assessed (was " + scoreOrState(c.scoreBefore(), c.bandBefore()) + ")";
        }
        if (c.scoreBefore() == null || c.score() == null) {
            // became, stopped being or stayed a unit with insufficient data: no score to subtract
            return scoreOrState(c.scoreBefore(), c.bandBefore()) + " → " + scoreOrState(c.score(), c.band());
        }
        return NumberText.score(c.scoreBefore()) + " → " + NumberText.score(c.score()) + " (" + delta(c.scoreChange()) + ")";
    }

    /** The score, or for a unit without one its state ("Insufficient data"). */
    public static String scoreOrState(Double score, String band) {
        return score == null ? String.valueOf(band) : NumberText.score(score);
    }

    /** A score change with its sign; two decimals when one would hide a real change as "+0.0". */
    public static String delta(double change) {
        String oneDecimal = String.format(Locale.ROOT, "%+.1f", change);
        boolean hidden = change != 0 && Math.abs(change) < 0.05;
        return hidden ? String.format(Locale.ROOT, "%+.2f", change) : change == 0 ? "±0.0" : oneDecimal;
    }

    /** "Medium → High (rose)", "High (same)", or the one band there is. */
    public static String band(RunComparison.CountryChange c) {
        if (c.bandBefore() == null) {
            return String.valueOf(c.band());
        }
        if (c.band() == null) {
            return "was " + c.bandBefore();
        }
        if (c.bandRose() || c.bandFell()) {
            return c.bandBefore() + " → " + c.band() + (c.bandRose() ? " (rose)" : " (fell)");
        }
        if (!c.band().equals(c.bandBefore())) {
            return c.bandBefore() + " → " + c.band(); // to or from "Insufficient data": neither a rise nor a fall
        }
        return c.band() + " (same)";
    }

    /** "terrorist_attacks Indicators!F3: 40 → 90", "...: blank → 90", "...: 40 → blank". */
    public static String cell(RunComparison.CellChange change) {
        return change.code() + " " + (change.cell() == null ? "" : change.cell()) + ": "
                + reading(change.before()) + " → " + reading(change.after());
    }

    public static String reading(PastRun.Reading reading) {
        if (reading == null) {
            return "blank";
        }
        String value = NumberText.exact(reading.value());
        if (Double.compare(reading.low(), reading.high()) == 0) {
            return value;
        }
        return value + " (" + NumberText.exact(reading.low()) + "-" + NumberText.exact(reading.high()) + ")";
    }

    /** "appeared", "disappeared", "changed". */
    public static String verb(RunComparison.ContributionChange change) {
        return switch (change.change()) {
            case ADDED -> "appeared";
            case REMOVED -> "disappeared";
            case CHANGED -> "changed";
        };
    }

    /** "+1.0 → +3.0", "+2.0" (appeared), "was +1.0" (disappeared). */
    public static String points(RunComparison.ContributionChange change) {
        if (change.pointsBefore() == null) {
            return NumberText.points(change.points());
        }
        if (change.points() == null) {
            return "was " + NumberText.points(change.pointsBefore());
        }
        return NumberText.points(change.pointsBefore()) + " → " + NumberText.points(change.points());
    }

    /** "threat.drl changed (SHA-256 1a2b3c4d… → 5e6f7a8b…)". */
    public static String ruleFile(RunComparison.RuleFileChange change) {
        List<String> hashes = new ArrayList<>();
        if (change.sha256Before() != null) {
            hashes.add(shortHash(change.sha256Before()));
        }
        if (change.sha256After() != null) {
            hashes.add(shortHash(change.sha256After()));
        }
        return change.file() + " " + change.change().word() + " (SHA-256 " + String.join(" → ", hashes) + ")";
    }

    /** Why a changed country lists no cell or contribution, if so. */
    public static java.util.Optional<String> unexplained(RunComparison.CountryChange c) {
        if (!c.assessedBefore()) {
            return java.util.Optional.of("not assessed in the earlier run");
        }
        if (!c.assessedNow()) {
            return java.util.Optional.of("not assessed in this run");
        }
        if (c.cells().isEmpty() && c.contributions().isEmpty()) {
            return java.util.Optional.of("no input value or contribution changed: the scoring rules did");
        }
        return java.util.Optional.empty();
    }

    public static String shortHash(String sha256) {
        return sha256.length() > 12 ? sha256.substring(0, 12) + "…" : sha256;
    }

    private static String capitalised(String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
