package dev.riskengine.generate;

import dev.riskengine.workbook.layout.DefaultIndicators;
import dev.riskengine.model.IndicatorDefinition;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plausible values of every default indicator for one unit and year, driven by the unit's
 * conflict intensity: more fighters, groups and attacks, less state control and more foreign
 * support where intensity is high. A share of cells is written as a range and a share left
 * blank, as in analysts' real workbooks. Every value stays within its Dictionary bounds.
 */
final class SyntheticIndicators {
    /** Sub-national units hold tens of thousands to a few million people. */
    private static final double MEDIAN_POPULATION = 400_000;
    private static final long FEWEST_PEOPLE = 20_000;
    private static final long MOST_PEOPLE = 8_000_000;

    /** The default indicator set, in the column order of the generated Indicators sheet. */
    static final List<IndicatorDefinition> CODES = List.of("fighters_abroad", "returning_fighters",
            "active_armed_groups", "terrorist_attacks", "coastline_km", "military_spending_pct_gdp",
            "military_spending_usd_m", "foreign_security_support", "government_control_pct").stream()
            .map(code -> DefaultIndicators.of(code).orElseThrow()).toList();

    private final UnitGrid grid;
    private final ConflictField field;
    private final long seed;
    private final double rangeShare;
    private final double blankShare;
    private final int years;

    SyntheticIndicators(UnitGrid grid, long seed, double rangeShare, double blankShare, int years) {
        this.grid = grid;
        this.field = new ConflictField(grid, seed);
        this.seed = seed;
        this.rangeShare = rangeShare;
        this.blankShare = blankShare;
        this.years = years;
    }

    long population(int unit) {
        SplittableRandom random = Seeds.random(seed, Seeds.UNITS, unit);
        double people = MEDIAN_POPULATION * Math.exp(0.9 * gaussian(random));
        return Math.max(FEWEST_PEOPLE, Math.min(MOST_PEOPLE, Math.round(people / 100) * 100));
    }

    /** One value per code of {@link #CODES}, in that order. */
    CellValue[] values(int unit, int yearIndex) {
        SplittableRandom random = Seeds.random(seed, Seeds.VALUES, (long) unit * years + yearIndex);
        double base = field.at(grid.row(unit), grid.column(unit));
        // Intensity moves from year to year around the unit's level.
        double h = clamp(base + 0.08 * gaussian(random), 0, 1);
        double millions = population(unit) / 1_000_000.0;

        double fighters = Math.round((2 + 400 * h * h) * millions * (0.5 + random.nextDouble()));
        double returned = Math.round(fighters * (0.1 + 0.3 * random.nextDouble()));
        double groups = Math.round(clamp(6 * h + random.nextDouble() - 0.5, 0, 50));
        double attacks = Math.round(250 * h * h * h * (0.5 + random.nextDouble()));
        double coast = grid.coastal(unit) ? Math.round(20 + 60 * random.nextDouble()) : 0;
        double pctGdp = Math.round((1 + 4 * random.nextDouble()) * 100) / 100.0;
        double usdPerPerson = 5 * Math.exp(4 * random.nextDouble()); // 5 to 270 US$ a head
        double usdMillions = Math.round(usdPerPerson * millions * 10) / 10.0;
        double support = Math.min(3, Math.floor(h * 3 + random.nextDouble()));
        double control = Math.round(clamp(100 - 80 * h * (0.7 + 0.6 * random.nextDouble()), 5, 100));

        return new CellValue[] {
            cell(random, fighters, Math.round(fighters * 0.8), Math.round(fighters * 1.25), 0),
            cell(random, returned, Math.round(returned * 0.8), Math.round(returned * 1.25), 1),
            cell(random, groups, Math.max(0, groups - 1), Math.min(50, groups + 1), 2),
            cell(random, attacks, Math.round(attacks * 0.7), Math.round(attacks * 1.3), 3),
            point(random, coast),
            point(random, pctGdp),
            cell(random, usdMillions, Math.round(usdMillions * 8.5) / 10.0, Math.round(usdMillions * 11.5) / 10.0, 6),
            point(random, support),
            cell(random, control, Math.max(0, control - 5), Math.min(100, control + 5), 8),
        };
    }

    /** A value that analysts may know only as a range. */
    private CellValue cell(SplittableRandom random, double value, double low, double high, int code) {
        if (random.nextDouble() < blankShare) {
            return new CellValue.Blank();
        }
        IndicatorDefinition definition = CODES.get(code);
        if (low < high && random.nextDouble() < rangeShare) {
            return new CellValue.Range(Math.max(low, definition.min()), Math.min(high, definition.max()));
        }
        return new CellValue.Point(value);
    }

    private CellValue point(SplittableRandom random, double value) {
        return random.nextDouble() < blankShare ? new CellValue.Blank() : new CellValue.Point(value);
    }

    /** Box-Muller: SplittableRandom has no nextGaussian. */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static double clamp(double x, double min, double max) {
        return Math.max(min, Math.min(max, x));
    }
}
