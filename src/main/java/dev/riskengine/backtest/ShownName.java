package dev.riskengine.backtest;

/** A rules folder's name as a column heading: its last 16 characters, so two long paths still line up. */
final class ShownName {
    private static final int WIDTH = 16;

    private ShownName() { }

    static String of(String path) {
        return of(path, WIDTH);
    }

    /** The last {@code width} characters, "…" first when cut: a difference column's "Δ " takes two of them. */
    static String of(String path, int width) {
        return path.length() <= width ? path : "…" + path.substring(path.length() - width + 1);
    }
}
