package dev.riskengine.report.html;

import static dev.riskengine.report.html.SvgChart.PAGE_WIDTH;
import static dev.riskengine.report.html.SvgChart.SCORE_MAX;

import dev.riskengine.report.CountryName;
import dev.riskengine.report.NumberText;
import dev.riskengine.report.ShownText;
import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.Dimension;
import dev.riskengine.report.UnitNoun;

import java.util.List;
import java.util.Locale;

/**
 * The three dimensions per country as small multiples: one panel per dimension side by side,
 * countries in ranking order down the rows, each bar on the same 0-10 scale, so a row reads
 * across (what drives this country) and a panel reads down (who is most threatened).
 */
final class DimensionsChart {

    private static final int LABEL_WIDTH = 190;
    private static final int GAP = 22;
    private static final int TOP = 44;
    private static final int ROW = 24;
    private static final int BAR = 14;
    private static final int VALUE_ROOM = 30;

    private DimensionsChart() {
    }

    static String svg(List<CountryAssessment> countries) {
        int height = TOP + countries.size() * ROW + 8;
        int panels = Dimension.values().length;
        double panelWidth = (PAGE_WIDTH - LABEL_WIDTH - GAP * (panels - 1)) / (double) panels;
        StringBuilder svg = new StringBuilder();
        SvgChart.open(svg, "chart dimensions", PAGE_WIDTH, height, "dimensions-title",
                "Threat, exposure and vulnerability (0–10) by "
                        + UnitNoun.of(countries.stream().map(CountryAssessment::iso3)).singular());
        for (int i = 0; i < countries.size(); i++) {
            CountryAssessment country = countries.get(i);
            double centre = TOP + i * ROW + ROW / 2.0;
            svg.append("<text class=\"label\" x=\"").append(LABEL_WIDTH - 10).append("\" y=\"").append(c(centre + 4))
                    .append("\" text-anchor=\"end\">").append(HtmlText.escape(ShownText.shortened(CountryName.of(country), 24)))
                    .append("</text>\n");
        }
        for (int p = 0; p < panels; p++) {
            Dimension dimension = Dimension.values()[p];
            double left = LABEL_WIDTH + p * (panelWidth + GAP);
            double plot = panelWidth - VALUE_ROOM;
            svg.append("<g class=\"panel\">\n<text class=\"panel-title\" x=\"").append(c(left)).append("\" y=\"16\">")
                    .append(HtmlReport.dimensionName(dimension)).append("</text>\n<g class=\"axis\">");
            for (int tick = 0; tick <= SCORE_MAX; tick += 5) {
                double x = left + tick / SCORE_MAX * plot;
                svg.append("<line x1=\"").append(c(x)).append("\" y1=\"").append(TOP - 6).append("\" x2=\"").append(c(x))
                        .append("\" y2=\"").append(height - 8).append("\"/><text x=\"").append(c(x)).append("\" y=\"")
                        .append(TOP - 10).append("\" text-anchor=\"middle\">").append(tick).append("</text>");
            }
            svg.append("</g>\n");
            for (int i = 0; i < countries.size(); i++) {
                Double value = HtmlReport.dimension(countries.get(i), dimension);
                double centre = TOP + i * ROW + ROW / 2.0;
                if (value == null || !Double.isFinite(value)) {
                    svg.append("<text class=\"value\" x=\"").append(c(left)).append("\" y=\"").append(c(centre + 4))
                            .append("\">").append(NumberText.NONE).append("</text>\n");
                    continue;
                }
                double length = Math.max(0, Math.min(value, SCORE_MAX)) / SCORE_MAX * plot;
                svg.append("<rect class=\"dim ").append(dimension.name().toLowerCase(Locale.ROOT)).append("\" x=\"")
                        .append(c(left)).append("\" y=\"").append(c(centre - BAR / 2.0)).append("\" width=\"")
                        .append(c(length)).append("\" height=\"").append(BAR).append("\"><title>")
                        .append(HtmlText.escape(CountryName.of(countries.get(i)))).append(' ')
                        .append(HtmlReport.dimensionName(dimension).toLowerCase(Locale.ROOT)).append(' ')
                        .append(NumberText.score(value)).append("</title></rect>")
                        .append("<text class=\"value\" x=\"").append(c(left + length + 4)).append("\" y=\"")
                        .append(c(centre + 4)).append("\">").append(NumberText.score(value)).append("</text>\n");
            }
            svg.append("</g>\n");
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String c(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
