package dev.riskengine.report.html;

import dev.riskengine.report.BandColour;
import dev.riskengine.report.Listing;
import dev.riskengine.report.NumberText;
import dev.riskengine.report.map.MapUnit;
import dev.riskengine.model.Assessment;
import dev.riskengine.model.BacktestResult;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.Dimension;
import dev.riskengine.model.RunComparison;
import dev.riskengine.model.RunMetadata;
import dev.riskengine.report.UnitNoun;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * report.html: one file that opens from disk, needs no network and prints well. Styles are
 * inline, the charts are inline SVG drawn here, and there is no script at all; a
 * Content-Security-Policy makes the browser refuse any that might slip through. Every value
 * from the workbook or the rules passes through {@link HtmlText#escape}. The page is composed
 * of one class per section, in reading order. How much it lists is the run's {@link Listing}:
 * a section per unit for a small run; for a large one (thousands of units) a page a browser
 * opens at once, counting units per band, drawing how the scores are distributed and listing the
 * highest-ranked, while summary.xlsx and scores.json hold every unit and every firing.
 */
public final class HtmlReport {

    public static final String FILE_NAME = "report.html";

    public void write(Assessment assessment, RunMetadata run, Path file) throws IOException {
        write(assessment, run, RunComparison.firstRun(), file);
    }

    /** With a section saying what changed since the run compared with ({@link ComparisonSection}). */
    public void write(Assessment assessment, RunMetadata run, RunComparison comparison, Path file) throws IOException {
        write(assessment, run, comparison, Optional.empty(), file);
    }

    /** With a Backtest section too when the run made one ({@code assess --backtest}). */
    public void write(Assessment assessment, RunMetadata run, RunComparison comparison, Optional<BacktestResult> backtest,
                      Path file) throws IOException {
        Files.writeString(file, render(assessment, run, comparison, Listing.of(assessment), backtest), StandardCharsets.UTF_8);
    }

    String render(Assessment assessment, RunMetadata run) {
        return render(assessment, run, RunComparison.firstRun(), Listing.of(assessment));
    }

    String render(Assessment assessment, RunMetadata run, RunComparison comparison) {
        return render(assessment, run, comparison, Listing.of(assessment));
    }

    String render(Assessment assessment, RunMetadata run, RunComparison comparison, Listing listing) {
        return render(assessment, run, comparison, listing, Optional.empty());
    }

    String render(Assessment assessment, RunMetadata run, RunComparison comparison, Listing listing,
                  Optional<BacktestResult> backtest) {
        StringBuilder html = new StringBuilder(65_536);
        String title = listing.perUnitSections() ? UnitNoun.of(assessment).reportTitle() + " " + assessment.year()
                : "Risk " + assessment.year() + " — " + String.format(Locale.ROOT, "%,d", assessment.countries().size())
                + " units";
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(title).append(" — ").append(HtmlText.escape(run.runId())).append("</title>\n")
                .append("<style>\n").append(HtmlStyle.css()).append(listing.perUnitSections() ? ComparisonSection.CSS : "").append(MapSection.CSS)
                .append("</style>\n</head>\n<body>\n");
        if (listing.perUnitSections()) {
            everyUnit(html, assessment, run, comparison, listing, title, backtest);
        } else {
            summarising(html, assessment, run, comparison, listing, title, backtest);
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void everyUnit(StringBuilder html, Assessment assessment, RunMetadata run, RunComparison comparison,
                                  Listing listing, String title, Optional<BacktestResult> backtest) {
        HeadlineSection.write(html, assessment, run, title);
        RankingSection.write(html, assessment);
        MapSection.write(html, MapUnit.of(assessment.countries()), "Hover over a unit for its score.");
        ComparisonSection.write(html, comparison, listing);
        UncertaintyHtml.append(html, assessment, listing.unitsInFull());
        backtest.ifPresent(result -> BacktestSection.write(html, result));
        DimensionsSection.write(html, assessment.countries());
        TrendSection.write(html, assessment);
        UnitNoun noun = UnitNoun.of(assessment);
        html.append("<section id=\"countries\">\n<h2>").append(noun.pluralHeading()).append("</h2>\n");
        for (CountryAssessment country : assessment.countries()) {
            CountrySection.write(html, assessment, country, noun);
        }
        html.append("</section>\n");
        DataIssuesSection.write(html, assessment.dataIssues(), listing);
        MethodologySection.write(html, assessment, run);
        RunSection.write(html, run);
    }

    private static void summarising(StringBuilder html, Assessment assessment, RunMetadata run,
                                    RunComparison comparison, Listing listing, String title,
                                    Optional<BacktestResult> backtest) {
        HeadlineSection.writeSummarising(html, run, title);
        ComparisonSection.write(html, comparison, listing);
        BandsSection.write(html, assessment.countries());
        MapSection.write(html, MapUnit.of(assessment.countries()), "Hover over a unit for its score.");
        DistributionSection.write(html, assessment.countries());
        TopUnitsSection.write(html, assessment.countries(), listing);
        UncertaintyHtml.append(html, assessment, listing.unitsInFull());
        backtest.ifPresent(result -> BacktestSection.write(html, result));
        DataIssuesSection.write(html, assessment.dataIssues(), listing);
    }

    /** A band without a level (a comparison's "Insufficient data") is grey, as every level outside the palette. */
    static String badge(String band, Integer level) {
        return badge(band, level == null ? 0 : level.intValue());
    }

    static String badge(String band, int level) {
        return "<span class=\"band " + BandColour.cssClass(level) + "\">" + HtmlText.escape(band) + "</span>";
    }

    static String numberCell(String text) {
        return "<td class=\"num\">" + text + "</td>";
    }

    static Double dimension(CountryAssessment c, Dimension dimension) {
        return c.shownDimension(dimension); // none where the evidence is insufficient: that 0 is want of data
    }

    /** "Threat" for THREAT: how the reports name a dimension in prose and headers. */
    static String dimensionName(Dimension dimension) {
        String name = dimension.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    /** A score change with its sign, coloured: up is worse (more risk), down is better. */
    static String change(double change) {
        String css = !Double.isFinite(change) || change == 0 ? "flat" : change > 0 ? "up" : "down";
        String arrow = css.equals("up") ? "▲ " : css.equals("down") ? "▼ " : "";
        return "<span class=\"change " + css + "\">" + arrow + NumberText.change(change) + "</span>";
    }
}
