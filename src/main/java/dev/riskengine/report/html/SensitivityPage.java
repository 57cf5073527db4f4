package dev.riskengine.report.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import dev.riskengine.model.RankSensitivity;
import dev.riskengine.model.RankSensitivity.RuleInfluence;
import dev.riskengine.model.RankSensitivity.UnitRanks;
import dev.riskengine.report.Listing;
import dev.riskengine.report.NumberText;
import dev.riskengine.report.UnitNoun;
import dev.riskengine.report.json.SensitivityJson;

/**
 * sensitivity.html of {@code risk sensitivity}: one self-contained page (no network, no script)
 * beside sensitivity.json with the same figures: per unit its rank as written, the range of its
 * rank over the draws and the share of draws in each band; per rule the share of rank movement
 * it explains. Every name that comes from a workbook or a rule is escaped.
 */
public final class SensitivityPage {
    public static final String FILE_NAME = "sensitivity.html";

    public void write(RankSensitivity sensitivity, String inputFile, Path file) throws IOException {
        Files.writeString(file, render(sensitivity, inputFile), StandardCharsets.UTF_8);
    }

    String render(RankSensitivity s, String inputFile) {
        StringBuilder html = new StringBuilder(16_384);
        UnitNoun noun = UnitNoun.of(Stream.concat(s.units().stream().map(UnitRanks::iso3), s.insufficient().stream()));
        String title = noun.reportTitle() + " — sensitivity of the " + s.year() + " ranking to the rules' points";
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(HtmlText.escape(title)).append("</title>\n<style>\n").append(HtmlStyle.css())
                .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(HtmlText.escape(title))
                .append("</h1>\n<p class=\"lead\">").append(String.format(Locale.ROOT,
                        "%,d draws of %s (seed %d): in each, every rule's points are multiplied by its own factor, "
                                + "uniform from %s to %s, and the units are ranked again (highest score first).",
                        s.draws(), HtmlText.escape(inputFile), s.seed(), factor(1 - s.spread()), factor(1 + s.spread())))
                .append(" The same figures are in <a href=\"").append(SensitivityJson.FILE_NAME).append("\">")
                .append(SensitivityJson.FILE_NAME).append("</a>.</p>\n</header>\n");
        units(html, s);
        rules(html, s);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void units(StringBuilder html, RankSensitivity s) {
        int shown = Listing.of(s.units().size()).unitsInFull();
        html.append("<section id=\"ranks\">\n<h2>Ranks and bands over the draws</h2>\n<p>Rank: with the points as "
                + "written. P5–P95: nine draws in ten ranked the unit within this range (nearest ranks). P(band): "
                + "the share of draws that put the unit in that band.");
        if (s.units().size() > shown) {
            html.append(String.format(Locale.ROOT, " The %,d highest-ranked of %,d units are shown.", shown,
                    s.units().size()));
        }
        if (!s.insufficient().isEmpty()) {
            html.append(String.format(Locale.ROOT, " %,d units have too little evidence for a score in any draw.",
                    s.insufficient().size()));
        }
        html.append("</p>\n<div class=\"scroll\"><table class=\"ranking\">\n<thead><tr><th class=\"num\">Rank</th>")
                .append("<th>Country</th><th class=\"num\">Score</th><th>Band</th>")
                .append("<th class=\"num\">Rank P5–P95</th><th class=\"num\">Median rank</th>");
        s.bands().forEach(band -> html.append("<th class=\"num\">P(").append(HtmlText.escape(band)).append(")</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (UnitRanks unit : s.units().subList(0, Math.min(shown, s.units().size()))) {
            String likeliest = unit.bandProbabilities().entrySet().stream()
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
            html.append("<tr>").append(HtmlReport.numberCell(String.valueOf(unit.rank()))).append("<td>")
                    .append(HtmlText.escape(unit.name() == null || unit.name().isBlank() ? unit.iso3() : unit.name()))
                    .append(" <span class=\"iso\">").append(HtmlText.escape(unit.iso3())).append("</span></td>")
                    .append(HtmlReport.numberCell(NumberText.score(unit.score())))
                    .append("<td>").append(HtmlReport.badge(unit.band(), unit.bandLevel())).append("</td>")
                    .append(HtmlReport.numberCell(unit.rankP5() == unit.rankP95() ? String.valueOf(unit.rankP5())
                            : unit.rankP5() + "–" + unit.rankP95()))
                    .append(HtmlReport.numberCell(String.valueOf(unit.rankP50())));
            for (String band : s.bands()) {
                String share = NumberText.percent(unit.probabilityOf(band));
                html.append(HtmlReport.numberCell(band.equals(likeliest) ? "<strong>" + share + "</strong>" : share));
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void rules(StringBuilder html, RankSensitivity s) {
        html.append("<section id=\"rules\">\n<h2>Rules whose points move the ranking most</h2>\n<p>Share: for each "
                + "unit whose rank moved, the square of Spearman's correlation between the rule's factor and the "
                + "unit's rank over the draws (about the share of that unit's rank movement the rule explains), "
                + "averaged over those units. A rule that moves nothing shows about 1/draws from chance alone. "
                + "Most moved: the unit whose rank follows the rule's factor most closely; ρ below 0 means more "
                + "points move it up the ranking.</p>\n");
        if (s.rules().isEmpty()) {
            html.append("<p>No rule gave points.</p>\n</section>\n");
            return;
        }
        html.append("<div class=\"scroll\"><table class=\"ranking\">\n<thead><tr><th>Rule</th><th>File</th>")
                .append("<th class=\"num\">Share</th><th>Most moved</th><th class=\"num\">ρ</th></tr></thead>\n<tbody>\n");
        for (RuleInfluence rule : s.rules()) {
            html.append("<tr><td>").append(HtmlText.escape(rule.rule())).append("</td><td>")
                    .append(HtmlText.escape(rule.file())).append("</td>")
                    .append(HtmlReport.numberCell(String.format(Locale.ROOT, "%.1f%%", rule.rankShare() * 100)))
                    .append("<td>").append(rule.mostMoved() == null ? NumberText.NONE : HtmlText.escape(rule.mostMoved()))
                    .append("</td>").append(HtmlReport.numberCell(rule.mostMoved() == null ? NumberText.NONE
                            : String.format(Locale.ROOT, "%.2f", rule.rho())))
                    .append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n</section>\n");
    }

    private static String factor(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
