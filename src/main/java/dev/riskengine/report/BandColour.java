package dev.riskengine.report;

import java.util.Locale;

/**
 * The colours of a band level, shared by the workbook and the HTML report so both look alike.
 * Rule authors name the bands; we colour by level only (1 lowest .. 5 highest), on an INFORM-like
 * green-to-dark-red scale. A level outside 1..5 is grey, so an unexpected band is visible but not
 * mistaken for a real one.
 *
 * @param fill the background, {@code #RRGGBB}
 * @param text the text colour on that background (black or white, whichever reads better)
 */
public record BandColour(String fill, String text) {

    private static final String[] FILLS = {
            "#1A9641", // 1 Very Low: green
            "#A6D96A", // 2 Low: light green
            "#FEE08B", // 3 Medium: yellow
            "#F46D43", // 4 High: orange
            "#A50026", // 5 Very High: dark red
    };
    private static final String OTHER = "#BDBDBD";
    private static final String BLACK = "#000000";
    private static final String WHITE = "#FFFFFF";

    public static BandColour forLevel(int level) {
        String fill = level >= 1 && level <= FILLS.length ? FILLS[level - 1] : OTHER;
        return new BandColour(fill, readableTextOn(fill));
    }

    /** A CSS class name for the level, so the HTML report styles band cells without inline colours. */
    public static String cssClass(int level) {
        return level >= 1 && level <= FILLS.length ? "band-" + level : "band-other";
    }

    /** Levels that have a colour of their own, lowest first. */
    public static int levels() {
        return FILLS.length;
    }

    /** The fill as three bytes, the form POI's XSSFColor wants. */
    public byte[] fillRgb() {
        return rgb(fill);
    }

    public byte[] textRgb() {
        return rgb(text);
    }

    // WCAG contrast: pick the text colour with the higher contrast ratio instead of hand-picking
    // per level, so changing a fill never leaves unreadable text behind.
    private static String readableTextOn(String fill) {
        double luminance = luminance(rgb(fill));
        double withBlack = (luminance + 0.05) / 0.05;
        double withWhite = 1.05 / (luminance + 0.05);
        return withBlack >= withWhite ? BLACK : WHITE;
    }

    private static double luminance(byte[] rgb) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = (rgb[i] & 0xFF) / 255.0;
            linear[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    private static byte[] rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1).toUpperCase(Locale.ROOT), 16);
        return new byte[] {(byte) (value >> 16), (byte) (value >> 8), (byte) value};
    }
}
