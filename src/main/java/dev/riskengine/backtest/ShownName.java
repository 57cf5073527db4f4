package dev.riskengine.backtest;

/** A rules folder's name as a column heading: its last 16 characters, so two long paths still line up. */
final class ShownName {
    private static final int WIDTH = 16;

    private ShownName() { }

    static String of(String path) {
        return path.length() <= WIDTH ? path : "…" + path.substring(path.length() - WIDTH + 1);
    }
}
