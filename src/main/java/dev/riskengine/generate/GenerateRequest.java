package dev.riskengine.generate;

import java.nio.file.Path;

/**
 * What to generate: {@code units} grid cells, {@code years} years ending with {@code lastYear},
 * a share of range cells and of blank cells, all drawn from {@code seed}.
 */
public record GenerateRequest(int units, int years, int lastYear, long seed, double rangeShare,
                              double blankShare, Path out) {

    public GenerateRequest {
        if (units < 1) {
            throw new IllegalArgumentException("--units must be at least 1, was " + units);
        }
        if (years < 1) {
            throw new IllegalArgumentException("--years must be at least 1, was " + years);
        }
        if (!(rangeShare >= 0 && rangeShare <= 1) || !(blankShare >= 0 && blankShare <= 1)) {
            throw new IllegalArgumentException("--ranges and --blanks are shares from 0 to 1");
        }
    }
}
