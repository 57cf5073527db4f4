package dev.riskengine.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * N synthetic sub-national units laid out row by row on a square-ish grid, like the 55 km cells
 * conflict early-warning systems use. Neighbours share an edge (left, right, above, below) or,
 * where four cells meet, at most one of the two diagonals touches, as on a real map where a
 * corner is rarely a single point: so each unit has up to 8 neighbours, most 4 to 6.
 */
final class UnitGrid {
    /** ISO 3166-1 leaves XAA-XZZ to users: a synthetic country that can never be mistaken for a real one. */
    static final String COUNTRY = "XSG";
    /** Edge borders of 55 km cells wander: 35-75 km. */
    private static final BorderLengths EDGE_KM = new BorderLengths(35, 40);
    /** Corner borders are a few km. */
    private static final BorderLengths CORNER_KM = new BorderLengths(1, 9);
    /** Share of four-cell corners where one diagonal pair of cells touches. */
    private static final double DIAGONAL_SHARE = 0.5;
    /** Units are grouped into square blocks of this many cells a side, the "Region" column. */
    private static final int REGION_SIDE = 10;

    record Border(int unit, int neighbour, double lengthKm) { }

    /** Border lengths drawn evenly from {@code min} to {@code min + span} km, to 0.1 km. */
    private record BorderLengths(double min, double span) {
        double draw(SplittableRandom random) {
            return Math.round((min + span * random.nextDouble()) * 10) / 10.0;
        }
    }

    private final int units;
    private final int columns;
    private final long seed;
    private final int codeDigits;

    UnitGrid(int units, long seed) {
        this.units = units;
        this.columns = (int) Math.ceil(Math.sqrt(units));
        this.seed = seed;
        this.codeDigits = Math.max(6, String.valueOf(units).length());
    }

    int units() { return units; }
    int columns() { return columns; }
    int rows() { return (units + columns - 1) / columns; }
    int row(int unit) { return unit / columns; }
    int column(int unit) { return unit % columns; }

    /** {@code XSG-000001}: the synthetic country, a hyphen, the unit's number (see docs/workbook.md, "Sub-national units"). */
    String code(int unit) {
        return COUNTRY + "-" + String.format(Locale.ROOT, "%0" + codeDigits + "d", unit + 1);
    }

    String name(int unit) {
        return "Grid cell r" + (row(unit) + 1) + " c" + (column(unit) + 1);
    }

    String region(int unit) {
        int blocksPerRow = (columns + REGION_SIDE - 1) / REGION_SIDE;
        int block = (row(unit) / REGION_SIDE) * blocksPerRow + column(unit) / REGION_SIDE;
        return String.format(Locale.ROOT, "Block %03d", block + 1);
    }

    /** Units on the grid's western edge face the sea. */
    boolean coastal(int unit) {
        return column(unit) == 0;
    }

    /**
     * The borders that start at {@code unit} towards a later unit (right, below, and the diagonal
     * below, when that corner's diagonal touches), so that each pair is listed once.
     */
    List<Border> bordersFrom(int unit) {
        List<Border> borders = new ArrayList<>(4);
        int r = row(unit);
        int c = column(unit);
        if (c + 1 < columns && exists(r, c + 1)) {
            borders.add(new Border(unit, index(r, c + 1), edgeLength(unit, 0)));
        }
        if (exists(r + 1, c)) {
            borders.add(new Border(unit, index(r + 1, c), edgeLength(unit, 1)));
        }
        // The corner below-right of this cell: its "\" diagonal joins this cell and (r+1, c+1).
        if (c + 1 < columns && exists(r + 1, c + 1) && cornerDiagonal(r, c) == Diagonal.DOWN_RIGHT) {
            borders.add(new Border(unit, index(r + 1, c + 1), cornerLength(r, c)));
        }
        // The corner below-left of this cell: its "/" diagonal joins this cell and (r+1, c-1).
        if (c > 0 && exists(r + 1, c - 1) && cornerDiagonal(r, c - 1) == Diagonal.DOWN_LEFT) {
            borders.add(new Border(unit, index(r + 1, c - 1), cornerLength(r, c - 1)));
        }
        return borders;
    }

    private enum Diagonal { NONE, DOWN_RIGHT, DOWN_LEFT }

    /** The corner whose top-left cell is (r, c): which of its diagonals, if any, is a border. */
    private Diagonal cornerDiagonal(int r, int c) {
        SplittableRandom random = Seeds.random(seed, Seeds.CORNERS, (long) r * columns + c);
        if (random.nextDouble() >= DIAGONAL_SHARE) {
            return Diagonal.NONE;
        }
        return random.nextBoolean() ? Diagonal.DOWN_RIGHT : Diagonal.DOWN_LEFT;
    }

    private double cornerLength(int r, int c) {
        SplittableRandom random = Seeds.random(seed, Seeds.CORNER_LENGTHS, (long) r * columns + c);
        return CORNER_KM.draw(random);
    }

    private double edgeLength(int unit, int direction) {
        SplittableRandom random = Seeds.random(seed, Seeds.EDGES, 2L * unit + direction);
        return EDGE_KM.draw(random);
    }

    private boolean exists(int r, int c) {
        return r >= 0 && c >= 0 && c < columns && index(r, c) < units;
    }

    private int index(int r, int c) {
        return r * columns + c;
    }
}
