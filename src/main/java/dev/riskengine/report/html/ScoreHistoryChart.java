package dev.riskengine.report.html;

import dev.riskengine.report.BandColour;
import dev.riskengine.report.NumberText;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.riskengine.model.HistoryEntry;

/**
 * One country's score across runs as a small inline SVG line chart: runs evenly spaced oldest to
 * newest, the score scale from 0 to 10, each point coloured by its band with a tooltip naming the
 * run. A run that did not assess the country breaks the line.
 */
final class ScoreHistoryChart {

    private static final int WIDTH = 320;
    private static final int HEIGHT = 150;
    private static final int LEFT = 26;
    private static final int RIGHT = 36;
    private static final int TOP = 8;
    private static final int BOTTOM = 22;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private ScoreHistoryChart() {
    }

    static String svg(String iso3, ScoresByRun runs) {
        double top = 10;
        for (int i = 0; i < runs.size(); i++) {
            double score = runs.scoreOf(i, iso3).map(HistoryEntry.Score::score).orElse(Double.NaN);
            if (Double.isFinite(score)) {
                top = Math.max(top, Math.ceil(score));
            }
        }
        StringBuilder svg = new StringBuilder(2_048);
        svg.append("<svg class=\"chart history\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"Score of ").append(HtmlText.escape(iso3)).append(" across ")
                .append(runs.size()).append(runs.size() == 1 ? " run" : " runs").append("\">\n<g class=\"grid\">");
        for (int tick = 0; tick <= top; tick += 2) {
            double y = y(tick, top);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\"/><text x=\"").append(LEFT - 5).append("\" y=\"")
                    .append(fmt(y + 4)).append("\" text-anchor=\"end\">").append(tick).append("</text>");
        }
        if (runs.size() > 0) {
            svg.append("<text x=\"").append(LEFT).append("\" y=\"").append(HEIGHT - 6).append("\">")
                    .append(DAY.format(runs.run(0).startedAt())).append("</text>");
        }
        if (runs.size() > 1) {
            svg.append("<text x=\"").append(WIDTH - RIGHT).append("\" y=\"").append(HEIGHT - 6)
                    .append("\" text-anchor=\"end\">").append(DAY.format(runs.run(runs.size() - 1).startedAt())).append("</text>");
        }
        svg.append("</g>\n");
        lines(svg, iso3, runs, top);
        points(svg, iso3, runs, top);
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** One polyline per stretch of consecutive runs that assessed the country. */
    private static void lines(StringBuilder svg, String iso3, ScoresByRun runs, double top) {
        List<String> stretch = new ArrayList<>();
        for (int i = 0; i <= runs.size(); i++) {
            Optional<HistoryEntry.Score> score = i < runs.size() ? runs.scoreOf(i, iso3) : Optional.empty();
            if (score.isPresent() && Double.isFinite(score.get().score())) {
                stretch.add(fmt(x(i, runs.size())) + "," + fmt(y(score.get().score(), top)));
            } else {
                if (stretch.size() > 1) {
                    svg.append("<polyline points=\"").append(String.join(" ", stretch)).append("\"/>\n");
                }
                stretch.clear();
            }
        }
    }

    private static void points(StringBuilder svg, String iso3, ScoresByRun runs, double top) {
        double radius = runs.size() > 40 ? 2.2 : 3.6;
        int last = -1;
        for (int i = 0; i < runs.size(); i++) {
            Optional<HistoryEntry.Score> score = runs.scoreOf(i, iso3);
            if (score.isEmpty() || !Double.isFinite(score.get().score())) {
                continue;
            }
            HistoryEntry.Score s = score.get();
            svg.append("<circle cx=\"").append(fmt(x(i, runs.size()))).append("\" cy=\"").append(fmt(y(s.score(), top)))
                    .append("\" r=\"").append(fmt(radius)).append("\" fill=\"").append(BandColour.forLevel(s.bandLevel()).fill())
                    .append("\"><title>").append(HtmlText.escape(runs.run(i).runId()))
                    .append(runs.run(i).year() == null ? "" : " (" + runs.run(i).year() + ")").append(": ")
                    .append(NumberText.score(s.score())).append(' ').append(HtmlText.escape(s.band()))
                    .append("</title></circle>\n");
            last = i;
        }
        if (last >= 0) {
            HistoryEntry.Score s = runs.scoreOf(last, iso3).orElseThrow();
            svg.append("<text class=\"last\" x=\"").append(fmt(x(last, runs.size()) + 7)).append("\" y=\"")
                    .append(fmt(y(s.score(), top) + 4)).append("\">").append(NumberText.score(s.score())).append("</text>\n");
        }
    }

    private static double x(int index, int count) {
        double width = WIDTH - LEFT - RIGHT;
        return count == 1 ? LEFT + width / 2 : LEFT + 8 + index * (width - 16) / (count - 1);
    }

    private static double y(double score, double top) {
        double height = HEIGHT - TOP - BOTTOM;
        return TOP + height * (1 - Math.max(0, score) / top);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
