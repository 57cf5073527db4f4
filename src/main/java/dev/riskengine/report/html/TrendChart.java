package dev.riskengine.report.html;

import static dev.riskengine.report.html.SvgChart.PAGE_WIDTH;
import static dev.riskengine.report.html.SvgChart.SCORE_MAX;

import dev.riskengine.report.ShownRank;
import dev.riskengine.report.BandColour;
import dev.riskengine.report.CountryName;
import dev.riskengine.report.NumberText;
import dev.riskengine.report.ShownText;
import dev.riskengine.report.UnitNoun;
import dev.riskengine.report.YearScore;
import dev.riskengine.model.Assessment;
import dev.riskengine.model.CountryAssessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Each country's score across the assessed years as small multiples: one small line chart per
 * country, all on the same 0-10 scale and the same years, in ranking order, so they compare at a
 * glance on screen and on paper. Points are coloured by that year's band.
 */
final class TrendChart {

    private static final int COLUMNS = 4;
    private static final int EDGE = 1; // keeps the outer frames' strokes inside the picture
    private static final int CELL_HEIGHT = 140;
    private static final int PAD_LEFT = 26;
    private static final int PAD_RIGHT = 40;
    private static final int PAD_TOP = 32;
    private static final int PAD_BOTTOM = 22;
    private static final int GAP = 12;

    private TrendChart() {
    }

    static String svg(Assessment assessment) {
        List<Assessment> years = assessment.allYears();
        List<CountryAssessment> countries = assessment.countries();
        int rows = (countries.size() + COLUMNS - 1) / COLUMNS;
        int height = rows * (CELL_HEIGHT + GAP) + 2 * EDGE;
        double cellWidth = (PAGE_WIDTH - 2 * EDGE - GAP * (COLUMNS - 1)) / (double) COLUMNS;
        StringBuilder svg = new StringBuilder();
        SvgChart.open(svg, "chart trend", PAGE_WIDTH, height, "trend-title", "Risk score by year (" + years.get(0).year()
                + "–" + years.get(years.size() - 1).year() + "), one small chart per " + UnitNoun.of(assessment).singular());
        for (int i = 0; i < countries.size(); i++) {
            double left = EDGE + (i % COLUMNS) * (cellWidth + GAP);
            double top = EDGE + (i / COLUMNS) * (CELL_HEIGHT + GAP);
            cell(svg, countries.get(i), YearScore.of(years, countries.get(i).iso3()), left, top, cellWidth);
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void cell(StringBuilder svg, CountryAssessment country, List<YearScore> points, double left, double top,
                             double width) {
        double plotLeft = left + PAD_LEFT;
        double plotWidth = width - PAD_LEFT - PAD_RIGHT;
        double plotTop = top + PAD_TOP;
        double plotHeight = CELL_HEIGHT - PAD_TOP - PAD_BOTTOM;
        svg.append("<g class=\"small\" data-iso3=\"").append(HtmlText.escape(country.iso3())).append("\">\n")
                .append("<rect class=\"frame\" x=\"").append(c(left)).append("\" y=\"").append(c(top)).append("\" width=\"")
                .append(c(width)).append("\" height=\"").append(CELL_HEIGHT).append("\"/>\n")
                .append("<text class=\"label\" x=\"").append(c(left + 6)).append("\" y=\"").append(c(top + 16)).append("\">")
                .append(ShownRank.prefix(country))
                .append(HtmlText.escape(ShownText.shortened(CountryName.of(country), 24)))
                .append("</text>\n<g class=\"axis\">");
        for (int tick = 0; tick <= SCORE_MAX; tick += 5) {
            double y = plotTop + plotHeight - tick / SCORE_MAX * plotHeight;
            svg.append("<line x1=\"").append(c(plotLeft)).append("\" y1=\"").append(c(y)).append("\" x2=\"")
                    .append(c(plotLeft + plotWidth)).append("\" y2=\"").append(c(y)).append("\"/><text x=\"")
                    .append(c(plotLeft - 4)).append("\" y=\"").append(c(y + 4)).append("\" text-anchor=\"end\">")
                    .append(tick).append("</text>");
        }
        for (int i = 0; i < points.size(); i++) {
            // Label the first and last year always, the ones between only when they fit.
            if (i == 0 || i == points.size() - 1 || points.size() <= 6) {
                svg.append("<text x=\"").append(c(x(i, points.size(), plotLeft, plotWidth))).append("\" y=\"")
                        .append(c(plotTop + plotHeight + 15)).append("\" text-anchor=\"middle\">")
                        .append(points.get(i).year()).append("</text>");
            }
        }
        svg.append("</g>\n");
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            YearScore point = points.get(i);
            if (point.score() == null) {
                continue; // a year without this country breaks the line rather than inventing a value
            }
            boolean startsSegment = i == 0 || points.get(i - 1).score() == null;
            path.append(startsSegment ? "M" : " L").append(c(x(i, points.size(), plotLeft, plotWidth))).append(' ')
                    .append(c(y(point.score(), plotTop, plotHeight)));
        }
        if (path.length() > 0) {
            svg.append("<path class=\"line\" d=\"").append(path.toString().trim()).append("\"/>\n");
        }
        for (int i = 0; i < points.size(); i++) {
            YearScore point = points.get(i);
            if (point.score() == null) {
                continue;
            }
            double x = x(i, points.size(), plotLeft, plotWidth);
            double y = y(point.score(), plotTop, plotHeight);
            svg.append("<circle class=\"point\" cx=\"").append(c(x)).append("\" cy=\"").append(c(y))
                    .append("\" r=\"4\" fill=\"").append(BandColour.forLevel(point.bandLevel()).fill()).append("\"><title>")
                    .append(HtmlText.escape(CountryName.of(country))).append(' ').append(point.year()).append(": ")
                    .append(NumberText.score(point.score())).append("</title></circle>");
            if (i == points.size() - 1) {
                svg.append("<text class=\"value\" x=\"").append(c(x + 7)).append("\" y=\"").append(c(y + 4)).append("\">")
                        .append(NumberText.score(point.score())).append("</text>");
            }
            svg.append('\n');
        }
        svg.append("</g>\n");
    }

    private static double x(int index, int count, double left, double width) {
        return count == 1 ? left + width / 2 : left + index * width / (count - 1);
    }

    private static double y(double score, double top, double height) {
        double clamped = Math.max(0, Math.min(SCORE_MAX, score));
        return top + height - clamped / SCORE_MAX * height;
    }

    private static String c(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
