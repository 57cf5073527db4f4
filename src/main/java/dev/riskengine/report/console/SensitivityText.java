package dev.riskengine.report.console;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import dev.riskengine.model.RankSensitivity;
import dev.riskengine.model.RankSensitivity.RuleInfluence;
import dev.riskengine.model.RankSensitivity.UnitRanks;
import dev.riskengine.report.NumberText;
import dev.riskengine.report.ShownText;

/** What {@code risk sensitivity} prints: the ranks and band shares over the draws, then the rules that move them most. */
public final class SensitivityText {
    /** Units and rules the console lists; the files written hold every one. */
    private static final int LISTED = 30;
    private static final int RULES_LISTED = 10;
    private static final int LONGEST_RULE = 58;

    private SensitivityText() {
    }

    public static String of(RankSensitivity s, String inputFile, Path folder, long elapsedMillis) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Sensitivity of the %d ranking of %s to the rules' points: %,d draws "
                        + "(seed %d), each rule's points times its own factor, uniform from %.2f to %.2f.%n%n",
                s.year(), inputFile, s.draws(), s.seed(), 1 - s.spread(), 1 + s.spread()));
        units(text, s);
        text.append(String.format(Locale.ROOT, "%nRank: with the points as written. P5-P95: nine draws in ten ranked "
                + "the unit within this range. Band columns: share of draws in that band.%n"));
        if (!s.insufficient().isEmpty()) {
            text.append(String.format(Locale.ROOT, "Not ranked (too little evidence): %s%n",
                    String.join(", ", s.insufficient().subList(0, Math.min(LISTED, s.insufficient().size())))
                            + (s.insufficient().size() > LISTED ? " ..." : "")));
        }
        rules(text, s);
        text.append(String.format(Locale.ROOT, "%nReports: %s%nDone in %.1f s.%n", folder, elapsedMillis / 1000.0));
        return text.toString();
    }

    private static void units(StringBuilder text, RankSensitivity s) {
        List<UnitRanks> listed = s.units().subList(0, Math.min(LISTED, s.units().size()));
        int bandWidth = Math.max(9, listed.stream().mapToInt(u -> u.band().length()).max().orElse(9));
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%4s  %-5s %5s  %-" + bandWidth + "s  %7s",
                "Rank", "Unit", "Score", "Band", "P5-P95"));
        s.bands().forEach(band -> header.append(String.format(Locale.ROOT, "  %" + Math.max(4, band.length()) + "s", band)));
        text.append(header).append(System.lineSeparator());
        for (UnitRanks unit : listed) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%4d  %-5s %5s  %-" + bandWidth + "s  %7s",
                    unit.rank(), ShownText.shortened(unit.iso3(), 5), NumberText.score(unit.score()), unit.band(),
                    unit.rankP5() == unit.rankP95() ? String.valueOf(unit.rankP5()) : unit.rankP5() + "-" + unit.rankP95()));
            s.bands().forEach(band -> row.append(String.format(Locale.ROOT, "  %" + Math.max(4, band.length()) + "s",
                    NumberText.percent(unit.probabilityOf(band)))));
            text.append(row).append(System.lineSeparator());
        }
        if (s.units().size() > LISTED) {
            text.append(String.format(Locale.ROOT, "... and %,d more units (sensitivity.json).%n", s.units().size() - LISTED));
        }
    }

    private static void rules(StringBuilder text, RankSensitivity s) {
        if (s.rules().isEmpty()) {
            text.append(String.format(Locale.ROOT, "%nNo rule gave points.%n"));
            return;
        }
        if (s.rules().stream().allMatch(rule -> rule.mostMoved() == null)) {
            // Every rule at 0.0 % would read as a finding; with no rank moved there is nothing to share out.
            text.append(String.format(Locale.ROOT, "%nNo unit's rank moved in any draw, so no rule moved the ranking.%n"));
            return;
        }
        text.append(String.format(Locale.ROOT, "%nRules whose points move the ranking most (share of rank movement "
                + "explained, mean over the units whose rank moved; chance alone gives about %.1f %%):%n",
                100.0 / s.draws()));
        for (RuleInfluence rule : s.rules().subList(0, Math.min(RULES_LISTED, s.rules().size()))) {
            text.append(String.format(Locale.ROOT, "  %5.1f %%  %s (%s)%s%n", rule.rankShare() * 100,
                    ShownText.shortened(rule.rule(), LONGEST_RULE), rule.file(), rule.mostMoved() == null ? ""
                            : String.format(Locale.ROOT, ": moves %s most, %s (rho %.2f)", rule.mostMoved(),
                            rule.rho() < 0 ? "up with more points" : "down with more points", rule.rho())));
        }
        if (s.rules().size() > RULES_LISTED) {
            text.append(String.format(Locale.ROOT, "  and %d more rules (sensitivity.json).%n", s.rules().size() - RULES_LISTED));
        }
    }
}
