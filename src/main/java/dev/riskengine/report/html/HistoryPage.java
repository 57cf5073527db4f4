package dev.riskengine.report.html;

import dev.riskengine.report.BandColour;
import dev.riskengine.report.Listing;
import dev.riskengine.report.NumberText;
import dev.riskengine.report.map.MapUnit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.riskengine.model.HistoryEntry;
import dev.riskengine.report.json.ScoresJson;
import dev.riskengine.report.json.HistoryJson;

/**
 * reports/index.html: one self-contained page (no network, no script) listing every run of the
 * reports folder, newest first, with its time, input and rules hashes and outcome, then each
 * country's score across the complete runs as a small inline SVG chart, and the same numbers as a
 * table. For thousands of units ({@link Listing}) only the newest run's highest-ranked are charted,
 * and the page says where every score is. Every value that comes from a workbook, a rule or an
 * error message is escaped.
 */
public final class HistoryPage {

    public static final String FILE_NAME = "index.html";
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    /** In the table: a unit outside the highest-ranked units history.json keeps of a large run. */
    private static final String BELOW_TOP = "“below top " + Listing.TOP + "”";
    private static final String BELOW_TOP_CELL = "<span class=\"muted\" title=\"not among this run's " + Listing.TOP
            + " highest-ranked units, the ones history.json keeps; its scores.json has every unit\">below top "
            + Listing.TOP + "</span>";

    private static final String CSS = """
            .ok { color: #1a7f37; font-weight: 600; }
            .failed { color: #b42318; font-weight: 600; }
            .removed { color: var(--muted); }
            .runid { white-space: nowrap; }
            .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(330px, 1fr)); gap: 14px 22px; }
            .charts figure { margin: 0; border: 1px solid var(--rule); border-radius: 6px; padding: 8px 10px 4px; }
            .charts figcaption { font-weight: 600; margin-bottom: 2px; }
            svg.history .grid line { stroke: #e5e7eb; stroke-width: 1; }
            svg.history .grid text { fill: var(--muted); font-size: 11px; }
            svg.history polyline { fill: none; stroke: #444c56; stroke-width: 1.8; }
            svg.history circle { stroke: rgba(0, 0, 0, .45); stroke-width: 1; }
            svg.history .last { fill: var(--ink); font-size: 12px; font-weight: 600; }
            table.scores td.num span.band { min-width: 3.2em; text-align: right; }
            """;

    public void write(List<HistoryEntry> runs, Path file) throws IOException {
        Files.writeString(file, render(runs), StandardCharsets.UTF_8);
    }

    String render(List<HistoryEntry> runs) {
        List<HistoryEntry> complete = runs.stream().filter(HistoryEntry::complete).toList();
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Country risk — run history</title>\n<style>\n").append(HtmlStyle.css()).append(CSS).append(MapSection.CSS)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>Country risk — run history</h1>\n<p class=\"lead\">")
                .append(runs.size()).append(runs.size() == 1 ? " run: " : " runs: ").append(complete.size())
                .append(" complete, ").append(runs.size() - complete.size()).append(" failed.");
        complete.stream().filter(HistoryEntry::folderPresent).reduce((a, b) -> b).ifPresent(latest ->
                html.append(" Latest: <a href=\"").append(HtmlText.escape(latest.runId())).append("/report.html\">")
                        .append(HtmlText.escape(latest.runId())).append("</a>."));
        html.append("</p>\n</header>\n");
        newestMap(html, complete);
        runsTable(html, runs);
        scores(html, complete);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    /**
     * Opens a section with its heading; an empty one says so and is closed at once.
     *
     * @return whether the section is open for its content
     */
    private static boolean openSection(StringBuilder html, String id, String heading, boolean empty, String none) {
        html.append("<section id=\"").append(id).append("\">\n<h2>").append(heading).append("</h2>\n");
        if (empty) {
            html.append("<p>").append(none).append("</p>\n</section>\n");
        }
        return !empty;
    }

    /** The newest complete run's map; for a large run, history.json keeps only its highest-ranked units, and so does the map. */
    private static void newestMap(StringBuilder html, List<HistoryEntry> complete) {
        if (complete.isEmpty()) {
            return;
        }
        HistoryEntry newest = complete.get(complete.size() - 1);
        List<HistoryEntry.Score> units = newest.countries().size() > Listing.LARGE_ABOVE
                ? newest.countries().subList(0, Listing.TOP) : newest.countries();
        String note = "The newest run, " + HtmlText.escape(newest.runId())
                + (units.size() < newest.units() ? ", its " + units.size() + " highest-ranked units." : ".");
        MapSection.write(html, MapUnit.ofScores(units), note);
    }

    private static void runsTable(StringBuilder html, List<HistoryEntry> runs) {
        if (!openSection(html, "runs", "Runs", runs.isEmpty(), "No run yet.")) {
            return;
        }
        html.append("<div class=\"scroll\"><table class=\"runs\">\n<thead><tr><th>Started (UTC)</th><th>Run</th>")
                .append("<th class=\"num\">Year</th><th>Input</th><th>Input SHA-256</th><th>Rules SHA-256</th>")
                .append("<th>Outcome</th></tr></thead>\n<tbody>\n");
        for (int i = runs.size() - 1; i >= 0; i--) {
            HistoryEntry run = runs.get(i);
            html.append("<tr><td class=\"num\">").append(TIME.format(run.startedAt())).append("</td><td class=\"runid\">");
            if (run.runId() == null) {
                html.append("<span class=\"muted\">no folder</span>");
            } else if (run.folderPresent()) {
                html.append("<a href=\"").append(HtmlText.escape(run.runId())).append("/report.html\">")
                        .append(HtmlText.escape(run.runId())).append("</a>");
            } else {
                html.append("<span class=\"removed\" title=\"removed by --keep\">")
                        .append(HtmlText.escape(run.runId())).append(" (removed)</span>");
            }
            html.append("</td><td class=\"num\">").append(run.year() == null ? NumberText.NONE : run.year())
                    .append("</td><td><code>").append(HtmlText.escape(run.inputFile())).append("</code></td>")
                    .append(hashCell(run.inputSha256(), null))
                    .append(hashCell(run.rulesSha256(), ruleFilesTitle(run.ruleFiles()))).append("<td>");
            if (run.complete()) {
                html.append("<span class=\"ok\">complete</span>");
                if (run.bandsRose() > 0 || run.bandsFell() > 0) {
                    html.append(" · bands: ").append(run.bandsRose()).append(" rose, ").append(run.bandsFell()).append(" fell");
                }
            } else {
                html.append("<span class=\"failed\">").append(HtmlText.escape(run.outcome())).append("</span>");
                if (run.message() != null) {
                    html.append(": ").append(HtmlText.escape(run.message()));
                }
            }
            html.append("</td></tr>\n");
        }
        html.append("</tbody>\n</table></div>\n<p class=\"muted\">Rules SHA-256: one hash over every rule file's name ")
                .append("and SHA-256 (hover for the files); the same hash means the same rules.</p>\n</section>\n");
    }

    private static String hashCell(String sha256, String title) {
        if (sha256 == null) {
            return "<td>" + NumberText.NONE + "</td>";
        }
        return "<td><code title=\"" + HtmlText.escape(title == null ? sha256 : sha256 + "\n" + title) + "\">"
                + HtmlText.escape(sha256.length() > 12 ? sha256.substring(0, 12) + "…" : sha256) + "</code></td>";
    }

    private static String ruleFilesTitle(Map<String, String> ruleFiles) {
        StringBuilder title = new StringBuilder();
        ruleFiles.forEach((file, sha) -> title.append(title.length() == 0 ? "" : "\n").append(file).append(' ')
                .append(sha, 0, Math.min(12, sha.length())));
        return title.toString();
    }

    private static void scores(StringBuilder html, List<HistoryEntry> complete) {
        if (!openSection(html, "scores", "Scores across runs", complete.isEmpty(), "No complete run yet.")) {
            return;
        }
        ScoresByRun runs = new ScoresByRun(complete);
        Map<String, String> countries = countriesNewestRankingFirst(complete);
        boolean large = countries.size() > Listing.LARGE_ABOVE || complete.stream().anyMatch(r -> r.units() > Listing.LARGE_ABOVE);
        Map<String, String> shown = large ? first(countries, Listing.TOP) : countries;
        if (large) {
            largeHistoryNote(html, complete, shown.size());
        }
        html.append("<p class=\"muted\">Each country's score (0–10) in every complete run, oldest on the left; ")
                .append("points are coloured by band.</p>\n<div class=\"charts\">\n");
        shown.forEach((iso3, name) -> html.append("<figure><figcaption>").append(HtmlText.escape(name))
                .append(" <span class=\"iso\">").append(HtmlText.escape(iso3)).append("</span></figcaption>\n")
                .append(ScoreHistoryChart.svg(iso3, runs)).append("</figure>\n"));
        html.append("</div>\n<h3 style=\"margin-top:1.2em\">The numbers</h3>\n<div class=\"scroll\"><table class=\"scores\">\n")
                .append("<thead><tr><th>Country</th>");
        for (HistoryEntry run : complete) {
            html.append("<th class=\"num\" title=\"").append(HtmlText.escape(run.runId())).append("\">")
                    .append(DateTimeFormatter.ofPattern("yyyy-MM-dd'<br>'HH:mm:ss").withZone(ZoneOffset.UTC).format(run.startedAt()))
                    .append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        shown.forEach((iso3, name) -> {
            html.append("<tr><td>").append(HtmlText.escape(name)).append(" <span class=\"iso\">")
                    .append(HtmlText.escape(iso3)).append("</span></td>");
            for (int i = 0; i < runs.size(); i++) {
                int run = i;
                html.append("<td class=\"num\">");
                runs.scoreOf(run, iso3).ifPresentOrElse(s -> html.append("<span class=\"band ")
                                .append(BandColour.cssClass(s.bandLevel())).append("\" title=\"").append(HtmlText.escape(s.band()))
                                .append("\">").append(NumberText.score(s.score())).append("</span>"),
                        () -> html.append(runs.run(run).partial() ? BELOW_TOP_CELL : NumberText.NONE));
                html.append("</td>");
            }
            html.append("</tr>\n");
        });
        html.append("</tbody>\n</table></div>\n</section>\n");
    }

    /**
     * Says, above the charts of a history with thousands of units, which units the page shows and
     * where every unit's score is: a chart per unit would make a page no browser opens quickly.
     */
    private static void largeHistoryNote(StringBuilder html, List<HistoryEntry> complete, int shown) {
        HistoryEntry newest = complete.get(complete.size() - 1);
        int newestUnits = newest.countries().size();
        if (newest.units() > Listing.LARGE_ABOVE) {
            html.append("<p class=\"lead\">The newest run, ").append(HtmlText.escape(newest.runId())).append(", assessed ")
                    .append(count(newest.units())).append(" units");
        } else {
            html.append("<p class=\"lead\">The runs assessed more than ").append(count(Listing.LARGE_ABOVE)).append(" units");
        }
        html.append(": too many to chart one by one. The charts and the table show ");
        if (newestUnits >= shown) {
            html.append("the ").append(shown).append(" units it ranks highest.");
        } else {
            html.append("its ").append(newestUnits).append(" and the first ").append(shown - newestUnits)
                    .append(" of those only earlier runs assessed.");
        }
        html.append(" Every unit's score, with its indicators and contributions, is in its run's ").append(ScoresJson.FILE_NAME);
        if (newest.folderPresent()) {
            String scores = newest.runId() + "/" + ScoresJson.FILE_NAME;
            html.append(" (the newest: <a href=\"").append(HtmlText.escape(scores)).append("\">")
                    .append(HtmlText.escape(scores)).append("</a>)");
        }
        html.append("; <a href=\"").append(HistoryJson.FILE_NAME).append("\">").append(HistoryJson.FILE_NAME)
                .append("</a> keeps every score of runs of up to ").append(count(Listing.LARGE_ABOVE))
                .append(" units and the ").append(Listing.TOP).append(" highest-ranked of larger runs (")
                .append(BELOW_TOP).append(" in the table, no point in the chart: a unit outside them).</p>\n");
    }

    private static String count(int units) {
        return String.format(Locale.ROOT, "%,d", units);
    }

    private static Map<String, String> first(Map<String, String> countries, int limit) {
        Map<String, String> first = new LinkedHashMap<>();
        for (Map.Entry<String, String> country : countries.entrySet()) {
            if (first.size() == limit) {
                break;
            }
            first.put(country.getKey(), country.getValue());
        }
        return first;
    }

    /** ISO3 to name: the newest run's countries in its ranking order, then those only earlier runs had. */
    private static Map<String, String> countriesNewestRankingFirst(List<HistoryEntry> complete) {
        Map<String, String> countries = new LinkedHashMap<>();
        List<HistoryEntry> newestFirst = new ArrayList<>(complete);
        java.util.Collections.reverse(newestFirst);
        for (HistoryEntry run : newestFirst) {
            run.countries().forEach(s -> countries.putIfAbsent(s.iso3(), s.name()));
        }
        return countries;
    }
}
