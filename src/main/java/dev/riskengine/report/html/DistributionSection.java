package dev.riskengine.report.html;

import dev.riskengine.model.CountryAssessment;
import dev.riskengine.model.InsufficientEvidence;
import java.util.List;
import java.util.Locale;

/**
 * A large run's scores as a histogram, drawn as inline SVG: a unit without a score is counted
 * beside it, never in a bin.
 */
final class DistributionSection {
    private static final int SCORE_BINS = 10;

    private DistributionSection() {
    }

    /** A histogram of the scores in bins of one point, drawn as inline SVG (no scripts, no network). */
    static void write(StringBuilder html, List<CountryAssessment> units) {
        int[] bins = new int[SCORE_BINS];
        int unscored = 0;
        for (CountryAssessment unit : units) {
            if (!unit.scored()) {
                unscored++; // no score: counting it in a bin would show it as a score of 0-1
                continue;
            }
            int bin = (int) Math.floor(unit.score());
            bins[Math.max(0, Math.min(SCORE_BINS - 1, bin))]++;
        }
        int most = 1;
        for (int count : bins) {
            most = Math.max(most, count);
        }
        int width = 600;
        int height = 200;
        int barWidth = width / SCORE_BINS;
        html.append("<section id=\"distribution\">\n<h2>Distribution of scores</h2>\n<figure>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height + 40).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height + 40).append("\" aria-label=\"Number of units per score from 0 to 10\">\n");
        for (int i = 0; i < SCORE_BINS; i++) {
            int barHeight = (int) Math.round(bins[i] * (double) height / most);
            html.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#4a6fa5\"><title>%d-%d: %,d units</title></rect>\n",
                    i * barWidth + 2, height - barHeight, barWidth - 4, barHeight, i, i + 1, bins[i]));
            html.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%d-%d</text>\n",
                    i * barWidth + barWidth / 2, height + 16, i, i + 1));
            html.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%,d</text>\n",
                    i * barWidth + barWidth / 2, height + 32, bins[i]));
        }
        html.append("</svg>\n<figcaption>Units per score, in bins of one point (score 0-10)")
                .append(unscored == 0 ? "" : String.format(Locale.ROOT, "; %,d units with %s have no score and are not"
                        + " counted", unscored, InsufficientEvidence.STATE.toLowerCase(Locale.ROOT)))
                .append(".</figcaption>\n</figure>\n</section>\n");
    }
}
