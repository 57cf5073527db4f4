package dev.riskengine.report.html;

import dev.riskengine.report.NumberText;
import dev.riskengine.model.Assessment;
import dev.riskengine.model.ContributionRecord;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.Dimension;
import dev.riskengine.model.RuleDescription;
import dev.riskengine.model.RunMetadata;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the scores were made, generated from this run only, so it cannot drift from the rules: the
 * rules the run compiled, stage by stage (salience, highest first) with their conditions as the
 * rule engine compiled them and what each contributed in the assessed year; then the bands the
 * rules assigned across every assessed year, with the scores seen in each.
 */
final class MethodologySection {

    private MethodologySection() {
    }

    /** What one rule contributed in the assessed year. */
    private static final class Firings {
        int count;
        final Map<Dimension, Double> points = new EnumMap<>(Dimension.class);
    }

    static void write(StringBuilder html, Assessment assessment, RunMetadata run) {
        List<RuleDescription> rules = run.rules();
        html.append("<section id=\"methodology\">\n<h2>Methodology</h2>\n");
        if (rules.isEmpty()) {
            html.append("<p class=\"muted\">The run recorded no rule descriptions.</p>\n");
        } else {
            long files = rules.stream().map(RuleDescription::file).distinct().count();
            html.append("<p>Scores come from ").append(rules.size()).append(rules.size() == 1 ? " rule" : " rules")
                    .append(" in ").append(files).append(files == 1 ? " file" : " files")
                    .append(", listed below as the rule engine compiled them. Stages run in order of salience, highest first: ")
                    .append("evidence rules add points to a dimension (negative points mitigate), later stages turn the points ")
                    .append("into dimension scores, the overall score and the band. ")
                    .append("The last column says what each rule contributed in ").append(assessment.year()).append(".</p>\n");
            stages(html, assessment, rules);
        }
        bands(html, assessment);
        html.append("</section>\n");
    }

    private static void stages(StringBuilder html, Assessment assessment, List<RuleDescription> rules) {
        Map<String, Firings> firings = firings(assessment);
        Map<Integer, List<RuleDescription>> bySalience = new TreeMap<>((a, b) -> Integer.compare(b, a));
        rules.forEach(rule -> bySalience.computeIfAbsent(rule.salience(), s -> new ArrayList<>()).add(rule));
        html.append("<div class=\"scroll\"><table class=\"methodology\">\n<thead><tr><th>Rule</th>")
                .append("<th>File</th><th>Conditions</th><th>In ").append(assessment.year()).append("</th></tr></thead>\n<tbody>\n");
        int stage = 0;
        for (Map.Entry<Integer, List<RuleDescription>> entry : bySalience.entrySet()) {
            stage++;
            html.append("<tr class=\"stage\"><th colspan=\"4\">Stage ").append(stage).append(" · salience ")
                    .append(entry.getKey()).append(" · ").append(entry.getValue().size())
                    .append(entry.getValue().size() == 1 ? " rule" : " rules").append("</th></tr>\n");
            for (RuleDescription rule : entry.getValue()) {
                html.append("<tr><td>").append(HtmlText.escape(rule.name()))
                        .append("</td><td><code>").append(HtmlText.escape(rule.file())).append("</code></td><td class=\"cells\">")
                        .append(HtmlText.escape(rule.conditions())).append("</td><td>")
                        .append(effect(firings.get(key(rule.name(), rule.file())))).append("</td></tr>\n");
            }
        }
        html.append("</tbody>\n</table></div>\n");
    }

    private static String effect(Firings firings) {
        if (firings == null) {
            return "<span class=\"muted\">added no points</span>";
        }
        StringBuilder text = new StringBuilder().append(firings.count).append(firings.count == 1 ? " firing: " : " firings: ");
        String separator = "";
        for (Map.Entry<Dimension, Double> points : firings.points.entrySet()) {
            text.append(separator).append(NumberText.points(points.getValue())).append(' ')
                    .append(HtmlReport.dimensionName(points.getKey()).toLowerCase(java.util.Locale.ROOT));
            separator = ", ";
        }
        return text.toString();
    }

    private static Map<String, Firings> firings(Assessment assessment) {
        Map<String, Firings> byRule = new LinkedHashMap<>();
        for (CountryAssessment country : assessment.countries()) {
            for (ContributionRecord record : country.contributions() == null ? List.<ContributionRecord>of() : country.contributions()) {
                Firings firings = byRule.computeIfAbsent(key(record.rule(), record.file()), k -> new Firings());
                firings.count++;
                if (record.dimension() != null) {
                    firings.points.merge(record.dimension(), record.points(), Double::sum);
                }
            }
        }
        return byRule;
    }

    private static String key(String rule, String file) {
        return file + "\u0000" + rule;
    }

    /** The bands the rules assigned in any assessed year, highest level first, with the scores seen in each. */
    private static void bands(StringBuilder html, Assessment assessment) {
        record Seen(String name, int level, double[] range, int[] countries) { }
        Map<String, Seen> seen = new LinkedHashMap<>();
        for (Assessment year : assessment.allYears()) {
            for (CountryAssessment c : year.countries()) {
                Seen band = seen.computeIfAbsent(c.bandLevel() + " " + c.band(), k -> new Seen(c.band(), c.bandLevel(),
                        new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}, new int[1]));
                if (Double.isFinite(c.score())) {
                    band.range()[0] = Math.min(band.range()[0], c.score());
                    band.range()[1] = Math.max(band.range()[1], c.score());
                }
                if (year.year() == assessment.year()) {
                    band.countries()[0]++;
                }
            }
        }
        List<Assessment> years = assessment.allYears();
        String span = years.size() == 1 ? String.valueOf(assessment.year())
                : years.get(0).year() + "–" + years.get(years.size() - 1).year();
        html.append("<h3>Bands</h3>\n<p>The bands the rules assigned in ").append(span)
                .append(", ordered by the level the rules give them, and the overall scores seen in each; the band rules")
                .append(" and their thresholds are in the last stage above.</p>\n")
                .append("<div class=\"scroll\"><table class=\"bands\">\n<thead><tr><th>Band</th><th class=\"num\">Level</th>")
                .append("<th class=\"num\">Scores seen ").append(span).append("</th><th class=\"num\">Countries in ")
                .append(assessment.year()).append("</th></tr></thead>\n<tbody>\n");
        List<Seen> ordered = new ArrayList<>(seen.values());
        ordered.sort(java.util.Comparator.comparingInt(Seen::level).reversed().thenComparing(Seen::name));
        for (Seen band : ordered) {
            html.append("<tr><td>").append(HtmlReport.badge(band.name(), band.level())).append("</td>")
                    .append(HtmlReport.numberCell(band.level() > 0 ? String.valueOf(band.level()) : NumberText.NONE))
                    .append(HtmlReport.numberCell(Double.isFinite(band.range()[0])
                            ? NumberText.range(band.range()[0], band.range()[1]) : NumberText.NONE))
                    .append(HtmlReport.numberCell(String.valueOf(band.countries()[0]))).append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n");
    }
}
