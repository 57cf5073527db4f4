package dev.riskengine.generate;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from one seed, one per purpose and item (a corner, an edge,
 * a unit and year). Each value depends only on the seed and what it is for, never on the order
 * in which values are drawn, so the same seed gives the same workbook whatever is generated first.
 */
final class Seeds {
    static final long CORNERS = 1;
    static final long CORNER_LENGTHS = 2;
    static final long EDGES = 3;
    static final long HOTSPOTS = 4;
    static final long UNITS = 5;
    static final long VALUES = 6;

    private Seeds() {
    }

    static SplittableRandom random(long seed, long purpose, long item) {
        return new SplittableRandom(mix(mix(seed ^ 0x9E3779B97F4A7C15L * purpose) + item));
    }

    /** SplitMix64's finaliser: nearby inputs (item 1, item 2) give unrelated outputs. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
