package dev.riskengine.generate;

import java.util.SplittableRandom;

/**
 * A smooth conflict intensity (0 to 1) over the grid: a few hotspots whose influence fades with
 * distance, so that threat clusters in neighbouring units as it does on real maps, and
 * spillover between neighbours has something to find.
 */
final class ConflictField {
    /** One hotspot per this many units, at least a few. */
    private static final int UNITS_PER_HOTSPOT = 400;
    private static final int FEWEST_HOTSPOTS = 3;

    private final double[] rows;
    private final double[] columns;
    private final double[] radii;
    private final double[] strengths;

    ConflictField(UnitGrid grid, long seed) {
        int count = Math.max(FEWEST_HOTSPOTS, grid.units() / UNITS_PER_HOTSPOT);
        rows = new double[count];
        columns = new double[count];
        radii = new double[count];
        strengths = new double[count];
        for (int i = 0; i < count; i++) {
            SplittableRandom random = Seeds.random(seed, Seeds.HOTSPOTS, i);
            rows[i] = random.nextDouble() * grid.rows();
            columns[i] = random.nextDouble() * grid.columns();
            radii[i] = 1.5 + random.nextDouble() * Math.max(2, grid.columns() / 8.0);
            strengths[i] = 0.4 + 0.6 * random.nextDouble();
        }
    }

    /** The intensity at a cell: the strongest hotspot's influence there. */
    double at(int row, int column) {
        double intensity = 0;
        for (int i = 0; i < rows.length; i++) {
            double dr = (row - rows[i]) / radii[i];
            double dc = (column - columns[i]) / radii[i];
            double distanceSquared = dr * dr + dc * dc;
            if (distanceSquared < 9) { // beyond three radii the influence is below 1 %
                intensity = Math.max(intensity, strengths[i] * Math.exp(-distanceSquared / 2));
            }
        }
        return intensity;
    }
}
