package dev.riskengine.report.html;

/** What the charts of report.html share: their width, the score scale, and how an inline SVG chart opens. */
final class SvgChart {
    /** The page-wide charts are as wide as each other, so they line up on screen and on paper. */
    static final int PAGE_WIDTH = 960;
    /** Scores run from 0 to 10. */
    static final double SCORE_MAX = 10;

    private SvgChart() {
    }

    /** The opening tag, sized in pixels, and the title a screen reader announces. */
    static void open(StringBuilder svg, String cssClass, int width, int height, String titleId, String title) {
        svg.append("<svg class=\"").append(cssClass).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(titleId).append("\">\n")
                .append("<title id=\"").append(titleId).append("\">").append(title).append("</title>\n");
    }
}
