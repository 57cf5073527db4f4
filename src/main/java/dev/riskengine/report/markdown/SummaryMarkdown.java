package dev.riskengine.report.markdown;

import dev.riskengine.report.ShownRank;
import dev.riskengine.report.CountryName;
import dev.riskengine.report.Listing;
import dev.riskengine.report.NumberText;
import dev.riskengine.report.ShownText;
import dev.riskengine.report.SourceLines;
import dev.riskengine.report.UnitNoun;
import dev.riskengine.report.YearChange;
import dev.riskengine.model.Assessment;
import dev.riskengine.model.ContributionRecord;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.DataIssue;
import dev.riskengine.model.Dimension;
import dev.riskengine.model.InsufficientEvidence;
import dev.riskengine.model.RunComparison;
import dev.riskengine.model.RunMetadata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * summary.md: short enough to paste into an email or a chat. The headline with the band changes
 * since the previous year, the ranking table, the biggest movers and what drove the top three
 * countries; everything else is in the other reports.
 */
public final class SummaryMarkdown {

    public static final String FILE_NAME = "summary.md";
    static final int TOP_COUNTRIES = 3;
    static final int TOP_CONTRIBUTIONS = 3;
    static final int TOP_MOVERS = 3;

    public void write(Assessment assessment, RunMetadata run, Path file) throws IOException {
        write(assessment, run, RunComparison.firstRun(), file);
    }

    /** With a last section saying what changed since the run compared with ({@link ComparisonMarkdown}). */
    public void write(Assessment assessment, RunMetadata run, RunComparison comparison, Path file) throws IOException {
        int changedUnits = Listing.of(assessment).unitsInFull();
        Files.writeString(file, render(assessment, run) + ComparisonMarkdown.render(comparison, changedUnits),
                StandardCharsets.UTF_8);
    }

    String render(Assessment assessment, RunMetadata run) {
        StringBuilder md = new StringBuilder();
        List<CountryAssessment> countries = assessment.countries();
        md.append("# ").append(UnitNoun.of(assessment).reportTitle()).append(' ').append(assessment.year()).append("\n\n");
        md.append("Run ").append(run.startedAt() == null ? escape(run.runId())
                        : DateTimeFormatter.ISO_INSTANT.format(run.startedAt().truncatedTo(ChronoUnit.SECONDS)))
                .append(" · input ").append(escape(run.inputFile()))
                .append(" · ").append(UnitNoun.of(assessment).count(countries.size()))
                .append(bandCounts(countries)).append("\n\n");
        Optional<Assessment> previous = assessment.previousYear();
        previous.ifPresent(p -> md.append(bandChanges(assessment, p.year())).append("\n\n"));

        md.append("| Rank | ").append(UnitNoun.of(assessment).heading()).append(" | Band | Score | Reliability | Range | ")
                .append(previous.map(p -> "Since " + p.year() + " | ").orElse(""))
                .append("Threat | Exposure | Vulnerability | Completeness |\n");
        md.append("|---:|:---|:---|---:|---:|:---:|").append(previous.isPresent() ? "---:|" : "").append("---:|---:|---:|---:|\n");
        // A large run lists its highest-ranked units, as report.html does; summary.xlsx has them all.
        List<CountryAssessment> listed = Listing.of(assessment).listed(countries);
        for (CountryAssessment country : listed) {
            md.append("| ").append(ShownRank.of(country))
                    .append(" | ").append(escape(CountryName.shortened(country))).append(" (").append(escape(country.iso3())).append(')')
                    .append(" | ").append(escape(country.band()))
                    .append(" | ").append(NumberText.score(country.score()))
                    .append(" | ").append(NumberText.score(country.reliability()))
                    .append(" | ").append(country.scored() ? NumberText.range(country.scoreLow(), country.scoreHigh()) : NumberText.NONE);
            if (previous.isPresent()) {
                md.append(" | ").append(YearChange.of(assessment, country)
                        .map(change -> NumberText.change(change.scoreChange())).orElse(NumberText.NONE));
            }
            for (Dimension dimension : Dimension.values()) {
                md.append(" | ").append(NumberText.score(country.shownDimension(dimension)));
            }
            md.append(" | ").append(NumberText.percent(country.completeness())).append(" |\n");
        }
        if (listed.stream().anyMatch(CountryAssessment::hasReliability)) {
            md.append("\nReliability: 0-10, lower is better (missing, old and wide-ranged data; rules/evidence.drl).\n");
        }
        insufficient(md, listed);
        if (listed.size() < countries.size()) {
            md.append("\n").append(String.format(Locale.ROOT, "The %,d highest-ranked of %,d units; every unit is in "
                    + "summary.xlsx and scores.json.", listed.size(), countries.size())).append("\n");
            long unlisted = countries.subList(listed.size(), countries.size()).stream().filter(c -> !c.scored()).count();
            if (unlisted > 0) {
                md.append("\n").append(String.format(Locale.ROOT, "%,d units have %s: no score or rank (the reasons"
                        + " are in summary.xlsx and scores.json).", unlisted,
                        InsufficientEvidence.STATE.toLowerCase(Locale.ROOT))).append("\n");
            }
        }

        movers(md, assessment);

        List<CountryAssessment> top = countries.stream().filter(CountryAssessment::scored).limit(TOP_COUNTRIES).toList();
        if (top.stream().anyMatch(c -> c.contributions() != null && !c.contributions().isEmpty())) {
            md.append("\n## What drives the top ").append(top.size()).append("\n");
            for (CountryAssessment country : top) {
                md.append("\n**").append(country.rank()).append(". ").append(escape(CountryName.shortened(country)))
                        .append("** — ").append(escape(country.band())).append(", ")
                        .append(NumberText.score(country.score())).append("\n\n");
                List<ContributionRecord> biggest = biggest(country.contributions());
                if (biggest.isEmpty()) {
                    md.append("- no rule contributed\n");
                }
                for (ContributionRecord record : biggest) {
                    md.append("- ").append(NumberText.points(record.points())).append(' ')
                            .append(record.dimension() == null ? "" : record.dimension().name().toLowerCase(Locale.ROOT))
                            .append(": ").append(escape(record.reason()))
                            .append(" (rule ").append(escape(record.rule())).append(", ").append(escape(record.file())).append(")\n");
                }
            }
        }

        UncertaintyMarkdown.append(md, assessment);
        if (!assessment.dataIssues().isEmpty()) {
            long missing = assessment.dataIssues().stream().filter(i -> i.kind() == DataIssue.Kind.MISSING).count();
            long warnings = assessment.dataIssues().size() - missing;
            md.append('\n').append(plural(assessment.dataIssues().size(), "data issue", "data issues"))
                    .append(" (").append(plural(missing, "missing value", "missing values")).append(", ")
                    .append(plural(warnings, "warning", "warnings"))
                    .append("): see sheet \"Data issues\" in summary.xlsx.\n");
        }
        if (!run.provenance().isEmpty()) {
            md.append("\nSources of the indicators:\n\n");
            run.provenance().forEach(source -> md.append("- `").append(source.code()).append("`: ")
                    .append(escape(SourceLines.of(source))).append('\n'));
        }
        return md.toString();
    }

    /** Every listed unit without a score, with the reasons the rules gave. */
    private static void insufficient(StringBuilder md, List<CountryAssessment> listed) {
        List<CountryAssessment> unscored = listed.stream().filter(c -> !c.scored()).toList();
        if (unscored.isEmpty()) {
            return;
        }
        md.append("\n**").append(InsufficientEvidence.STATE).append("**, so no score or rank:\n\n");
        for (CountryAssessment country : unscored) {
            md.append("- ").append(escape(CountryName.shortened(country))).append(" (").append(escape(country.iso3()))
                    .append("): ").append(escape(String.join("; ", country.insufficientReasons()))).append('\n');
        }
    }

    /** "Band changes since 2015: Mali Medium → High, Libya Very High → High." or that none changed. */
    private static String bandChanges(Assessment assessment, int previousYear) {
        List<YearChange> changed = YearChange.all(assessment).stream().filter(YearChange::bandChanged).toList();
        if (changed.isEmpty()) {
            return "No band changed since " + previousYear + ".";
        }
        StringJoiner joined = new StringJoiner(", ", "**Band changes since " + previousYear + ":** ", ".");
        for (YearChange change : changed) {
            joined.add(escape(CountryName.shortened(change.now())) + " " + escape(change.before().band()) + " → "
                    + escape(change.now().band()) + change.arrow());
        }
        return joined.toString();
    }

    /** The countries whose score moved most since the previous year, one line each. */
    private static void movers(StringBuilder md, Assessment assessment) {
        List<YearChange> movers = YearChange.biggestMovers(assessment, TOP_MOVERS);
        if (movers.isEmpty()) {
            return;
        }
        md.append("\n## Biggest movers since ").append(movers.get(0).previousYear()).append("\n\n");
        for (YearChange change : movers) {
            md.append("- ").append(escape(CountryName.shortened(change.now()))).append(' ')
                    .append(NumberText.change(change.scoreChange())).append(" (")
                    .append(NumberText.score(change.before().score())).append(" → ")
                    .append(NumberText.score(change.now().score())).append(')');
            if (change.bandChanged()) {
                md.append(", ").append(escape(change.before().band())).append(" → ").append(escape(change.now().band()));
            }
            md.append('\n');
        }
    }

    private static String plural(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    /** ": 1 Very High, 2 Medium", bands in the order they first appear in the ranking. */
    private static String bandCounts(List<CountryAssessment> countries) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        countries.forEach(c -> counts.merge(String.valueOf(c.band()), 1, Integer::sum));
        if (counts.isEmpty()) {
            return "";
        }
        StringJoiner joined = new StringJoiner(", ", ": ", "");
        counts.forEach((band, count) -> joined.add(count + " " + escape(band)));
        return joined.toString();
    }

    /**
     * The largest contributions by size, mitigations included (a big negative explains a score as
     * much as a big positive); equal sizes keep the engine's order, so the choice is repeatable.
     */
    static List<ContributionRecord> biggest(List<ContributionRecord> contributions) {
        if (contributions == null) {
            return List.of();
        }
        return contributions.stream()
                .sorted(Comparator.comparingDouble((ContributionRecord r) -> Math.abs(r.points())).reversed())
                .limit(TOP_CONTRIBUTIONS)
                .toList();
    }

    /**
     * Makes input text inert in Markdown: one line, "|" cannot split a table cell, markup
     * characters show as themselves instead of making links, emphasis or HTML, and control
     * characters as their codes ({@link ShownText}).
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                out.append(' ');
            } else if (ShownText.isControl(c)) {
                out.append(ShownText.code(c)); // a backslash before a letter shows as itself in Markdown
            } else if ("\\`*_[]<>|".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (c == '&' && i + 1 < text.length() && (Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '#')) {
                out.append("\\&"); // "&lt;" would otherwise render as "<"
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
