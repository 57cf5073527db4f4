package dev.riskengine.report.html;

import dev.riskengine.report.CountryName;
import dev.riskengine.report.NumberText;
import dev.riskengine.report.UnitNoun;
import dev.riskengine.report.YearChange;
import dev.riskengine.model.Assessment;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.RunMetadata;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The top of report.html, the part people who read only the first page see: when the run was,
 * which year and inputs, how many countries per band, and whose band changed since the previous
 * year the run assessed.
 */
final class HeadlineSection {

    // Minutes are enough to tell runs apart at a glance; the run id below has the exact time.
    private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(java.time.ZoneOffset.UTC);

    private HeadlineSection() {
    }

    static void write(StringBuilder html, Assessment assessment, RunMetadata run, String title) {
        List<CountryAssessment> countries = assessment.countries();
        html.append("<header id=\"headline\">\n<h1>").append(title).append("</h1>\n<p class=\"meta\">");
        if (run.startedAt() != null) {
            html.append("Run ").append(RUN_TIME.format(run.startedAt())).append(" · ");
        }
        html.append("year ").append(assessment.year());
        List<Assessment> years = assessment.allYears();
        if (years.size() > 1) {
            html.append(" (trend ").append(years.get(0).year()).append('–').append(years.get(years.size() - 1).year())
                    .append(')');
        }
        html.append(" · input <code>").append(HtmlText.escape(run.inputFile())).append("</code>");
        if (run.ruleFiles() != null && !run.ruleFiles().isEmpty()) {
            html.append(" · rules ");
            String separator = "";
            for (String file : run.ruleFiles().keySet()) {
                html.append(separator).append("<code>").append(HtmlText.escape(file)).append("</code>");
                separator = ", ";
            }
        }
        html.append(" · run id ").append(HtmlText.escape(run.runId())).append("</p>\n");

        html.append("<p class=\"lead\">").append(UnitNoun.of(assessment).count(countries.size())).append(" assessed");
        // Bands in the order they first appear in the ranking, so the highest comes first.
        Map<String, int[]> bands = new LinkedHashMap<>();
        for (CountryAssessment c : countries) {
            bands.computeIfAbsent(String.valueOf(c.band()), b -> new int[] {c.bandLevel(), 0})[1]++;
        }
        String separator = ": ";
        for (Map.Entry<String, int[]> band : bands.entrySet()) {
            html.append(separator).append(band.getValue()[1]).append(' ')
                    .append(HtmlReport.badge(band.getKey(), band.getValue()[0]));
            separator = " ";
        }
        html.append("</p>\n");
        bandChanges(html, assessment);
        html.append("</header>\n");
    }

    private static void bandChanges(StringBuilder html, Assessment assessment) {
        html.append("<p class=\"band-changes\">");
        if (assessment.previousYear().isEmpty()) {
            html.append("Only ").append(assessment.year())
                    .append(" was assessed (asked for with --year, or the workbook's only year),")
                    .append(" so there is no change since a previous year to show.</p>\n");
            return;
        }
        int previous = assessment.previousYear().get().year();
        List<YearChange> changed = YearChange.all(assessment).stream().filter(YearChange::bandChanged).toList();
        if (changed.isEmpty()) {
            html.append("<strong>No band changed</strong> since ").append(previous).append(".</p>\n");
            return;
        }
        long rose = changed.stream().filter(YearChange::bandRose).count();
        long fell = changed.stream().filter(YearChange::bandFell).count();
        long other = changed.size() - rose - fell;
        html.append("<strong>Band changes since ").append(previous).append(":</strong> ").append(rose).append(" rose, ")
                .append(fell).append(" fell").append(other == 0 ? "" : ", " + other + " to or from "
                        + HtmlText.escape(dev.riskengine.model.InsufficientEvidence.STATE.toLowerCase(java.util.Locale.ROOT)))
                .append(".</p>\n<ul class=\"band-changes\">\n");
        for (YearChange change : changed) {
            CountryAssessment now = change.now();
            html.append("<li><a href=\"#").append(HtmlText.escape(now.iso3())).append("\">")
                    .append(HtmlText.escape(CountryName.of(now))).append("</a> ")
                    .append(HtmlReport.badge(change.before().band(), change.before().bandLevel()))
                    .append(change.bandRose() ? " <span class=\"change up\">▲</span> "
                            : change.bandFell() ? " <span class=\"change down\">▼</span> " : " → ")
                    .append(HtmlReport.badge(now.band(), now.bandLevel())).append(" (")
                    .append(NumberText.score(change.before().score())).append(" → ").append(NumberText.score(now.score()))
                    .append(")</li>\n");
        }
        html.append("</ul>\n");
    }

    /** The top of a large run's page: what it is and where every unit is. */
    static void writeSummarising(StringBuilder html, RunMetadata run, String title) {
        html.append("<header>\n<h1>").append(title).append("</h1>\n<p class=\"meta\">Run ")
                .append(HtmlText.escape(run.runId())).append(" · input <code>").append(HtmlText.escape(run.inputFile()))
                .append("</code></p>\n<p class=\"lead\">A large run: this page summarises it. Every unit, with its "
                        + "contributions and cells, is in summary.xlsx and scores.json.</p>\n</header>\n");
    }
}
