package dev.riskengine.report.map;

import dev.riskengine.model.UnitOutline;
import dev.riskengine.report.map.WorldShapes.Ring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The assessed units laid out as a picture {@link #WIDTH} wide: countries by their Natural Earth
 * outline, and units with an outline of their own (the workbook's Geometry column: a region such as
 * {@code MLI-06}, a cell of a real grid), in an equirectangular projection fitted to the assessed
 * units' extent (longitude scaled by the cosine of the middle latitude, so the Sahel is not
 * stretched), with the countries around them in grey; or, for a run of generated grid cells
 * ({@code XSG-...} named "Grid cell rN cM" by {@code risk generate}), those cells in their rows and
 * columns. A unit with neither (a region without a Geometry, an unknown code, a generated grid cell
 * beside countries) is listed in {@link #notDrawn()}.
 */
public final class UnitMap {

    public static final double WIDTH = 960;
    /** Above this many units the picture is not drawn: the file would outgrow what it shows. */
    public static final int MOST_DRAWN = 10_000;
    private static final double MOST_HEIGHT = 620;
    private static final double LEAST_HEIGHT = 260;
    private static final double PAD = 0.04;
    private static final Pattern GRID_CELL = Pattern.compile("Grid cell r(\\d+) c(\\d+)");

    /** A unit's outline in picture coordinates, x to the right and y down; {@code unit} null for grey land. */
    public record Shape(MapUnit unit, List<double[]> rings) {
        /**
         * An SVG path: each ring a closed subpath, coordinates to one decimal; a grid cell as a
         * move and three relative lines, as a large run draws thousands of them.
         */
        public String svgPath() {
            StringBuilder d = new StringBuilder();
            for (double[] ring : rings) {
                if (ring.length == 8 && ring[1] == ring[3] && ring[0] == ring[6] && ring[2] == ring[4] && ring[5] == ring[7]) {
                    d.append(String.format(Locale.ROOT, "M%.1f %.1fh%.1fv%.1fh%.1fz", ring[0], ring[1],
                            ring[2] - ring[0], ring[5] - ring[1], ring[0] - ring[2]));
                    continue;
                }
                for (int i = 0; i < ring.length; i += 2) {
                    d.append(i == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f,%.1f", ring[i], ring[i + 1]));
                }
                d.append('Z');
            }
            return d.toString();
        }
    }

    private final double height;
    private final List<Shape> units;
    private final List<Shape> land;
    private final List<MapUnit> notDrawn;
    private final boolean tooMany;
    private final boolean grid;

    private UnitMap(double height, List<Shape> units, List<Shape> land, List<MapUnit> notDrawn, boolean tooMany,
                    boolean grid) {
        this.height = height;
        this.units = units;
        this.land = land;
        this.notDrawn = notDrawn;
        this.tooMany = tooMany;
        this.grid = grid;
    }

    public double height() { return height; }
    /** The assessed units drawn, in the order given. */
    public List<Shape> units() { return units; }
    /** Countries not assessed that lie around the assessed ones, drawn grey beneath them. */
    public List<Shape> land() { return land; }
    /** Units with no shape to draw, in the order given. */
    public List<MapUnit> notDrawn() { return notDrawn; }
    /** True when the run has more than {@link #MOST_DRAWN} units and nothing is drawn. */
    public boolean tooMany() { return tooMany; }
    /** True when the picture shows generated grid cells rather than countries. */
    public boolean grid() { return grid; }

    /**
     * A unit's outline in degrees, for scores.geojson and the picture: its own (the workbook's
     * Geometry) when it has one, else a country's shipped outline; empty for a unit with no place
     * on Earth (a generated grid cell, a region without a Geometry).
     */
    public static Optional<List<Ring>> geographic(String code, UnitOutline outline) {
        if (outline != null) {
            return Optional.of(outline.rings().stream().map(r -> new Ring(r.lon(), r.lat(), r.outer())).toList());
        }
        return WorldShapes.shipped().rings(code);
    }

    private static List<Ring> geographic(MapUnit unit) {
        return geographic(unit.code(), unit.outline()).orElseThrow();
    }

    public static UnitMap of(List<MapUnit> assessed) {
        if (assessed.size() > MOST_DRAWN) {
            return new UnitMap(0, List.of(), List.of(), List.of(), true, false);
        }
        WorldShapes world = WorldShapes.shipped();
        List<MapUnit> countries = new ArrayList<>();
        List<MapUnit> cells = new ArrayList<>();
        List<MapUnit> neither = new ArrayList<>();
        for (MapUnit unit : assessed) {
            if (geographic(unit.code(), unit.outline()).isPresent()) {
                countries.add(unit);
            } else if (cell(unit).isPresent()) {
                cells.add(unit);
            } else {
                neither.add(unit);
            }
        }
        if (countries.isEmpty() && !cells.isEmpty()) {
            return gridOf(cells, neither);
        }
        neither.addAll(0, cells); // beside countries a cell has no place: it is listed
        return countriesOf(countries, neither, world);
    }

    private static Optional<int[]> cell(MapUnit unit) {
        if (!unit.code().startsWith("XSG-") || unit.name() == null) {
            return Optional.empty();
        }
        Matcher m = GRID_CELL.matcher(unit.name());
        return m.matches() ? Optional.of(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))})
                : Optional.empty();
    }

    private static UnitMap gridOf(List<MapUnit> cells, List<MapUnit> notDrawn) {
        int rows = 0;
        int columns = 0;
        for (MapUnit unit : cells) {
            int[] rc = cell(unit).orElseThrow();
            rows = Math.max(rows, rc[0]);
            columns = Math.max(columns, rc[1]);
        }
        double side = Math.min(WIDTH / columns, MOST_HEIGHT / rows);
        double left = (WIDTH - side * columns) / 2;
        List<Shape> shapes = new ArrayList<>();
        for (MapUnit unit : cells) {
            int[] rc = cell(unit).orElseThrow();
            double x = left + (rc[1] - 1) * side;
            double y = (rc[0] - 1) * side;
            shapes.add(new Shape(unit, List.of(new double[] {x, y, x + side, y, x + side, y + side, x, y + side})));
        }
        return new UnitMap(side * rows, shapes, List.of(), notDrawn, false, true);
    }

    private static UnitMap countriesOf(List<MapUnit> countries, List<MapUnit> notDrawn, WorldShapes world) {
        if (countries.isEmpty()) {
            return new UnitMap(0, List.of(), List.of(), notDrawn, false, false);
        }
        double[] box = {180, 90, -180, -90}; // west, south, east, north
        for (MapUnit unit : countries) {
            for (Ring ring : geographic(unit)) {
                for (int i = 0; i < ring.size(); i++) {
                    box[0] = Math.min(box[0], ring.lon()[i]);
                    box[1] = Math.min(box[1], ring.lat()[i]);
                    box[2] = Math.max(box[2], ring.lon()[i]);
                    box[3] = Math.max(box[3], ring.lat()[i]);
                }
            }
        }
        double lonPad = Math.max(1, (box[2] - box[0]) * PAD);
        double latPad = Math.max(1, (box[3] - box[1]) * PAD);
        Projection projection = Projection.fitted(box[0] - lonPad, box[1] - latPad, box[2] + lonPad, box[3] + latPad);
        List<Shape> drawn = new ArrayList<>();
        for (MapUnit unit : countries) {
            drawn.add(new Shape(unit, projection.rings(geographic(unit))));
        }
        List<String> assessedCodes = countries.stream().map(MapUnit::code).toList();
        List<Shape> land = new ArrayList<>();
        for (Map.Entry<String, List<Ring>> country : world.all().entrySet()) {
            if (!assessedCodes.contains(country.getKey()) && projection.touches(country.getValue())) {
                land.add(new Shape(null, projection.rings(country.getValue())));
            }
        }
        return new UnitMap(projection.height, drawn, land, notDrawn, false, false);
    }

    /** Equirectangular, longitude scaled by the cosine of the middle latitude, fitted to a box of degrees. */
    private record Projection(double west, double south, double east, double north, double k, double scale,
                              double height) {
        static Projection fitted(double west, double south, double east, double north) {
            south = Math.max(-90, south);
            north = Math.min(90, north);
            double k = Math.cos(Math.toRadians((south + north) / 2));
            double scale = Math.min(WIDTH / ((east - west) * k), MOST_HEIGHT / (north - south));
            double height = Math.max(LEAST_HEIGHT, (north - south) * scale);
            double lonMiddle = (west + east) / 2;
            double latMiddle = (south + north) / 2;
            double halfLon = WIDTH / 2 / (k * scale); // the box as drawn: wider or taller than asked to fill the picture
            double halfLat = height / 2 / scale;
            return new Projection(lonMiddle - halfLon, latMiddle - halfLat, lonMiddle + halfLon, latMiddle + halfLat,
                    k, scale, height);
        }

        List<double[]> rings(List<Ring> rings) {
            List<double[]> projected = new ArrayList<>(rings.size());
            for (Ring ring : rings) {
                double[] xy = new double[ring.size() * 2];
                for (int i = 0; i < ring.size(); i++) {
                    xy[2 * i] = (ring.lon()[i] - west) * k * scale;
                    xy[2 * i + 1] = (north - ring.lat()[i]) * scale;
                }
                projected.add(xy);
            }
            return projected;
        }

        /** Whether any ring's bounding box overlaps the box drawn: a country around a small view has no vertex in it. */
        boolean touches(List<Ring> rings) {
            for (Ring ring : rings) {
                double w = 180, s = 90, e = -180, n = -90;
                for (int i = 0; i < ring.size(); i++) {
                    w = Math.min(w, ring.lon()[i]);
                    e = Math.max(e, ring.lon()[i]);
                    s = Math.min(s, ring.lat()[i]);
                    n = Math.max(n, ring.lat()[i]);
                }
                if (w <= east && e >= west && s <= north && n >= south) {
                    return true;
                }
            }
            return false;
        }
    }
}
