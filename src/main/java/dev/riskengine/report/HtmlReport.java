package dev.riskengine.report;

import dev.riskengine.model.Assessment;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.DataIssue;
import dev.riskengine.model.Dimension;
import dev.riskengine.model.RunComparison;
import dev.riskengine.model.RunMetadata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * report.html: one file that opens from disk, needs no network and prints well. Styles are
 * inline, the chart is inline SVG, and there is no script at all; a Content-Security-Policy
 * makes the browser refuse any that might slip through. Every value from the workbook or the
 * rules passes through {@link HtmlText#escape}.
 */
public final class HtmlReport {

    public static final String FILE_NAME = "report.html";

    public void write(Assessment assessment, RunMetadata run, Path file) throws IOException {
        write(assessment, run, RunComparison.firstRun(), file);
    }

    /** With a section saying what changed since the run compared with ({@link ComparisonSection}). */
    public void write(Assessment assessment, RunMetadata run, RunComparison comparison, Path file) throws IOException {
        Files.writeString(file, render(assessment, run, comparison), StandardCharsets.UTF_8);
    }

    String render(Assessment assessment, RunMetadata run) {
        return render(assessment, run, RunComparison.firstRun());
    }

    String render(Assessment assessment, RunMetadata run, RunComparison comparison) {
        StringBuilder html = new StringBuilder(16_384);
        String title = "Country risk " + assessment.year();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(title).append(" — ").append(HtmlText.escape(run.runId())).append("</title>\n")
                .append("<style>\n").append(HtmlStyle.css()).append(ComparisonSection.CSS).append("</style>\n</head>\n<body>\n");
        headline(html, assessment, run, title);
        ranking(html, assessment.countries());
        ComparisonSection.write(html, comparison);
        UncertaintyHtml.append(html, assessment, Integer.MAX_VALUE);
        html.append("<section id=\"countries\">\n<h2>Countries</h2>\n");
        for (CountryAssessment country : assessment.countries()) {
            CountrySection.write(html, country);
        }
        html.append("</section>\n");
        dataIssues(html, assessment.dataIssues());
        runDetails(html, run);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void headline(StringBuilder html, Assessment assessment, RunMetadata run, String title) {
        List<CountryAssessment> countries = assessment.countries();
        html.append("<header>\n<h1>").append(title).append("</h1>\n<p class=\"meta\">Run ")
                .append(HtmlText.escape(run.runId()));
        if (run.startedAt() != null) {
            html.append(" · started ").append(DateTimeFormatter.ISO_INSTANT.format(run.startedAt()));
        }
        html.append(" · input <code>").append(HtmlText.escape(run.inputFile())).append("</code></p>\n");
        html.append("<p class=\"lead\">").append(countries.size()).append(countries.size() == 1 ? " country" : " countries")
                .append(" assessed");
        // Bands in the order they first appear in the ranking, so the highest comes first.
        Map<String, int[]> bands = new LinkedHashMap<>();
        for (CountryAssessment c : countries) {
            bands.computeIfAbsent(String.valueOf(c.band()), b -> new int[] {c.bandLevel(), 0})[1]++;
        }
        String separator = ": ";
        for (Map.Entry<String, int[]> band : bands.entrySet()) {
            html.append(separator).append(band.getValue()[1]).append(' ')
                    .append(badge(band.getKey(), band.getValue()[0]));
            separator = " ";
        }
        html.append("</p>\n</header>\n");
    }

    private static void ranking(StringBuilder html, List<CountryAssessment> countries) {
        html.append("<section id=\"ranking\">\n<h2>Ranking</h2>\n<figure>\n").append(RankingChart.svg(countries));
        legend(html, countries);
        html.append("</figure>\n<div class=\"scroll\"><table class=\"ranking\">\n<thead><tr><th class=\"num\">Rank</th><th>Country</th><th>Band</th>")
                .append("<th class=\"num\">Score</th><th class=\"num\">Range</th><th class=\"num\">Threat</th>")
                .append("<th class=\"num\">Exposure</th><th class=\"num\">Vulnerability</th>")
                .append("<th class=\"num\">Completeness</th></tr></thead>\n<tbody>\n");
        for (CountryAssessment c : countries) {
            html.append("<tr><td class=\"num\">").append(c.rank()).append("</td><td><a href=\"#")
                    .append(HtmlText.escape(c.iso3())).append("\">").append(HtmlText.escape(CountryName.of(c)))
                    .append("</a> <span class=\"iso\">").append(HtmlText.escape(c.iso3())).append("</span></td><td>")
                    .append(badge(c.band(), c.bandLevel())).append("</td>")
                    .append(numberCell(NumberText.score(c.score())))
                    .append(numberCell(NumberText.range(c.scoreLow(), c.scoreHigh())));
            for (Dimension dimension : Dimension.values()) {
                html.append(numberCell(NumberText.score(dimension(c, dimension))));
            }
            html.append(numberCell(NumberText.percent(c.completeness()))).append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n</section>\n");
    }

    /** The bands that occur, highest level first, then how to read a whisker. */
    private static void legend(StringBuilder html, List<CountryAssessment> countries) {
        Map<String, Integer> bands = new LinkedHashMap<>();
        countries.forEach(c -> bands.putIfAbsent(String.valueOf(c.band()), c.bandLevel()));
        List<Map.Entry<String, Integer>> ordered = new ArrayList<>(bands.entrySet());
        ordered.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()));
        html.append("<figcaption><ul class=\"legend\">");
        for (Map.Entry<String, Integer> band : ordered) {
            html.append("<li><span class=\"swatch\" style=\"background:").append(BandColour.forLevel(band.getValue()).fill())
                    .append("\"></span>").append(HtmlText.escape(band.getKey())).append("</li>");
        }
        html.append("<li><span class=\"whisker\"></span>score range (low–high estimates)</li></ul></figcaption>\n");
    }

    private static void dataIssues(StringBuilder html, List<DataIssue> issues) {
        html.append("<section id=\"data-issues\">\n<h2>Data issues</h2>\n");
        if (issues.isEmpty()) {
            html.append("<p>None.</p>\n</section>\n");
            return;
        }
        long missing = issues.stream().filter(i -> i.kind() == DataIssue.Kind.MISSING).count();
        html.append("<p>").append(issues.size()).append(issues.size() == 1 ? " issue: " : " issues: ").append(missing)
                .append(" missing ").append(missing == 1 ? "value" : "values").append(", ")
                .append(issues.size() - missing).append(issues.size() - missing == 1 ? " warning" : " warnings")
                .append(". None stopped the run.</p>\n");
        html.append("<div class=\"scroll\"><table class=\"issues\">\n<thead><tr><th>Kind</th><th>ISO3</th><th>Address</th><th>Message</th></tr></thead>\n<tbody>\n");
        for (DataIssue issue : issues) {
            html.append("<tr><td>").append(issue.kind() == null ? "" : issue.kind().name()).append("</td><td>")
                    .append(HtmlText.escape(issue.iso3())).append("</td><td class=\"cells\">")
                    .append(HtmlText.escape(issue.address())).append("</td><td>")
                    .append(HtmlText.escape(issue.message())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void runDetails(StringBuilder html, RunMetadata run) {
        html.append("<footer id=\"run\">\n<h2>Run</h2>\n<div class=\"scroll\"><table class=\"run\">\n<tbody>\n");
        runRow(html, "Run id", HtmlText.escape(run.runId()));
        runRow(html, "Input", "<code>" + HtmlText.escape(run.inputFile()) + "</code>");
        runRow(html, "Input SHA-256", "<code>" + HtmlText.escape(run.inputSha256()) + "</code>");
        if (run.ruleFiles() != null) {
            run.ruleFiles().forEach((file, sha) ->
                    runRow(html, "Rules <code>" + HtmlText.escape(file) + "</code>", "<code>" + HtmlText.escape(sha) + "</code>"));
        }
        if (run.versions() != null && !run.versions().isEmpty()) {
            StringBuilder versions = new StringBuilder();
            run.versions().forEach((name, version) -> versions.append(versions.length() == 0 ? "" : " · ")
                    .append(HtmlText.escape(name)).append(' ').append(HtmlText.escape(version)));
            runRow(html, "Versions", versions.toString());
        }
        run.provenance().forEach(source -> runRow(html, "Source of <code>" + HtmlText.escape(source.code()) + "</code>",
                HtmlText.escape(SourceLines.of(source))));
        html.append("</tbody>\n</table></div>\n<p class=\"muted\">Full run details in manifest.json.</p>\n</footer>\n");
    }

    private static void runRow(StringBuilder html, String label, String value) {
        html.append("<tr><th>").append(label).append("</th><td>").append(value).append("</td></tr>\n");
    }

    static String badge(String band, int level) {
        return "<span class=\"band " + BandColour.cssClass(level) + "\">" + HtmlText.escape(band) + "</span>";
    }

    static String numberCell(String text) {
        return "<td class=\"num\">" + text + "</td>";
    }

    static Double dimension(CountryAssessment c, Dimension dimension) {
        return c.dimensions() == null ? null : c.dimensions().get(dimension);
    }
}
