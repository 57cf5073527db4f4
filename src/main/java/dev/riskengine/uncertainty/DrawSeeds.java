package dev.riskengine.uncertainty;

import java.util.SplittableRandom;

/**
 * One random stream per draw, derived from the run's seed and the draw's number only. Draws run
 * on several threads in any order; since no draw takes numbers from a shared stream, a seeded run
 * gives the same samples, hence the same percentiles, however the threads are scheduled.
 */
final class DrawSeeds {

    private DrawSeeds() {
    }

    static SplittableRandom forDraw(long seed, int draw) {
        return new SplittableRandom(mix(mix(seed) + draw));
    }

    /** SplitMix64's finaliser: consecutive draw numbers give unrelated seeds. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
