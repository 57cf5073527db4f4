package dev.riskengine.report.html;

import dev.riskengine.report.SourceLines;
import dev.riskengine.model.RunMetadata;

/** The footer: the run's id, input and rule hashes and component versions, for audit. */
final class RunSection {

    private RunSection() {
    }

    static void write(StringBuilder html, RunMetadata run) {
        html.append("<footer id=\"run\">\n<h2>Run</h2>\n<div class=\"scroll\"><table class=\"run\">\n<tbody>\n");
        row(html, "Run id", HtmlText.escape(run.runId()));
        row(html, "Input", "<code>" + HtmlText.escape(run.inputFile()) + "</code>");
        row(html, "Input SHA-256", "<code>" + HtmlText.escape(run.inputSha256()) + "</code>");
        if (run.ruleFiles() != null) {
            run.ruleFiles().forEach((file, sha) ->
                    row(html, "Rules <code>" + HtmlText.escape(file) + "</code>", "<code>" + HtmlText.escape(sha) + "</code>"));
        }
        if (run.versions() != null && !run.versions().isEmpty()) {
            StringBuilder versions = new StringBuilder();
            run.versions().forEach((name, version) -> versions.append(versions.length() == 0 ? "" : " · ")
                    .append(HtmlText.escape(name)).append(' ').append(HtmlText.escape(version)));
            row(html, "Versions", versions.toString());
        }
        run.provenance().forEach(source -> row(html, "Source of <code>" + HtmlText.escape(source.code()) + "</code>",
                HtmlText.escape(SourceLines.of(source))));
        html.append("</tbody>\n</table></div>\n<p class=\"muted\">Full run details in manifest.json.</p>\n</footer>\n");
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th>").append(label).append("</th><td>").append(value).append("</td></tr>\n");
    }
}
