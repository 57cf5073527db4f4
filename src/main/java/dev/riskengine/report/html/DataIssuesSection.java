package dev.riskengine.report.html;

import dev.riskengine.model.DataIssue;

import dev.riskengine.report.Listing;

import java.util.List;
import java.util.Locale;

/**
 * Every missing value and warning of the assessed year, with its cell; for a large run, how many
 * there are and where they are listed.
 */
final class DataIssuesSection {

    private DataIssuesSection() {
    }

    static void write(StringBuilder html, List<DataIssue> issues, Listing listing) {
        if (!listing.perUnitSections()) {
            counts(html, issues);
            return;
        }
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

    private static void counts(StringBuilder html, List<DataIssue> issues) {
        long missing = issues.stream().filter(i -> i.kind() == DataIssue.Kind.MISSING).count();
        html.append("<section id=\"data-issues\">\n<h2>Data issues</h2>\n<p>")
                .append(String.format(Locale.ROOT, "%,d missing values and %,d warnings; none stopped the run. "
                        + "They are listed on sheet \"Data issues\" of summary.xlsx and in scores.json.",
                        missing, issues.size() - missing))
                .append("</p>\n</section>\n");
    }
}
