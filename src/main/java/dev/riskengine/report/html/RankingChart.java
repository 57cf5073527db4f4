package dev.riskengine.report.html;

import static dev.riskengine.report.html.SvgChart.PAGE_WIDTH;

import dev.riskengine.report.ShownRank;
import dev.riskengine.report.BandColour;
import dev.riskengine.report.CountryName;
import dev.riskengine.report.NumberText;
import dev.riskengine.report.ShownText;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.report.UnitNoun;

import java.util.List;
import java.util.Locale;

/**
 * The ranking as an inline SVG bar chart: one bar per country in ranking order, coloured by band,
 * with the score range (low to high) drawn as a whisker. Drawn here rather than by a charting
 * library so report.html stays one self-contained file with no script.
 */
final class RankingChart {

    private static final int LABEL_WIDTH = 250;
    private static final int RIGHT_MARGIN = 56;
    private static final int TOP = 30;
    private static final int BOTTOM = 8;
    private static final int ROW = 30;
    private static final int BAR = 18;
    private static final int CAP = 12;
    private static final int MAX_LABEL = 28;

    private final double min;
    private final double max;

    private RankingChart(double min, double max) {
        this.min = min;
        this.max = max;
    }

    /** The chart for these countries; scores are on 0..10, widened only if a rule went beyond. */
    static String svg(List<CountryAssessment> countries) {
        double low = 0;
        double high = 10;
        for (CountryAssessment c : countries) {
            for (double v : new double[] {c.score(), c.scoreLow(), c.scoreHigh()}) {
                if (Double.isFinite(v)) {
                    low = Math.min(low, Math.floor(v));
                    high = Math.max(high, Math.ceil(v));
                }
            }
        }
        return new RankingChart(low, high).draw(countries);
    }

    private String draw(List<CountryAssessment> countries) {
        int height = TOP + countries.size() * ROW + BOTTOM;
        StringBuilder svg = new StringBuilder();
        SvgChart.open(svg, "chart", PAGE_WIDTH, height, "chart-title",
                "Risk score by " + UnitNoun.of(countries.stream().map(CountryAssessment::iso3)).singular()
                        + ", ranked; whiskers show the score range");
        axis(svg, height);
        for (int i = 0; i < countries.size(); i++) {
            row(svg, countries.get(i), TOP + i * ROW);
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private void axis(StringBuilder svg, int height) {
        double span = max - min;
        int step = span <= 20 ? 1 : (int) Math.ceil(span / 10);
        svg.append("<g class=\"axis\">\n");
        for (double tick = min; tick <= max + 1e-9; tick += step) {
            String x = coordinate(x(tick));
            svg.append("<line x1=\"").append(x).append("\" y1=\"").append(TOP - 6).append("\" x2=\"").append(x)
                    .append("\" y2=\"").append(height - BOTTOM).append("\"/>")
                    .append("<text x=\"").append(x).append("\" y=\"").append(TOP - 12)
                    .append("\" text-anchor=\"middle\">").append(NumberText.exact(tick)).append("</text>\n");
        }
        svg.append("</g>\n");
    }

    private void row(StringBuilder svg, CountryAssessment country, int top) {
        BandColour colour = BandColour.forLevel(country.bandLevel());
        double centre = top + ROW / 2.0;
        String name = CountryName.of(country);
        svg.append("<a href=\"#").append(HtmlText.escape(country.iso3())).append("\">\n<g class=\"row\">")
                .append("<title>").append(HtmlText.escape(name + " (" + country.iso3() + "): " + NumberText.score(country.score())
                        + ", range " + NumberText.range(country.scoreLow(), country.scoreHigh()) + ", " + country.band()))
                .append("</title>\n");
        svg.append("<text class=\"label\" x=\"").append(LABEL_WIDTH - 10).append("\" y=\"").append(coordinate(centre + 5))
                .append("\" text-anchor=\"end\">").append(ShownRank.prefix(country))
                .append(HtmlText.escape(shorten(name))).append("</text>\n");
        double valueEnd = x(0);
        if (Double.isFinite(country.score())) {
            double start = Math.min(x(0), x(country.score()));
            double end = Math.max(x(0), x(country.score()));
            valueEnd = Math.max(valueEnd, end);
            svg.append("<rect class=\"bar\" x=\"").append(coordinate(start)).append("\" y=\"")
                    .append(coordinate(centre - BAR / 2.0)).append("\" width=\"").append(coordinate(end - start))
                    .append("\" height=\"").append(BAR).append("\" fill=\"").append(colour.fill()).append("\"/>\n");
        }
        if (Double.isFinite(country.scoreLow()) && Double.isFinite(country.scoreHigh())
                && country.scoreLow() != country.scoreHigh()) {
            String x1 = coordinate(x(country.scoreLow()));
            String x2 = coordinate(x(country.scoreHigh()));
            valueEnd = Math.max(valueEnd, x(country.scoreHigh()));
            String y = coordinate(centre);
            String capTop = coordinate(centre - CAP / 2.0);
            String capBottom = coordinate(centre + CAP / 2.0);
            // Drawn twice, a wide light line under a thin dark one, so the whisker reads on any bar colour.
            for (String layer : new String[] {"halo", "whisker"}) {
                svg.append("<g class=\"range ").append(layer).append("\"><line x1=\"").append(x1).append("\" y1=\"").append(y)
                        .append("\" x2=\"").append(x2).append("\" y2=\"").append(y).append("\"/><line x1=\"").append(x1)
                        .append("\" y1=\"").append(capTop).append("\" x2=\"").append(x1).append("\" y2=\"").append(capBottom)
                        .append("\"/><line x1=\"").append(x2).append("\" y1=\"").append(capTop).append("\" x2=\"").append(x2)
                        .append("\" y2=\"").append(capBottom).append("\"/></g>\n");
            }
        }
        svg.append("<text class=\"value\" x=\"").append(coordinate(valueEnd + 6)).append("\" y=\"")
                .append(coordinate(centre + 5)).append("\">")
                .append(country.scored() ? NumberText.score(country.score()) : HtmlText.escape(country.band()))
                .append("</text>\n");
        svg.append("</g>\n</a>\n");
    }

    private double x(double value) {
        double plot = PAGE_WIDTH - LABEL_WIDTH - RIGHT_MARGIN;
        return LABEL_WIDTH + (value - min) / (max - min) * plot;
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    // The table and the country section carry the full name; the chart keeps to its label column.
    private static String shorten(String name) {
        return ShownText.shortened(name, MAX_LABEL);
    }
}
