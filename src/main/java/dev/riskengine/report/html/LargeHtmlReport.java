package dev.riskengine.report.html;

import dev.riskengine.report.ComparisonText;
import dev.riskengine.report.CountryName;
import dev.riskengine.report.LargeRun;
import dev.riskengine.report.NumberText;
import dev.riskengine.model.Assessment;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * report.html for a large run (thousands of units): a page a browser opens at once and a person
 * can read, instead of one section per unit. It shows how many units fall in each band, how the
 * scores are distributed, the highest-ranked units with their dimensions, uncertainty when drawn,
 * and a count of data issues; summary.xlsx and scores.json hold every unit and every firing.
 */
public final class LargeHtmlReport {
    private static final int SCORE_BINS = 10;

    public void write(Assessment assessment, RunMetadata run, RunComparison comparison, Path file) throws IOException {
        Files.writeString(file, render(assessment, run, comparison), StandardCharsets.UTF_8);
    }

    String render(Assessment assessment, RunMetadata run) {
        return render(assessment, run, RunComparison.firstRun());
    }

    String render(Assessment assessment, RunMetadata run, RunComparison comparison) {
        List<CountryAssessment> units = assessment.countries();
        StringBuilder html = new StringBuilder(64 * 1024);
        String title = "Risk " + assessment.year() + " — " + String.format(Locale.ROOT, "%,d", units.size()) + " units";
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(title).append(" — ").append(HtmlText.escape(run.runId())).append("</title>\n")
                .append("<style>\n").append(HtmlStyle.css()).append("</style>\n</head>\n<body>\n");
        html.append("<header>\n<h1>").append(title).append("</h1>\n<p class=\"meta\">Run ")
                .append(HtmlText.escape(run.runId())).append(" · input <code>").append(HtmlText.escape(run.inputFile()))
                .append("</code></p>\n<p class=\"lead\">A large run: this page summarises it. Every unit, with its "
                        + "contributions and cells, is in summary.xlsx and scores.json.</p>\n</header>\n");
        // The change since the previous run in one sentence; unit by unit it is sheet Changes of summary.xlsx.
        html.append("<section id=\"comparison\">\n<h2>Since the previous run</h2>\n<p>")
                .append(HtmlText.escape(ComparisonText.headline(comparison)))
                .append(comparison.hasPrevious() ? " Every change, unit by unit, is on sheet Changes of summary.xlsx "
                        + "and in scores.json (<code>comparison</code>)." : "")
                .append("</p>\n</section>\n");
        bands(html, units);
        distribution(html, units);
        top(html, units);
        UncertaintyHtml.append(html, assessment, LargeRun.TOP);
        issues(html, assessment.dataIssues());
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void bands(StringBuilder html, List<CountryAssessment> units) {
        Map<Integer, String> names = new TreeMap<>();
        Map<Integer, Integer> counts = new TreeMap<>();
        for (CountryAssessment unit : units) {
            names.putIfAbsent(unit.bandLevel(), unit.band());
            counts.merge(unit.bandLevel(), 1, Integer::sum);
        }
        html.append("<section id=\"bands\">\n<h2>Bands</h2>\n<div class=\"scroll\"><table class=\"ranking\">\n")
                .append("<thead><tr><th>Band</th><th class=\"num\">Units</th><th class=\"num\">Share</th></tr></thead>\n<tbody>\n");
        names.keySet().stream().sorted((a, b) -> b - a).forEach(level -> html.append("<tr><td>")
                .append(HtmlReport.badge(names.get(level), level)).append("</td>")
                .append(HtmlReport.numberCell(String.format(Locale.ROOT, "%,d", counts.get(level))))
                .append(HtmlReport.numberCell(NumberText.percent(counts.get(level) / (double) units.size())))
                .append("</tr>\n"));
        html.append("</tbody>\n</table></div>\n</section>\n");
    }

    /** A histogram of the scores in bins of one point, drawn as inline SVG (no scripts, no network). */
    private static void distribution(StringBuilder html, List<CountryAssessment> units) {
        int[] bins = new int[SCORE_BINS];
        int unscored = 0;
        for (CountryAssessment unit : units) {
            if (!unit.scored()) {
                unscored++; // no score: counting it in a bin would show it as a score of 0-1
                continue;
            }
            int bin = (int) Math.floor(unit.score());
            bins[Math.max(0, Math.min(SCORE_BINS - 1, bin))]++;
        }
        int most = 1;
        for (int count : bins) {
            most = Math.max(most, count);
        }
        int width = 600;
        int height = 200;
        int barWidth = width / SCORE_BINS;
        html.append("<section id=\"distribution\">\n<h2>Distribution of scores</h2>\n<figure>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height + 40).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height + 40).append("\" aria-label=\"Number of units per score from 0 to 10\">\n");
        for (int i = 0; i < SCORE_BINS; i++) {
            int barHeight = (int) Math.round(bins[i] * (double) height / most);
            html.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#4a6fa5\"><title>%d-%d: %,d units</title></rect>\n",
                    i * barWidth + 2, height - barHeight, barWidth - 4, barHeight, i, i + 1, bins[i]));
            html.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%d-%d</text>\n",
                    i * barWidth + barWidth / 2, height + 16, i, i + 1));
            html.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%,d</text>\n",
                    i * barWidth + barWidth / 2, height + 32, bins[i]));
        }
        html.append("</svg>\n<figcaption>Units per score, in bins of one point (score 0-10)")
                .append(unscored == 0 ? "" : String.format(Locale.ROOT, "; %,d units with %s have no score and are not"
                        + " counted", unscored, InsufficientEvidence.STATE.toLowerCase(Locale.ROOT)))
                .append(".</figcaption>\n</figure>\n</section>\n");
    }

    private static void top(StringBuilder html, List<CountryAssessment> units) {
        int shown = Math.min(LargeRun.TOP, units.size());
        html.append("<section id=\"ranking\">\n<h2>The ").append(shown).append(" highest-ranked units</h2>\n")
                .append("<div class=\"scroll\"><table class=\"ranking\">\n<thead><tr><th class=\"num\">Rank</th>")
                .append("<th>Unit</th><th>Region</th><th>Band</th><th class=\"num\">Score</th>")
                .append("<th class=\"num\" title=\"0-10, lower is better\">Reliability</th><th class=\"num\">Range</th>")
                .append("<th class=\"num\">Threat</th><th class=\"num\">Exposure</th><th class=\"num\">Vulnerability</th>")
                .append("<th class=\"num\">Completeness</th></tr></thead>\n<tbody>\n");
        for (CountryAssessment c : units.subList(0, shown)) {
            html.append("<tr><td class=\"num\">").append(c.scored() ? String.valueOf(c.rank()) : NumberText.NONE).append("</td><td>")
                    .append(HtmlText.escape(CountryName.of(c))).append(" <span class=\"iso\">")
                    .append(HtmlText.escape(c.iso3())).append("</span></td><td>")
                    .append(HtmlText.escape(c.country().getRegion())).append("</td><td>")
                    .append(HtmlReport.badge(c.band(), c.bandLevel())).append("</td>")
                    .append(HtmlReport.numberCell(NumberText.score(c.score())))
                    .append(HtmlReport.numberCell(NumberText.score(c.reliability())))
                    .append(HtmlReport.numberCell(c.scored() ? NumberText.range(c.scoreLow(), c.scoreHigh()) : NumberText.NONE));
            for (Dimension dimension : Dimension.values()) {
                html.append(HtmlReport.numberCell(NumberText.score(c.shownDimension(dimension))));
            }
            html.append(HtmlReport.numberCell(NumberText.percent(c.completeness()))).append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void issues(StringBuilder html, List<DataIssue> issues) {
        long missing = issues.stream().filter(i -> i.kind() == DataIssue.Kind.MISSING).count();
        html.append("<section id=\"data-issues\">\n<h2>Data issues</h2>\n<p>")
                .append(String.format(Locale.ROOT, "%,d missing values and %,d warnings; none stopped the run. "
                        + "They are listed on sheet \"Data issues\" of summary.xlsx and in scores.json.",
                        missing, issues.size() - missing))
                .append("</p>\n</section>\n");
    }
}
