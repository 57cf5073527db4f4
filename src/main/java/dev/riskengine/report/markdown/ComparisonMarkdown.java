package dev.riskengine.report.markdown;

import dev.riskengine.report.ComparisonText;
import dev.riskengine.report.ShownText;
import java.util.Locale;

import dev.riskengine.model.RunComparison;

/** The "Since the previous run" section of summary.md: each changed country and why it changed. */
final class ComparisonMarkdown {

    private ComparisonMarkdown() {
    }

    static String render(RunComparison comparison) {
        return render(comparison, Integer.MAX_VALUE);
    }

    /** @param maxUnits how many changed units to detail (a large run's summary stays readable) */
    static String render(RunComparison comparison, int maxUnits) {
        StringBuilder md = new StringBuilder("\n## Since the previous run\n\n");
        md.append(SummaryMarkdown.escape(ComparisonText.headline(comparison))).append('\n');
        if (!comparison.hasPrevious()) {
            return md.toString();
        }
        if (!comparison.ruleFiles().isEmpty()) {
            md.append("\nRule files:\n\n");
            comparison.ruleFiles().forEach(f -> md.append("- ").append(SummaryMarkdown.escape(ComparisonText.ruleFile(f))).append('\n'));
        }
        if (comparison.changedCountries().isEmpty()) {
            md.append("\nNo score, band, input value or contribution changed.\n");
        }
        int detailed = 0;
        for (RunComparison.CountryChange c : comparison.changedCountries()) {
            if (detailed++ == maxUnits) {
                md.append(String.format(Locale.ROOT, "%nThe first %,d of %,d changed units; every change is on sheet "
                        + "Changes of summary.xlsx and in scores.json.%n", maxUnits, comparison.changedCountries().size()));
                break;
            }
            md.append("\n**").append(SummaryMarkdown.escape(ShownText.shortened(c.name(), ShownText.LONGEST_NAME))).append(" (").append(SummaryMarkdown.escape(c.iso3()))
                    .append(")** — score ").append(SummaryMarkdown.escape(ComparisonText.score(c)))
                    .append(", band ").append(SummaryMarkdown.escape(ComparisonText.band(c))).append("\n\n");
            for (RunComparison.CellChange cell : c.cells()) {
                md.append("- input ").append(SummaryMarkdown.escape(ComparisonText.cell(cell))).append('\n');
            }
            for (RunComparison.ContributionChange change : c.contributions()) {
                md.append("- ").append(ComparisonText.verb(change)).append(' ')
                        .append(SummaryMarkdown.escape(ComparisonText.points(change))).append(' ')
                        .append(change.dimension() == null ? "" : change.dimension().name().toLowerCase(Locale.ROOT))
                        .append(": ").append(SummaryMarkdown.escape(change.reason()))
                        .append(" (rule ").append(SummaryMarkdown.escape(change.rule())).append(", ")
                        .append(SummaryMarkdown.escape(change.file())).append(")\n");
            }
            md.append(ComparisonText.unexplained(c).map(text -> "- " + text + "\n").orElse(""));
        }
        return md.toString();
    }
}
