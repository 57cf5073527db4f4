package dev.riskengine.report.html;

import dev.riskengine.report.ComparisonText;
import dev.riskengine.report.Listing;
import java.util.Locale;

import dev.riskengine.model.RunComparison;
import dev.riskengine.report.UnitNoun;

/**
 * The "Since the previous run" section of report.html: the run compared with, the rule files that
 * changed, and per changed country its score and band change and why (cells and contributions).
 */
final class ComparisonSection {

    static final String CSS = """
            table.changes ul { margin: 0; padding-left: 1.1em; }
            table.changes li { margin: 0 0 2px; }
            .rose { color: #b42318; font-weight: 600; }
            .fell { color: #1a7f37; font-weight: 600; }
            """;

    private ComparisonSection() {
    }

    static void write(StringBuilder html, RunComparison comparison, Listing listing) {
        if (!listing.perUnitSections()) {
            headline(html, comparison);
            return;
        }
        html.append("<section id=\"changes\">\n<h2>Since the previous run</h2>\n<p>")
                .append(HtmlText.escape(ComparisonText.headline(comparison))).append("</p>\n");
        if (!comparison.hasPrevious()) {
            html.append("</section>\n");
            return;
        }
        if (!comparison.ruleFiles().isEmpty()) {
            html.append("<p><strong>Rule files:</strong></p>\n<ul>\n");
            comparison.ruleFiles().forEach(f -> html.append("<li><code>").append(HtmlText.escape(ComparisonText.ruleFile(f)))
                    .append("</code></li>\n"));
            html.append("</ul>\n");
        }
        if (comparison.changedCountries().isEmpty()) {
            html.append("<p>No score, band, input value or contribution changed.</p>\n</section>\n");
            return;
        }
        html.append("<div class=\"scroll\"><table class=\"changes\">\n<thead><tr><th>")
                .append(UnitNoun.of(comparison.unitCodes()).heading())
                .append("</th><th class=\"num\">Score</th>")
                .append("<th>Band</th><th>Why</th></tr></thead>\n<tbody>\n");
        for (RunComparison.CountryChange c : comparison.changedCountries()) {
            html.append("<tr><td>");
            if (c.assessedNow()) {
                html.append("<a href=\"#").append(HtmlText.escape(c.iso3())).append("\">")
                        .append(HtmlText.escape(c.name())).append("</a>");
            } else {
                html.append(HtmlText.escape(c.name()));
            }
            html.append(" <span class=\"iso\">").append(HtmlText.escape(c.iso3())).append("</span></td>")
                    .append(HtmlReport.numberCell(HtmlText.escape(ComparisonText.score(c)))).append("<td>");
            band(html, c);
            html.append("</td><td><ul>");
            for (RunComparison.CellChange cell : c.cells()) {
                html.append("<li>input <code>").append(HtmlText.escape(cell.code())).append("</code> <span class=\"cells\">")
                        .append(HtmlText.escape(cell.cell())).append("</span>: ")
                        .append(HtmlText.escape(ComparisonText.reading(cell.before()))).append(" → ")
                        .append(HtmlText.escape(ComparisonText.reading(cell.after()))).append("</li>");
            }
            for (RunComparison.ContributionChange change : c.contributions()) {
                html.append("<li>").append(ComparisonText.verb(change)).append(' ')
                        .append(HtmlText.escape(ComparisonText.points(change))).append(' ')
                        .append(change.dimension() == null ? "" : change.dimension().name().toLowerCase(Locale.ROOT))
                        .append(": ").append(HtmlText.escape(change.reason())).append(" <span class=\"muted\">(rule ")
                        .append(HtmlText.escape(change.rule())).append(", <code>").append(HtmlText.escape(change.file()))
                        .append("</code>)</span></li>");
            }
            ComparisonText.unexplained(c).ifPresent(text -> html.append("<li>").append(HtmlText.escape(text)).append("</li>"));
            html.append("</ul></td></tr>\n");
        }
        html.append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void band(StringBuilder html, RunComparison.CountryChange c) {
        if (c.bandBefore() != null && (c.band() == null || !c.band().equals(c.bandBefore()))) {
            html.append(HtmlReport.badge(c.bandBefore(), c.bandLevelBefore())).append(" → ");
        }
        if (c.band() != null) {
            html.append(HtmlReport.badge(c.band(), c.bandLevel()));
        }
        if (c.bandRose()) {
            html.append(" <span class=\"rose\">▲ rose</span>");
        } else if (c.bandFell()) {
            html.append(" <span class=\"fell\">▼ fell</span>");
        }
    }

    /** The change since the previous run in one sentence; unit by unit it is sheet Changes of summary.xlsx. */
    private static void headline(StringBuilder html, RunComparison comparison) {
        html.append("<section id=\"comparison\">\n<h2>Since the previous run</h2>\n<p>")
                .append(HtmlText.escape(ComparisonText.headline(comparison)))
                .append(comparison.hasPrevious() ? " Every change, unit by unit, is on sheet Changes of summary.xlsx "
                        + "and in scores.json (<code>comparison</code>)." : "")
                .append("</p>\n</section>\n");
    }
}
