package dev.riskengine.report.console;

import dev.riskengine.report.CountryName;
import dev.riskengine.report.DrawnScore;
import dev.riskengine.report.Listing;
import dev.riskengine.report.Plural;
import dev.riskengine.report.UnitNoun;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.ContributionRecord;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.DataIssue;
import dev.riskengine.model.Dimension;
import dev.riskengine.model.Indicator;
import dev.riskengine.model.InsufficientEvidence;
import dev.riskengine.model.RunMetadata;

/** Short, plain-text views for the terminal: the ranking after a run, and one country explained. */
public final class ConsoleText {
    private ConsoleText() { }

    private static final int CONSOLE_TOP = 20;
    /** Units with insufficient data whose reasons the console names; the reports name every one. */
    private static final int INSUFFICIENT_LISTED = 5;
    /** Warnings about used values that the console names; the reports list every warning. */
    private static final int DOUBTS_LISTED = 5;

    public static String runSummary(Assessment assessment, RunMetadata run, Path folder, long elapsedMillis) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Assessed %s for %d from %s with %s in %s.%n%n",
                UnitNoun.of(assessment).count(assessment.countries().size()), assessment.year(), run.inputFile(),
                Plural.of(run.counts().getOrDefault("rules", 0), "rule", "rules"),
                Plural.of(run.ruleFiles().size(), "file", "files")));
        if (Listing.of(assessment).isLarge()) {
            // Thousands of lines would scroll the summary away; the reports hold every unit.
            text.append(ranking(assessment.countries().subList(0, CONSOLE_TOP)));
            text.append(String.format(Locale.ROOT, "... and %,d more units (summary.xlsx, scores.json).%n",
                    assessment.countries().size() - CONSOLE_TOP));
            // They rank last, so the top rows never show them: say how many there are.
            long unscored = assessment.countries().stream().filter(c -> !c.scored()).count();
            if (unscored > 0) {
                text.append(String.format(Locale.ROOT, "%,d units have %s: no score or rank (the reasons are in "
                        + "summary.xlsx and scores.json).%n", unscored,
                        InsufficientEvidence.STATE.toLowerCase(Locale.ROOT)));
            }
        } else {
            text.append(ranking(assessment.countries()));
        }
        thinnerThanTheYearBefore(assessment).ifPresent(text::append);
        long missing = assessment.dataIssues().stream().filter(i -> i.kind() == DataIssue.Kind.MISSING).count();
        long warnings = assessment.dataIssues().size() - missing;
        text.append(String.format(Locale.ROOT, "%n%s, %s (sheet \"Data issues\" of summary.xlsx).%n",
                Plural.of(missing, "missing value", "missing values"), Plural.of(warnings, "warning", "warnings")));
        valuesInDoubt(assessment, warnings).ifPresent(text::append);
        assessment.simulation().ifPresent(simulation -> text.append(DrawnScore.draws(simulation)).append(String.format(
                Locale.ROOT, " in %.1f s: P10/P50/P90 and band probabilities in every report.%n",
                run.timingsMillis().getOrDefault("simulate", 0L) / 1000.0)));
        text.append(String.format(Locale.ROOT, "Reports: %s%n", folder));
        text.append(String.format(Locale.ROOT, "Done in %.1f s (%s).%n", elapsedMillis / 1000.0, timings(run)));
        return text.toString();
    }

    /**
     * The warnings about values that this year's scores used, named one by one: "1.200" read as
     * 1.2 where it may mean 1200 can move a score a long way, and counted among a workbook's
     * notes on borders it would go unseen. A warning is about a used value when its address is the
     * cell of one of the assessed units' indicators, in the year assessed or one the trend shows.
     */
    private static Optional<String> valuesInDoubt(Assessment assessment, long warnings) {
        Map<String, DataIssue> byCell = new LinkedHashMap<>();
        assessment.dataIssues().stream().filter(issue -> issue.kind() == DataIssue.Kind.WARNING && issue.address() != null)
                .forEach(issue -> byCell.putIfAbsent(issue.address(), issue));
        if (byCell.isEmpty()) {
            return Optional.empty();
        }
        Set<String> used = new HashSet<>();
        Stream.concat(Stream.of(assessment), assessment.otherYears().stream()) // the trend's years are scores too
                .flatMap(year -> year.countries().stream())
                .forEach(c -> c.indicators().stream().map(Indicator::getCell).filter(byCell::containsKey).forEach(used::add));
        List<DataIssue> doubts = byCell.values().stream().filter(issue -> used.contains(issue.address())).toList();
        if (doubts.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Values these scores used that may not be what was meant (%d of %s):%n", doubts.size(),
                Plural.of(warnings, "warning", "warnings")));
        doubts.stream().limit(DOUBTS_LISTED).forEach(issue ->
                text.append(String.format(Locale.ROOT, "  %s: %s%n", issue.address(), issue.message())));
        if (doubts.size() > DOUBTS_LISTED) {
            text.append(String.format(Locale.ROOT, "  and %,d more (sheet \"Data issues\" of summary.xlsx).%n",
                    doubts.size() - DOUBTS_LISTED));
        }
        return Optional.of(text.toString());
    }

    /**
     * A note when fewer units have a score this year than the year before: typically the first
     * rows of a new year typed into the workbook, which the run assesses as the latest year, so a
     * scheduled run would report every other unit as "Insufficient data" without saying why.
     */
    private static Optional<String> thinnerThanTheYearBefore(Assessment assessment) {
        return assessment.previousYear().flatMap(before -> {
            long now = assessment.countries().stream().filter(CountryAssessment::scored).count();
            long then = before.countries().stream().filter(CountryAssessment::scored).count();
            UnitNoun noun = UnitNoun.of(assessment);
            return now >= then ? Optional.empty() : Optional.of(String.format(Locale.ROOT,
                    "%nNote: %d has a score for %s, %d had %d: the latest year of the workbook is assessed unless"
                            + " --year is given (--year %d assesses %d).%n", assessment.year(), noun.count(now),
                    before.year(), then, before.year(), before.year()));
        });
    }

    /** "read 812 ms, compile 1034 ms, evaluate 95 ms, write 240 ms": reading and compiling overlap. */
    private static String timings(RunMetadata run) {
        StringBuilder text = new StringBuilder();
        run.timingsMillis().forEach((stage, millis) ->
                text.append(text.length() == 0 ? "" : ", ").append(stage).append(' ').append(millis).append(" ms"));
        return text.toString();
    }

    static String ranking(List<CountryAssessment> countries) {
        int nameWidth = Math.max(7, countries.stream().mapToInt(c -> displayName(c).length()).max().orElse(7));
        int bandWidth = Math.max(10, countries.stream().mapToInt(c -> String.valueOf(c.band()).length()).max().orElse(10));
        String format = "%4s  %-" + nameWidth + "s  %-" + bandWidth + "s %5s %5s  %-9s %6s %6s %6s  %4s%n";
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, format,
                "Rank", UnitNoun.of(countries.stream().map(CountryAssessment::iso3)).heading(), "Band", "Score", "Rel.", "Range", "Threat", "Expos.", "Vuln.", "Data"));
        List<String> reasons = new java.util.ArrayList<>();
        for (CountryAssessment c : countries) {
            text.append(String.format(Locale.ROOT, format, c.scored() ? String.valueOf(c.rank()) : "-", displayName(c),
                    c.band(), one(c.score()), one(c.reliability()),
                    c.scored() ? one(c.scoreLow()) + "-" + one(c.scoreHigh()) : "-",
                    one(c.shownDimension(Dimension.THREAT)),
                    one(c.shownDimension(Dimension.EXPOSURE)), one(c.shownDimension(Dimension.VULNERABILITY)),
                    Math.round(c.completeness() * 100) + "%"));
            if (!c.scored()) {
                reasons.add(c.iso3() + ": " + String.join("; ", c.insufficientReasons()));
            }
        }
        text.append(String.format(Locale.ROOT, "%nRel.: reliability, 0-10, lower is better (missing, old, wide-ranged data).%n"));
        if (!reasons.isEmpty()) {
            text.append(String.format(Locale.ROOT, "%s, so no score or rank:%n", InsufficientEvidence.STATE));
            reasons.stream().limit(INSUFFICIENT_LISTED)
                    .forEach(reason -> text.append(String.format(Locale.ROOT, "  %s%n", reason)));
            if (reasons.size() > INSUFFICIENT_LISTED) {
                text.append(String.format(Locale.ROOT, "  and %,d more (summary.md, summary.xlsx, scores.json).%n",
                        reasons.size() - INSUFFICIENT_LISTED));
            }
        }
        return text.toString();
    }

    public static String explanation(CountryAssessment c, int year) {
        StringBuilder text = new StringBuilder();
        if (c.scored()) {
            text.append(String.format(Locale.ROOT, "%s, %d: score %s (range %s-%s), band %s, rank %d, reliability %s%n",
                    displayName(c), year, one(c.score()), one(c.scoreLow()), one(c.scoreHigh()), c.band(), c.rank(),
                    one(c.reliability())));
        } else {
            text.append(String.format(Locale.ROOT, "%s, %d: no score, %s (not ranked), reliability %s%n",
                    displayName(c), year, c.band(), one(c.reliability())));
            c.insufficientReasons().forEach(reason -> text.append("  ").append(reason).append(System.lineSeparator()));
        }
        text.append(String.format(Locale.ROOT, "Threat %s, exposure %s, vulnerability %s; data %d%% complete%s%n",
                one(c.shownDimension(Dimension.THREAT)), one(c.shownDimension(Dimension.EXPOSURE)),
                one(c.shownDimension(Dimension.VULNERABILITY)), Math.round(c.completeness() * 100),
                c.missingIndicators().isEmpty() ? "" : " (missing: " + String.join(", ", c.missingIndicators()) + ")"));
        if (!c.contributions().isEmpty()) {
            for (Dimension dimension : Dimension.values()) {
                text.append(String.format(Locale.ROOT, "%n%s%n", dimension));
                List<ContributionRecord> points = c.contributions().stream()
                        .filter(contribution -> contribution.dimension() == dimension).toList();
                if (points.isEmpty()) {
                    // Said, so that a dimension score with nothing under it is not read as a gap in the report.
                    text.append(String.format(Locale.ROOT, "  no rule contributed points: %s is what the scoring "
                            + "rules give a dimension without evidence%n", one(c.shownDimension(dimension))));
                }
                for (ContributionRecord contribution : points) {
                    text.append(String.format(Locale.ROOT, "  %+6.2f  %s%n", contribution.points(), contribution.reason()));
                    text.append(String.format(Locale.ROOT, "          rule \"%s\" (%s)%s%n", contribution.rule(),
                            contribution.file(), contribution.cells().isEmpty() ? ""
                                    : ", cells " + String.join(", ", contribution.cells())));
                }
            }
        }
        if (c.contributions().isEmpty()) {
            text.append(String.format(Locale.ROOT, "%nNo rule contributed points.%n"));
        }
        return text.toString();
    }

    private static String displayName(CountryAssessment c) {
        return CountryName.shortened(c) + " (" + c.iso3() + ")";
    }

    private static String one(Double value) {
        return value == null || value.isNaN() ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }
}
